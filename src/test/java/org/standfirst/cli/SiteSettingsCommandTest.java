package org.standfirst.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Person;
import org.standfirst.model.Role;

/** standfirst settings site: an institute sets its site once, and every export carries it. */
class SiteSettingsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path data;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeEach
    void workspace() {
        data = tmp.resolve("ws");
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
        try (Standfirst sf = Standfirst.open(data, Standfirst.Options.defaults().withClock(clock).withoutSample().withoutBackups())) {
            Person writer = sf.people().add("Amira Okafor", Role.WRITER);
            sf.people().add("Tom Hargreaves", Role.REVIEWER);
            ExportCommandTest.approved(sf, writer, ExportCommandTest.story("Whole-body MRI finds hidden myeloma",
                    "whole-body-mri-myeloma", "Myeloma"));
        }
    }

    @Test
    void theSiteSetOnceIsInEveryExportedFile() throws Exception {
        CliRun set = run("--data", data.toString(), "settings", "site", "--name", "Northfield Institute News",
                "--url", "https://www.northfield.example.org/news", "--copyright", "Northfield Institute of Cancer Research");
        assertThat(set.err()).isEmpty();
        assertThat(set.code()).isZero();
        assertThat(set.out()).contains("url:        https://www.northfield.example.org/news/");
        // Read back as a script would.
        JsonNode shown = JSON.readTree(run("--data", data.toString(), "settings", "site", "--json").out());
        assertThat(shown.path("name").asText()).isEqualTo("Northfield Institute News");
        assertThat(shown.path("url").asText()).isEqualTo("https://www.northfield.example.org/news/");
        assertThat(shown.path("copyright").asText()).isEqualTo("Northfield Institute of Cancer Research");

        Path out = tmp.resolve("bundle");
        CliRun export = run("--data", data.toString(), "export", "--out", out.toString(), "--format", "ninjs,html,site", "--all");
        assertThat(export.code()).as(export.err()).isZero();
        String base = "https://www.northfield.example.org/news/";

        JsonNode ninjs = JSON.readTree(out.resolve("items/whole-body-mri-myeloma.ninjs.json").toFile());
        assertThat(ninjs.path("copyrightHolder").asText()).isEqualTo("Northfield Institute of Cancer Research");

        Document page = Jsoup.parse(out.resolve("items/whole-body-mri-myeloma.html").toFile());
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(base + "items/whole-body-mri-myeloma.html");
        assertThat(page.select("meta[property=og:site_name]").attr("content")).isEqualTo("Northfield Institute News");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(base + "items/whole-body-mri-myeloma.html");
        assertThat(page.select(".site-footer").text()).contains("Northfield Institute of Cancer Research");
        // The masthead leads home, within the bundle.
        assertThat(page.select(".site-name a").attr("href")).isEqualTo("../index.html");
        assertThat(page.select(".site-name").text()).isEqualTo("Northfield Institute News");
        // Its topic leads to the topic page, which the bundle has.
        assertThat(page.select(".article-topic a").attr("href")).isEqualTo("../topics/myeloma.html");
        assertThat(out.resolve("topics/myeloma.html")).exists();

        String feed = Files.readString(out.resolve("feed.xml"));
        assertThat(feed).contains("<title>Northfield Institute News</title>", "<id>" + base + "</id>",
                "href=\"" + base + "items/whole-body-mri-myeloma.html\"", "<rights>© Northfield Institute of Cancer Research</rights>");
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertThat(sitemap).contains("<loc>" + base + "</loc>", "<loc>" + base + "items/whole-body-mri-myeloma.html</loc>")
                .doesNotContain("news.example.org");
        Document index = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(index.select("link[rel=canonical]").attr("href")).isEqualTo(base);
        assertThat(index.title()).isEqualTo("Latest news | Northfield Institute News");
    }

    @Test
    void aBadAddressIsRefusedInOneLineAndNothingChanges() {
        String before = run("--data", data.toString(), "settings", "site").out();
        for (String bad : new String[] {"news.example.org", "ftp://news.example.org/", "https://", "https://news.example.org/?page=1",
                "https://news example.org/"}) {
            CliRun r = run("--data", data.toString(), "settings", "site", "--name", "Changed", "--url", bad);
            assertThat(r.code()).as(bad).isEqualTo(1);
            assertThat(r.out()).as(bad).isEmpty();
            assertThat(r.err().lines().toList()).as(bad).singleElement().asString()
                    .startsWith("standfirst: The site address").contains(bad.strip());
        }
        CliRun empty = run("--data", data.toString(), "settings", "site", "--name", " ");
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).startsWith("standfirst: The site name is empty");
        assertThat(run("--data", data.toString(), "settings", "site").out()).isEqualTo(before);
    }

    @Test
    void aNewWorkspaceHasTheSampleInstitutesSite() throws Exception {
        Path fresh = tmp.resolve("fresh");
        JsonNode shown = JSON.readTree(run("--data", fresh.toString(), "settings", "site", "--json").out());
        assertThat(shown.path("name").asText()).isEqualTo("Northfield Institute News");
        assertThat(shown.path("url").asText()).isEqualTo("https://news.northfield-institute.example.org/");
        assertThat(shown.path("copyright").asText()).isEqualTo("Northfield Institute of Cancer Research");
    }
}
