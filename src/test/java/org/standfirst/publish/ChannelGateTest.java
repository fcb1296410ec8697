package org.standfirst.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.standfirst.model.Channel;
import org.standfirst.model.HeroImage;
import org.standfirst.model.WorkflowState;

/** The channel × state × embargo table, the other reasons to hold back, reports, and --strict. */
class ChannelGateTest {
    private static final Instant FUTURE = Newsroom.NOW.plusSeconds(86_400);
    private static final Instant PAST = Newsroom.NOW.minusSeconds(86_400);

    @TempDir
    Path tmp;

    static Stream<Arguments> table() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (Channel channel : Channel.values()) {
            for (WorkflowState state : WorkflowState.values()) {
                for (String embargo : List.of("none", "past", "future")) {
                    boolean approved = state == WorkflowState.APPROVED || state == WorkflowState.PUBLISHED;
                    // Archived work is left out of "everything" on the public and press channels.
                    String expected = state == WorkflowState.ARCHIVED && channel != Channel.DRAFT ? "left out" : switch (channel) {
                        case DRAFT -> "";
                        case PRESS -> approved ? "" : "not approved";
                        case PUBLIC -> !approved ? "not approved" : embargo.equals("future") ? "under embargo until" : "";
                    };
                    b.add(Arguments.of(channel, state, embargo, expected));
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} {1} embargo {2} -> \"{3}\"")
    @MethodSource("table")
    void theChannelDecides(Channel channel, WorkflowState state, String embargo, String expected) throws Exception {
        Newsroom n = new Newsroom();
        Instant e = switch (embargo) {
            case "past" -> PAST;
            case "future" -> FUTURE;
            default -> null;
        };
        n.add("x", Newsroom.story("A story", "a-story").withBody("Some text.").withEmbargo(e), state, "p-tom", Newsroom.T0);
        ExportPlan plan = Exports.pipeline().plan(n, Exports.request(tmp.resolve("out"), channel));
        if (expected.equals("left out")) {
            assertThat(plan.items()).isEmpty();
            assertThat(plan.heldBack()).isEmpty();
        } else if (expected.isEmpty()) {
            assertThat(plan.heldBack()).isEmpty();
            assertThat(plan.items()).extracting(PreparedItem::id).containsExactly("x");
            assertThat(plan.items().get(0).embargoed()).isEqualTo(e == FUTURE);
        } else {
            assertThat(plan.items()).isEmpty();
            assertThat(plan.heldBack()).singleElement().satisfies(h -> assertThat(h.reason()).startsWith(expected));
        }
    }

    @Test
    void anArchivedItemNamedOnItsOwnSaysWhyItCannotGoOut() throws Exception {
        Newsroom n = new Newsroom();
        n.add("x", Newsroom.story("A story", "a-story").withBody("Some text."), WorkflowState.ARCHIVED, "p-tom", Newsroom.T0);
        ExportPlan plan = Exports.pipeline().plan(n, Exports.request(tmp.resolve("out"), Channel.PUBLIC).withSelection(List.of("x")));
        assertThat(plan.heldBack()).singleElement().satisfies(h -> assertThat(h.reason()).containsIgnoringCase("archived"));
    }

    @Test
    void anEmbargoReasonSaysWhenInHouseStyle() throws Exception {
        ExportPlan plan = Exports.pipeline().plan(Newsroom.sample(), Exports.request(tmp.resolve("o"), Channel.PUBLIC));
        assertThat(plan.heldBack()).anySatisfy(h -> {
            assertThat(h.title()).startsWith("Shearosomes");
            assertThat(h.reason()).isEqualTo("under embargo until 3 December 2026, 00:01 GMT");
        });
    }

    @Test
    void missingAltTextAndEmptyFieldsHoldAnItemBackOutsideDraft() throws Exception {
        Newsroom n = Newsroom.sample();
        n.add("i-empty", Newsroom.story("", "empty-one"), WorkflowState.APPROVED, "p-tom", Newsroom.T0);
        n.add("i-bodyimg", Newsroom.story("Pictures", "pictures").withBody("Look: ![](cells.png)"),
                WorkflowState.APPROVED, "p-tom", Newsroom.T0);
        ExportPlan plan = Exports.pipeline().plan(n, Exports.request(tmp.resolve("o"), Channel.PRESS));
        assertThat(plan.heldBack()).extracting(HeldBack::id, HeldBack::reason).contains(
                org.assertj.core.groups.Tuple.tuple("i-noalt", "the hero image has no alt text"),
                org.assertj.core.groups.Tuple.tuple("i-empty", "the headline is empty; the body is empty"),
                org.assertj.core.groups.Tuple.tuple("i-bodyimg", "an image in the body has no alt text"),
                org.assertj.core.groups.Tuple.tuple("i-draft", "not approved (state: Draft)"));
        ExportPlan draft = Exports.pipeline().plan(n, Exports.request(tmp.resolve("o"), Channel.DRAFT));
        assertThat(draft.heldBack()).isEmpty();
    }

    @Test
    void aReportGoesOutOnlyWhenEverySectionPasses() throws Exception {
        Newsroom n = Newsroom.sample();
        n.replace(n.item("s-2").withState(WorkflowState.IN_REVIEW, Newsroom.NOW));
        ExportResult r = Exports.pipeline().export(n, Exports.request(tmp.resolve("o"), Channel.PUBLIC), ExportListener.NONE);
        assertThat(r.plan().reports()).isEmpty();
        assertThat(r.heldBack()).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo("Report");
            assertThat(h.reason()).isEqualTo("section 2 'Trials during the pandemic': not approved (state: In review)");
        });
        assertThat(tmp.resolve("o/reports")).doesNotExist();
        assertThat(r.files()).noneMatch(f -> f.path().startsWith("reports/"));
    }

    @Test
    void strictWritesNothingWhenAnythingIsHeldBack() throws Exception {
        Path out = tmp.resolve("strict");
        ExportResult r = Exports.pipeline().export(Newsroom.sample(),
                Exports.request(out, Channel.PUBLIC).withStrict(true), ExportListener.NONE);
        assertThat(r.written()).isFalse();
        assertThat(r.heldBack()).isNotEmpty();
        assertThat(out).doesNotExist();
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s).isEmpty();
        }
        Newsroom clean = Newsroom.sample();
        clean.items.removeIf(i -> List.of("i-press", "i-draft", "i-noalt").contains(i.id()));
        ExportResult ok = Exports.pipeline().export(clean, Exports.request(out, Channel.PUBLIC).withStrict(true),
                ExportListener.NONE);
        assertThat(ok.written()).isTrue();
        assertThat(ok.heldBack()).isEmpty();
    }

    @Test
    void aSelectionNamesItemsOrReportsByIdOrSlug() throws Exception {
        ExportPlan plan = Exports.pipeline().plan(Newsroom.sample(),
                Exports.request(tmp.resolve("o"), Channel.PRESS).withSelection(List.of("whole-body-mri-myeloma", "s-3")));
        assertThat(plan.items()).extracting(PreparedItem::id).containsExactly("i-mri");
        assertThat(plan.reports()).extracting(PreparedReport::slug).containsExactly("clinical-trials-in-cancer");
        assertThatThrownBy(() -> Exports.pipeline().plan(Newsroom.sample(),
                Exports.request(tmp.resolve("o"), Channel.PRESS).withSelection(List.of("no-such-thing"))))
                .isInstanceOf(ExportException.class).hasMessage("No item or report called 'no-such-thing' in this workspace");
    }

    @Test
    void theApprovalGateIsOneInterfaceTheWorkflowCanStrengthen() throws Exception {
        ApprovalGate signedOnly = item -> item.id().equals("i-mri") ? java.util.Optional.empty()
                : java.util.Optional.of("has no signed approval of its latest revision");
        PublishPipeline p = new PublishPipeline(Exports.renderer(), signedOnly, List.of(new NinjsExporter()));
        ExportPlan plan = p.plan(Newsroom.sample(), Exports.request(tmp.resolve("o"), Channel.PRESS));
        assertThat(plan.items()).extracting(PreparedItem::id).containsExactly("i-mri");
        assertThat(plan.heldBack()).anySatisfy(h -> assertThat(h.reason()).isEqualTo("has no signed approval of its latest revision"));
    }

    @Test
    void twoItemsWithOneSlugCannotBothGoOut() throws Exception {
        Newsroom n = Newsroom.sample();
        n.add("i-twin", Newsroom.story("Another MRI story", "whole-body-mri-myeloma").withBody("Text."),
                WorkflowState.APPROVED, "p-tom", Newsroom.T0.minusSeconds(5000));
        ExportPlan plan = Exports.pipeline().plan(n, Exports.request(tmp.resolve("o"), Channel.PUBLIC));
        assertThat(plan.heldBack()).anySatisfy(h -> assertThat(h.reason())
                .isEqualTo("its slug 'whole-body-mri-myeloma' is also used by 'Whole-body MRI finds hidden myeloma after treatment'"));
    }
}
