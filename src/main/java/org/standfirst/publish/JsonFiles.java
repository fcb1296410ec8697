package org.standfirst.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;

/**
 * JSON as written into bundles: two-space indent, "\n" line ends on every platform, map keys in
 * the order the exporter built them, and a final newline. Same input, same bytes.
 */
final class JsonFiles {
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indent).withArrayIndenter(indent);
        WRITER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writer(printer);
    }

    private JsonFiles() {
    }

    static byte[] pretty(Object value) {
        try {
            return (WRITER.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Compact JSON for embedding (the JSON-LD block); "</" is escaped so it cannot close a script. */
    static String compact(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
