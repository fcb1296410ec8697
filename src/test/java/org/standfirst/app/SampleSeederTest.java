package org.standfirst.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Item;
import org.standfirst.model.ItemKind;
import org.standfirst.model.ItemQuery;
import org.standfirst.model.Person;
import org.standfirst.model.Report;
import org.standfirst.model.Role;
import org.standfirst.model.WorkflowState;

class SampleSeederTest {
    @TempDir
    Path dir;

    @Test
    void aNewWorkspaceIsSeededOnceWithPeopleItemsReportAndImages() throws Exception {
        try (Standfirst sf = Workspaces.seeded(dir)) {
            List<Person> people = sf.people().all();
            assertThat(people).extracting(Person::name).containsExactly("Amira Okafor", "Catherine Lowe", "Tom Hargreaves");
            assertThat(people).extracting(Person::role).containsExactly(Role.WRITER, Role.EDITOR, Role.REVIEWER);
            for (Person p : people) {
                assertThat(p.publicKey()).isNotEmpty();
                assertThat(sf.people().privateKey(p.id())).isPresent();
                assertThat(Files.exists(dir.resolve("keys").resolve(p.id() + ".key"))).isTrue();
            }

            Item story = sf.items().resolve("trial-recruitment-fell");
            assertThat(story.state()).isEqualTo(WorkflowState.PUBLISHED);
            assertThat(story.content().tags()).containsExactly("recruitment", "COVID-19", "trials");
            assertThat(story.content().hero().altText()).isEqualTo("A single dot on white");
            assertThat(sf.assets().get(story.content().hero().assetId()).altText()).isEqualTo("A single dot");
            assertThat(story.headRevisionId()).isNotNull();
            assertThat(sf.people().nameOf(story.writerId())).isEqualTo("Amira Okafor");

            Item release = sf.items().resolve("Shearosomes");
            assertThat(release.kind()).isEqualTo(ItemKind.PRESS_RELEASE);
            // 4 days after 29 November 2026 at 00:01 London time (GMT in winter).
            assertThat(release.content().embargo()).isEqualTo(Instant.parse("2026-12-03T00:01:00Z"));
            assertThat(release.content().notesToEditors()).isEqualTo("1. Embargoed until the time shown.\n2. Interviews through the press office.");

            Report report = sf.reports().resolve("clinical-trials-in-cancer");
            assertThat(sf.reports().sections(report.id())).extracting(Item::headline)
                    .containsExactly("Why trials matter", "Trials during the pandemic");
            assertThat(sf.items().count(ItemQuery.all())).isEqualTo(4);
        }
        try (Standfirst again = Workspaces.seeded(dir)) {
            assertThat(again.items().count(ItemQuery.all())).isEqualTo(4);
            assertThat(again.people().all()).hasSize(3);
        }
    }
}
