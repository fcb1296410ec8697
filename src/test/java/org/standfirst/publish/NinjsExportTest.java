package org.standfirst.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.standfirst.model.Channel;

class NinjsExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(NinjsVersion.class)
    void everyExportedDocumentIsValidAgainstTheOfficialSchema(NinjsVersion version) throws Exception {
        Schema schema = NinjsSchemas.schema(version);
        for (Channel channel : Channel.values()) {
            Path out = tmp.resolve(version.label() + "-" + channel.key());
            ExportResult r = Exports.pipeline().export(Newsroom.sample(),
                    Exports.request(out, channel, ExportFormat.NINJS).withNinjsVersion(version), ExportListener.NONE);
            List<Path> docs;
            try (Stream<Path> s = Files.list(out.resolve("items"))) {
                docs = s.filter(p -> p.toString().endsWith(".ninjs.json")).sorted().toList();
            }
            assertThat(docs).hasSize(r.plan().items().size()).isNotEmpty();
            for (Path doc : docs) {
                List<Error> errors = NinjsSchemas.errors(schema, doc);
                assertThat(errors).as(version.label() + " " + channel.key() + " " + doc.getFileName()).isEmpty();
            }
        }
    }

    @Test
    void theSchemaCatchesADocumentThatBreaksIt() throws Exception {
        // Proves the validator is strict (format assertions on, no unknown properties), so the test above can fail.
        Schema schema = NinjsSchemas.schema(NinjsVersion.V3_1);
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"uri\":\"urn:x:1\",\"versionCreated\":\"yesterday\",\"keywords\":[\"x\"]}");
        assertThat(NinjsSchemas.errors(schema, bad)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void mapsTheItemFieldsAsTheDesignSays() throws Exception {
        Path out = tmp.resolve("press");
        Exports.pipeline().export(Newsroom.sample(), Exports.request(out, Channel.PRESS, ExportFormat.NINJS),
                ExportListener.NONE);
        JsonNode mri = JSON.readTree(out.resolve("items/whole-body-mri-myeloma.ninjs.json").toFile());
        assertThat(mri.path("uri").asText()).isEqualTo("urn:standfirst:item:i-mri");
        assertThat(mri.path("type").asText()).isEqualTo("text");
        assertThat(mri.path("pubStatus").asText()).isEqualTo("usable");
        assertThat(mri.path("language").asText()).isEqualTo("en-GB");
        assertThat(mri.path("headlines").get(0).path("role").asText()).isEqualTo("main");
        assertThat(mri.path("descriptions").get(0).path("role").asText()).isEqualTo("summary");
        assertThat(mri.path("descriptions").get(0).path("value").asText()).startsWith("A study of 60 people");
        JsonNode body = mri.path("bodies").get(0);
        assertThat(body.path("contentType").asText()).isEqualTo("text/html");
        assertThat(body.path("wordCount").asInt()).isGreaterThan(20);
        assertThat(body.path("charCount").asInt()).isGreaterThan(100);
        assertThat(mri.path("by").asText()).isEqualTo("Amira Okafor");
        assertThat(mri.path("subjects").findValuesAsText("name")).contains("Myeloma", "imaging", "iTIMM");
        JsonNode pic = mri.path("associations").get(0);
        assertThat(pic.path("type").asText()).isEqualTo("picture");
        String href = pic.path("renditions").get(0).path("href").asText();
        assertThat(href).startsWith("https://news.example.org/assets/").endsWith(".png");
        assertThat(out.resolve(href.substring("https://news.example.org/".length()))).exists();
        assertThat(pic.path("descriptions").findValuesAsText("role")).containsExactly("alt", "caption");
        assertThat(pic.path("descriptions").get(0).path("value").asText()).isEqualTo("A patient lying on the bed of an MRI scanner");

        JsonNode press = JSON.readTree(out.resolve("items/shearosomes.ninjs.json").toFile());
        assertThat(press.path("embargoedUntil").asText()).isEqualTo("2026-12-03T00:01:00Z");
        assertThat(press.path("pubStatus").asText()).isEqualTo("withheld");
        assertThat(press.path("edNote").asText()).contains("EMBARGOED UNTIL 00:01 GMT ON THURSDAY 3 DECEMBER 2026")
                .contains("funded by the institute");
    }

    @Test
    void version22UsesTheLowerCaseNames() throws Exception {
        Path out = tmp.resolve("v22");
        Exports.pipeline().export(Newsroom.sample(), Exports.request(out, Channel.PRESS, ExportFormat.NINJS)
                .withNinjsVersion(NinjsVersion.V2_2), ExportListener.NONE);
        JsonNode press = JSON.readTree(out.resolve("items/shearosomes.ninjs.json").toFile());
        assertThat(press.path("embargoed").asText()).isEqualTo("2026-12-03T00:01:00Z");
        assertThat(press.path("pubstatus").asText()).isEqualTo("withheld");
        assertThat(press.path("versioncreated").isTextual()).isTrue();
        assertThat(press.has("versionCreated")).isFalse();
        assertThat(press.path("standard").path("version").asText()).isEqualTo("2.2");
    }
}
