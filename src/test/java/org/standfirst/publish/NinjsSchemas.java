package org.standfirst.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The official IPTC ninjs schemas, read from the folder the build names in the system property
 * standfirst.schemas (never copied into the project), with a 2020-12 validator and format
 * assertions on.
 */
public final class NinjsSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NinjsSchemas() {
    }

    /** The schema for a version; the test is skipped, saying why, when the folder is absent. */
    public static Schema schema(NinjsVersion version) throws IOException {
        String dir = System.getProperty("standfirst.schemas", "");
        Path file = Path.of(dir.isEmpty() ? "../shared/schemas/ninjs" : dir)
                .resolve("ninjs-schema_" + version.label() + ".json");
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "Skipped: the IPTC ninjs schemas are not at " + file.toAbsolutePath()
                        + " (set -Dstandfirst.schemas to the folder holding ninjs-schema_3.1.json and _2.2.json)");
        JsonNode node = JSON.readTree(file.toFile());
        // Both official files declare 2020-12; say so rather than let the library guess.
        assertThat(node.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = Files.newInputStream(file)) {
            return registry.getSchema(in);
        }
    }

    public static List<Error> errors(Schema schema, Path document) throws IOException {
        return schema.validate(JSON.readTree(document.toFile()));
    }

    /** The same for a document held as text (the preview pane's ninjs view). */
    public static List<Error> errors(Schema schema, String document) throws IOException {
        return schema.validate(JSON.readTree(document));
    }
}
