package org.standfirst.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.check.CheckResult;
import org.standfirst.check.Finding;
import org.standfirst.check.RuleInfo;
import org.standfirst.check.Severity;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;

/** The check service over a real workspace: stored items, quick fixes, dictionary, switches and team packs. */
class CheckServiceTest {
    @TempDir
    Path dir;

    private static List<String> rules(CheckResult r) {
        return r.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void aStoredStoryIsCheckedFixedAndPassesTheGateOnceTheErrorsAreGone() {
        try (Newsroom n = new Newsroom(dir)) {
            Item item = n.draft("Trial results", "The breakthrough cured 60% of cancer victims.");
            CheckService checks = n.sf.checks();
            CheckResult r = checks.checkItem(item.content().slug());
            assertThat(rules(r)).containsExactly("house.hype", "house.cure", "house.per-cent", "house.person-first");
            assertThat(checks.hasErrors(item.content())).isTrue();

            Finding percent = r.findings().get(2);
            ItemContent fixed = checks.applyFix(item.content(), percent);
            assertThat(fixed.body()).isEqualTo("The breakthrough cured 60 per cent of cancer victims.");
            ItemContent clean = fixed.withBody("The study helped 60 per cent of people with cancer.");
            assertThat(checks.errors(clean)).isEmpty();
            assertThat(checks.hasErrors(clean)).isFalse();
        }
    }

    @Test
    void theExportGateCanBeRelaxedForAWorkspace() {
        ItemContent c = Newsroom.story("Trial", "It fell by 60%.");
        try (Newsroom n = new Newsroom(dir)) {
            assertThat(n.sf.checks().exportGate()).isTrue();
            assertThat(n.sf.checks().exportBlockers(c)).extracting(Finding::rule).containsExactly("house.per-cent");
            n.sf.checks().setExportGate(false);
            assertThat(n.sf.checks().exportBlockers(c)).isEmpty();
            assertThat(n.sf.checks().errors(c)).hasSize(1);
        }
        try (Standfirst sf = Standfirst.open(dir, Standfirst.Options.defaults().withoutSample().withoutBackups())) {
            assertThat(sf.checks().exportGate()).isFalse();
            sf.checks().setExportGate(true);
            assertThat(sf.checks().exportBlockers(c)).hasSize(1);
        }
    }

    @Test
    void unknownWordsGetSuggestions() {
        try (Newsroom n = new Newsroom(dir)) {
            assertThat(n.sf.checks().suggestions("reserchers")).contains("researchers");
            assertThat(n.sf.checks().suggestions("Tumuor")).contains("Tumour");
            assertThat(n.sf.checks().suggestions("pembrolizumav")).contains("pembrolizumab");
        }
    }

    @Test
    void aQuickFixOnTextThatHasChangedIsRefused() {
        try (Newsroom n = new Newsroom(dir)) {
            ItemContent c = Newsroom.story("Trial", "It fell by 60%.");
            Finding f = n.sf.checks().check(c).findings().stream().filter(x -> x.rule().equals("house.per-cent")).findFirst().orElseThrow();
            assertThatThrownBy(() -> n.sf.checks().applyFix(c.withBody("Now it fell by 60%."), f))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("check it again");
        }
    }

    @Test
    void addToDictionaryLastsAcrossSessions() {
        ItemContent c = Newsroom.story("Trial", "The zorbitide dose was low.");
        try (Newsroom n = new Newsroom(dir)) {
            assertThat(rules(n.sf.checks().check(c))).contains("spelling.unknown");
            n.sf.checks().addToDictionary("zorbitide");
            assertThat(rules(n.sf.checks().check(c))).doesNotContain("spelling.unknown");
        }
        try (Standfirst sf = Standfirst.open(dir, Standfirst.Options.defaults().withoutSample().withoutBackups())) {
            assertThat(sf.checks().dictionary()).containsExactly("zorbitide");
            assertThat(rules(sf.checks().check(c))).doesNotContain("spelling.unknown");
            sf.checks().removeFromDictionary("zorbitide");
            assertThat(rules(sf.checks().check(c))).contains("spelling.unknown");
        }
    }

    @Test
    void aRuleSwitchedOffStaysOffInThisWorkspace() {
        ItemContent c = Newsroom.story("Trial", "The trial was stopped early.");
        try (Newsroom n = new Newsroom(dir)) {
            assertThat(rules(n.sf.checks().check(c))).contains("house.passive-voice");
            n.sf.checks().setRuleEnabled("house.passive-voice", false);
            assertThat(rules(n.sf.checks().check(c))).doesNotContain("house.passive-voice");
            assertThat(n.sf.checks().rules()).filteredOn(r -> r.id().equals("house.passive-voice"))
                    .extracting(RuleInfo::enabled).containsExactly(false);
            assertThatThrownBy(() -> n.sf.checks().setRuleEnabled("house.nonsense", false))
                    .hasMessageContaining("house.nonsense");
        }
        try (Standfirst sf = Standfirst.open(dir, Standfirst.Options.defaults().withoutSample().withoutBackups())) {
            assertThat(rules(sf.checks().check(c))).doesNotContain("house.passive-voice");
        }
    }

    @Test
    void theInstituteNameIsAWorkspaceSetting() {
        ItemContent c = Newsroom.story("Trial", "The Institute leads the trial.").withStandfirst("");
        try (Newsroom n = new Newsroom(dir)) {
            n.sf.checks().setPackSetting("institute.name", "Example Cancer Centre");
            Finding f = n.sf.checks().check(c).findings().stream().filter(x -> x.rule().equals("house.institute")).findFirst().orElseThrow();
            assertThat(f.replacement()).isEqualTo("The Example Cancer Centre");
            assertThat(f.message()).contains("Example Cancer Centre");
        }
    }

    @Test
    void aTeamPackInTheWorkspaceAddsRulesAndAdjustsTheHouseOnes() throws Exception {
        Files.createDirectories(dir.resolve("styles"));
        Files.writeString(dir.resolve("styles/team.json"), """
                {"id": "team", "rules": [
                  {"id": "team.jargon", "type": "substitution", "severity": "warning",
                   "message": "Say “{replacement}”: readers may not know “{text}”.", "swap": {"utilise": "use"}},
                  {"id": "house.passive-voice", "severity": "error"}
                ]}""");
        ItemContent c = Newsroom.story("Trial", "We utilise scans. The trial was stopped.");
        try (Newsroom n = new Newsroom(dir)) {
            CheckResult r = n.sf.checks().check(c);
            assertThat(r.findings()).extracting(Finding::rule, Finding::replacement, Finding::severity).contains(
                    org.assertj.core.groups.Tuple.tuple("team.jargon", "use", Severity.WARNING),
                    org.assertj.core.groups.Tuple.tuple("house.passive-voice", null, Severity.ERROR));
        }
    }

    @Test
    void aBrokenTeamPackIsReportedWithItsFileName() throws Exception {
        Files.createDirectories(dir.resolve("styles"));
        Files.writeString(dir.resolve("styles/broken.json"), "{\"rules\": [{\"id\": \"x\", \"type\": \"shouting\", \"message\": \"m\"}]}");
        try (Newsroom n = new Newsroom(dir)) {
            assertThatThrownBy(() -> n.sf.checks().check(Newsroom.story("T", "Body.")))
                    .hasMessageContaining("styles/broken.json").hasMessageContaining("shouting");
        }
    }

    @Test
    void ignoreOnceHidesOneFindingInOneItem() {
        try (Newsroom n = new Newsroom(dir)) {
            ItemContent c = Newsroom.story("Trial", "It was a breakthrough. Another breakthrough followed.");
            CheckService checks = n.sf.checks();
            List<Finding> hype = checks.check("item-1", c).findings().stream().filter(f -> f.rule().equals("house.hype")).toList();
            assertThat(hype).hasSize(2);
            checks.ignoreOnce("item-1", c, hype.get(0));
            ItemContent edited = c.withBody(c.body() + " More text.");
            assertThat(checks.check("item-1", edited).findings()).filteredOn(f -> f.rule().equals("house.hype"))
                    .extracting(Finding::offset).containsExactly(hype.get(1).offset());
            assertThat(checks.check("item-2", edited).findings()).filteredOn(f -> f.rule().equals("house.hype")).hasSize(2);
        }
    }

    @Test
    void reportReadabilityIsGivenPerSectionAndForTheWhole() {
        try (Newsroom n = new Newsroom(dir)) {
            var report = n.sf.reports().create("Clinical trials in cancer", "clinical-trials-in-cancer", "A report.", "Trials");
            n.sf.reports().addSection(report.id(), ItemContent.blank(ItemKind.REPORT_SECTION).withHeadline("Short")
                    .withBody("Trials help. People join them. Results come later."), n.writer.id());
            n.sf.reports().addSection(report.id(), ItemContent.blank(ItemKind.REPORT_SECTION).withHeadline("Long")
                    .withBody("Randomised controlled investigations necessitate considerable organisational infrastructure and "
                            + "sophisticated methodological expertise throughout their implementation."), n.writer.id());
            var rr = n.sf.checks().reportReadability("clinical-trials-in-cancer");
            assertThat(rr.sections()).hasSize(2);
            assertThat(rr.sections().get(0).readability().ease()).isGreaterThan(rr.sections().get(1).readability().ease());
            assertThat(rr.whole().words()).isEqualTo(rr.sections().get(0).readability().words() + rr.sections().get(1).readability().words());
            assertThat(rr.whole().longest().get(0).text()).startsWith("Randomised");
        }
    }
}
