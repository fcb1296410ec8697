package org.standfirst.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Person;
import org.standfirst.model.Publication;
import org.standfirst.model.Report;
import org.standfirst.model.Role;

/** standfirst export over a real workspace on disk, as a script would run it. */
class ExportCommandTest {
    @TempDir
    Path tmp;
    Path data;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = RootCommand.commandLine(new RootCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A small newsroom made through the services: two approved stories, an embargoed release, a draft, a report. */
    @BeforeEach
    void workspace() throws Exception {
        data = tmp.resolve("ws");
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
        try (Standfirst sf = Standfirst.open(data, Standfirst.Options.defaults().withClock(clock).withoutSample().withoutBackups())) {
            Person writer = sf.people().add("Amira Okafor", Role.WRITER);
            sf.people().add("Tom Hargreaves", Role.REVIEWER);
            approved(sf, writer, story("Whole-body MRI finds hidden myeloma", "whole-body-mri-myeloma", "Myeloma"));
            approved(sf, writer, story("Trial recruitment fell by 60 per cent", "trial-recruitment-falls", "Clinical trials"));
            approved(sf, writer, new ItemContent(ItemKind.PRESS_RELEASE, "Shearosomes found", "Cell fragments.", "",
                    "Tumour cells shed fragments.", "Cancer spread", List.of(), "shearosomes", null,
                    Instant.parse("2026-12-03T00:01:00Z"), "1. Funded by the institute.", "en-GB"));
            sf.items().createChecked(story("Cryo-EM transforms biology", "cryo-em", "Structural biology"), writer.id(), "first");
            Report r = sf.reports().create("Clinical trials in cancer", "clinical-trials-in-cancer", "How trials changed.", "Clinical trials");
            for (String title : List.of("Why trials matter", "What comes next")) {
                Item s = sf.reports().addSection(r.id(), story(title, "", "Clinical trials"), writer.id());
                sf.items().save(s.id(), s.content(), writer.id(), "written");
                sf.review().submit(s.id(), writer.id(), "");
                sf.review().approve(s.id(), "Tom Hargreaves", "");
            }
        }
    }

    static ItemContent story(String headline, String slug, String topic) {
        return ItemContent.blank(ItemKind.NEWS_STORY).withHeadline(headline).withSlug(slug).withTopic(topic)
                .withStandfirst("About " + headline.toLowerCase() + ".").withBody("First paragraph.\n\n## More\n\nSecond paragraph.");
    }

    static void approved(Standfirst sf, Person writer, ItemContent c) {
        Item item = sf.items().createChecked(c, writer.id(), "first");
        sf.review().submit(item.id(), writer.id(), "");
        sf.review().approve(item.id(), "Tom Hargreaves", "");
    }

    @Test
    void exportsEveryFormatAndSaysWhatItWroteAndWhatItHeldBack() throws Exception {
        Path out = tmp.resolve("site");
        Run r = run("--data", data.toString(), "export", "--out", out.toString(), "--all");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).contains(
                "wrote 2 items/*.ninjs.json", "wrote 2 items/*.html", "wrote 1 reports/*.pdf", "wrote 1 reports/*.html",
                "wrote 1 index.html", "wrote 1 feed.xml", "wrote 1 sitemap.xml", "wrote 2 topics/*.html",
                "wrote 1 styles/*.css");
        assertThat(r.out()).contains("held back Press release 'Shearosomes found': under embargo until 3 December 2026, 00:01 GMT")
                .contains("held back News story 'Cryo-EM transforms biology':");
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(out.resolve("reports/clinical-trials-in-cancer.pdf")).exists();
        // The report's page offers its PDF.
        assertThat(org.jsoup.Jsoup.parse(out.resolve("reports/clinical-trials-in-cancer.html").toFile())
                .select(".report-download a").attr("href")).isEqualTo("clinical-trials-in-cancer.pdf");
        try (Standfirst sf = Standfirst.open(data)) {
            List<Publication> pubs = sf.exports().publications();
            assertThat(pubs).hasSize(4);
            assertThat(pubs).allSatisfy(p -> {
                assertThat(p.channel()).isEqualTo("public");
                assertThat(p.folder()).isEqualTo(out.toAbsolutePath().normalize().toString());
                assertThat(p.manifestSha256()).matches("[0-9a-f]{64}");
                assertThat(p.revisionId()).matches("[0-9a-f]{64}");
            });
        }
    }

    @Test
    void everyNinjsFileFromTheWorkspaceIsValidAgainstTheOfficialSchema() throws Exception {
        for (org.standfirst.publish.NinjsVersion v : org.standfirst.publish.NinjsVersion.values()) {
            var schema = org.standfirst.publish.NinjsSchemas.schema(v);
            Path out = tmp.resolve("ninjs-" + v.label());
            Run r = run("--data", data.toString(), "export", "--out", out.toString(), "--format", "ninjs",
                    "--channel", "press", "--ninjs-version", v.label(), "--all");
            assertThat(r.code()).isZero();
            List<Path> docs;
            try (Stream<Path> s = Files.list(out.resolve("items"))) {
                docs = s.toList();
            }
            assertThat(docs).hasSize(3);
            for (Path doc : docs) {
                assertThat(org.standfirst.publish.NinjsSchemas.errors(schema, doc)).as(v.label() + " " + doc.getFileName()).isEmpty();
            }
        }
    }

    @Test
    void theEmbargoedReleaseGoesOutOnlyOnThePressChannel() {
        Path press = tmp.resolve("press");
        Run r = run("--data", data.toString(), "export", "--out", press.toString(), "--channel", "press", "--format", "ninjs,html", "--all");
        assertThat(r.code()).isZero();
        assertThat(press.resolve("items/shearosomes.html")).exists();
        assertThat(press.resolve("items/shearosomes.ninjs.json")).exists();
        Path pub = tmp.resolve("public");
        run("--data", data.toString(), "export", "--out", pub.toString(), "--all");
        assertThat(pub.resolve("items/shearosomes.html")).doesNotExist();
    }

    @Test
    void exportingTheSameWorkspaceTwiceGivesTheSameFiles() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertThat(run("--data", data.toString(), "export", "--out", a.toString(), "--all").code()).isZero();
        assertThat(run("--data", data.toString(), "export", "--out", b.toString(), "--all").code()).isZero();
        Map<String, String> first = hashes(a);
        Map<String, String> second = hashes(b);
        first.remove("manifest.json");
        second.remove("manifest.json");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void strictWritesNothingAndExitsTwo() {
        Path out = tmp.resolve("strict");
        Run r = run("--data", data.toString(), "export", "--out", out.toString(), "--strict", "--all");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("held back").doesNotContain("wrote");
        assertThat(r.err().lines()).containsExactly("standfirst: nothing written: 2 items were held back and --strict is on");
        assertThat(out).doesNotExist();
    }

    @Test
    void exportingOnlyAHeldBackStoryLeavesTheSiteAsItWas() throws Exception {
        Path out = tmp.resolve("site");
        assertThat(run("--data", data.toString(), "export", "--out", out.toString(), "--all").code()).isZero();
        Map<String, String> before = hashes(out);
        Run r = run("--data", data.toString(), "export", "--out", out.toString(), "cryo-em");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).startsWith("held back News story 'Cryo-EM transforms biology':");
        assertThat(r.err().lines()).containsExactly("standfirst: nothing written: nothing passed the gate (1 item was held back); "
                + "the folder was left as it was");
        assertThat(hashes(out)).isEqualTo(before);
    }

    @Test
    void anUnwritableFolderIsOneLineOnStderrAndTheBundleStays() throws Exception {
        Path out = tmp.resolve("site");
        assertThat(run("--data", data.toString(), "export", "--out", out.toString(), "--all").code()).isZero();
        Map<String, String> before = hashes(out);
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        Run r = run("--data", data.toString(), "export", "--out", file.resolve("bundle").toString(), "--all");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1).first().asString()
                .isEqualTo("standfirst: " + file + " is a file, not a folder: choose a folder for the bundle");
        Run bad = run("--data", data.toString(), "export", "--out", out.toString(), "--channel", "everyone", "--all");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().lines()).containsExactly("standfirst: Unknown channel 'everyone': use public, press or draft");
        assertThat(hashes(out)).isEqualTo(before);
    }

    @Test
    void namesOneItemOrAskForAll() {
        Path out = tmp.resolve("one");
        Run r = run("--data", data.toString(), "export", "--out", out.toString(), "--format", "ninjs", "trial-recruitment-falls");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly("wrote 1 items/*.ninjs.json", "wrote manifest.json to " + out.toAbsolutePath().normalize());
        Run none = run("--data", data.toString(), "export", "--out", out.toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).isEqualTo("standfirst: Name the items or reports to export, or use --all" + System.lineSeparator());
    }

    @Test
    void anApprovedItemWithACheckErrorIsHeldBackWithTheFinding() {
        try (Standfirst sf = Standfirst.open(data, Standfirst.Options.defaults().withoutSample().withoutBackups())) {
            Person writer = sf.people().findByName("Amira Okafor").orElseThrow();
            approved(sf, writer, story("Screening rose last year", "screening-rose", "Screening")
                    .withBody("Screening rose by 45% last year."));
        }
        Path out = tmp.resolve("checked");
        Run r = run("--data", data.toString(), "export", "--out", out.toString(), "--all");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("held back News story 'Screening rose last year': 1 check error (first: House style writes");
        assertThat(out.resolve("items/screening-rose.html")).doesNotExist();
        Run draft = run("--data", data.toString(), "export", "--out", tmp.resolve("d").toString(), "--channel", "draft", "--all");
        assertThat(draft.out()).doesNotContain("held back");
        assertThat(tmp.resolve("d/items/screening-rose.html")).exists();
    }

    @Test
    void aWorkspaceThatRelaxesTheCheckGateExportsTheItem() {
        try (Standfirst sf = Standfirst.open(data, Standfirst.Options.defaults().withoutSample().withoutBackups())) {
            Person writer = sf.people().findByName("Amira Okafor").orElseThrow();
            approved(sf, writer, story("Screening rose last year", "screening-rose", "Screening")
                    .withBody("Screening rose by 45% last year."));
            sf.checks().setExportGate(false);
        }
        Path out = tmp.resolve("relaxed");
        Run r = run("--data", data.toString(), "export", "--out", out.toString(), "--all");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("Screening rose last year");
        assertThat(out.resolve("items/screening-rose.html")).exists();
    }

    static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), org.standfirst.model.Hashing.sha256(Files.readAllBytes(p)));
            }
        }
        return m;
    }
}
