package org.standfirst.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Item;
import org.standfirst.model.ItemKind;
import org.standfirst.model.ItemQuery;
import org.standfirst.model.WorkflowState;
import org.standfirst.store.Base64Png;

class ImportServiceTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;

    private Path write(String name, String text) throws Exception {
        Path p = files.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void importsMarkdownWithFrontMatterAsDraftsWithAFirstRevision() throws Exception {
        Files.write(files.resolve("scan.png"), Base64Png.DOT);
        Path md = write("mri.md", """
                ---
                kind: news-story
                headline: "Whole-body MRI finds hidden myeloma: a #1 study"
                standfirst: A study of 60 people
                byline: Amira Okafor
                topic: Myeloma
                tags: [imaging, "myeloma, bone", iTIMM]
                hero: scan.png
                hero-alt: A patient in a scanner
                embargo: 2026-12-03T00:01:00+01:00
                language: en-GB
                ---

                The **body**.
                """);
        try (Standfirst sf = Workspaces.empty(dir)) {
            ImportResult r = sf.importer().importFiles(List.of(md), null);
            Item item = r.items().get(0);
            assertThat(item.headline()).isEqualTo("Whole-body MRI finds hidden myeloma: a #1 study");
            assertThat(item.content().tags()).containsExactly("imaging", "myeloma, bone", "iTIMM");
            assertThat(item.content().slug()).isEqualTo("whole-body-mri-finds-hidden-myeloma-a-1-study");
            assertThat(item.content().embargo()).isEqualTo(Instant.parse("2026-12-02T23:01:00Z"));
            assertThat(item.content().body()).isEqualTo("The **body**.\n");
            assertThat(item.state()).isEqualTo(WorkflowState.DRAFT);
            assertThat(sf.items().history(item.id())).hasSize(1);
            assertThat(sf.assets().get(item.content().hero().assetId()).fileName()).isEqualTo("scan.png");
            // Importing the same file again gets a distinct slug.
            Item again = sf.importer().importFiles(List.of(md), null).items().get(0);
            assertThat(again.content().slug()).isEqualTo("whole-body-mri-finds-hidden-myeloma-a-1-study-2");
            assertThat(sf.assets().all()).as("the image is stored once").hasSize(1);
        }
    }

    @Test
    void importsNinjsWithTheHtmlBodyAsMarkdown() throws Exception {
        Path json = write("story.json", """
                {"uri": "http://example.org/1", "type": "text", "language": "en-GB",
                 "headlines": [{"role": "main", "value": "Cryo-EM transforms structural biology"}],
                 "descriptions": [{"role": "summary", "value": "Seeing proteins"}],
                 "bodies": [{"role": "main", "contentType": "text/html",
                             "value": "<h2>Why</h2><p>It is <strong>big</strong> news, <a href='https://x.org'>see</a>.</p><ul><li>One</li><li>Two</li></ul><script>alert(1)</script>"}],
                 "by": "Catherine Lowe",
                 "subjects": [{"name": "Structural biology"}, {"name": "Microscopy"}],
                 "keywords": ["cryo-EM"],
                 "embargoedUntil": "2026-12-10T08:00:00Z"}
                """);
        try (Standfirst sf = Workspaces.empty(dir)) {
            Item item = sf.importer().importFiles(List.of(json), null).items().get(0);
            assertThat(item.kind()).isEqualTo(ItemKind.NEWS_STORY);
            assertThat(item.content().standfirst()).isEqualTo("Seeing proteins");
            assertThat(item.content().byline()).isEqualTo("Catherine Lowe");
            assertThat(item.content().topic()).isEqualTo("Structural biology");
            assertThat(item.content().tags()).containsExactly("Microscopy", "cryo-EM");
            assertThat(item.content().embargo()).isEqualTo(Instant.parse("2026-12-10T08:00:00Z"));
            assertThat(item.content().body()).isEqualTo("## Why\n\nIt is **big** news, [see](https://x.org).\n\n- One\n- Two\n");
        }
    }

    @Test
    void aBadFileAmongGoodOnesFailsWithFileLineAndReasonAndWritesNothing() throws Exception {
        Path good = write("good.md", "---\nheadline: Good story\n---\nBody\n");
        Path bad = write("bad.md", "---\nheadline: Bad story\nhedline: typo\n---\nBody\n");
        try (Standfirst sf = Workspaces.empty(dir)) {
            assertThatThrownBy(() -> sf.importer().importFiles(List.of(good, bad), null))
                    .isInstanceOf(ImportException.class)
                    .hasMessage(bad + ", line 3: unknown key 'hedline'");
            assertThat(sf.items().count(ItemQuery.all())).isZero();
            assertThat(sf.assets().all()).isEmpty();
        }
    }

    @Test
    void reportsEachKindOfMistakeWithWhereAndWhy() throws Exception {
        try (Standfirst sf = Workspaces.empty(dir)) {
            assertThat(failure(sf, write("a.md", "headline: no block\n"))).endsWith("a.md, line 1: the file must start with a "
                    + "front matter block: a line of ---, then key: value lines, then a line of ---");
            assertThat(failure(sf, write("b.md", "---\nheadline: x\n"))).endsWith("b.md, line 2: the front matter block is not "
                    + "closed by a line of ---");
            assertThat(failure(sf, write("c.md", "---\nheadline: x\nembargo: tomorrow\n---\n")))
                    .endsWith("c.md, line 3: 'tomorrow' is not a date and time such as 2026-12-03T00:01:00Z");
            assertThat(failure(sf, write("d.md", "---\nheadline: x\nembargo: 2020-01-01T00:00:00Z\n---\n")))
                    .endsWith("d.md, line 3: The embargo must be in the future");
            assertThat(failure(sf, write("e.md", "---\nstandfirst: no headline\n---\n")))
                    .endsWith("e.md, field headline: A headline is required");
            assertThat(failure(sf, write("f.md", "---\nheadline: x\nstate: approved\n---\n")))
                    .endsWith("f.md, line 3: state is for the sample content only; imported items start as drafts");
            assertThat(failure(sf, write("g.md", "---\nheadline: x\nwriter: Nobody Here\n---\n")))
                    .contains("g.md, line 3: there is no person called 'Nobody Here'");
            assertThat(failure(sf, write("h.md", "---\nkind: report-section\nheadline: x\nreport: missing\n---\n")))
                    .contains("h.md, field report: there is no report with the slug missing");
            assertThat(failure(sf, write("i.md", "---\nheadline: x\nhero: nope.png\n---\n")))
                    .endsWith("i.md, line 3: the image nope.png is not beside the file");
            assertThat(failure(sf, write("j.json", "{\"headlines\": [}"))).contains("j.json, line 1: not valid JSON");
            assertThat(failure(sf, write("k.md", "---\nkind: poem\nheadline: x\n---\n"))).contains("k.md, line 2: unknown kind 'poem'");
            assertThat(failure(sf, write("l.md", "---\nheadline: x\nheadline: y\n---\n")))
                    .endsWith("l.md, line 3: the key headline appears twice (first on line 2)");
            assertThat(sf.items().count(ItemQuery.all())).isZero();
        }
    }

    @Test
    void importsAReportWithItsSectionsInOneGo() throws Exception {
        Path report = write("report.md", "---\nkind: report\ntitle: Trials\nslug: trials\nsummary: S\ntopic: T\n---\n");
        Path s2 = write("s2.md", "---\nkind: report-section\nheadline: Second\nreport: trials\nposition: 2\n---\nB\n");
        Path s1 = write("s1.md", "---\nkind: report-section\nheadline: First\nreport: trials\nposition: 1\n---\nA\n");
        try (Standfirst sf = Workspaces.empty(dir)) {
            ImportResult r = sf.importer().importFiles(List.of(report, s2, s1), null);
            assertThat(r.reports()).hasSize(1);
            assertThat(sf.reports().sections(r.reports().get(0).id())).extracting(Item::headline).containsExactly("First", "Second");
        }
    }

    private String failure(Standfirst sf, Path file) {
        try {
            sf.importer().importFiles(List.of(file), null);
        } catch (ImportException e) {
            return e.getMessage();
        }
        throw new AssertionError("no failure for " + file);
    }
}
