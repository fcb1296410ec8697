package org.standfirst.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads fields from a JSON tree with errors that name the path, such as
 * "revisions[2].content.headline: missing", so a damaged package says where it is damaged.
 */
final class JsonFields {
    private final JsonNode node;
    private final String path;

    JsonFields(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new PackageRefusedException(path + ": expected an object");
        }
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    String str(String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isTextual()) {
            throw new PackageRefusedException(path + "." + name + ": " + (v == null || v.isNull() ? "missing" : "expected text"));
        }
        return v.asText();
    }

    /** Text, or null when absent or null. */
    String optStr(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new PackageRefusedException(path + "." + name + ": expected text");
        }
        return v.asText();
    }

    long num(String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isIntegralNumber()) {
            throw new PackageRefusedException(path + "." + name + ": " + (v == null ? "missing" : "expected a whole number"));
        }
        return v.asLong();
    }

    int integer(String name) {
        long n = num(name);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new PackageRefusedException(path + "." + name + ": out of range");
        }
        return (int) n;
    }

    boolean bool(String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isBoolean()) {
            throw new PackageRefusedException(path + "." + name + ": " + (v == null ? "missing" : "expected true or false"));
        }
        return v.asBoolean();
    }

    Instant instant(String name) {
        return parseInstant(name, str(name));
    }

    Instant optInstant(String name) {
        String s = optStr(name);
        return s == null ? null : parseInstant(name, s);
    }

    private Instant parseInstant(String name, String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new PackageRefusedException(path + "." + name + ": '" + s + "' is not an ISO-8601 instant");
        }
    }

    byte[] base64(String name) {
        String s = str(name);
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new PackageRefusedException(path + "." + name + ": not valid base64");
        }
    }

    List<String> strings(String name) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (JsonNode v : array(name)) {
            if (!v.isTextual()) {
                throw new PackageRefusedException(path + "." + name + "[" + i + "]: expected text");
            }
            out.add(v.asText());
            i++;
        }
        return out;
    }

    JsonNode array(String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isArray()) {
            throw new PackageRefusedException(path + "." + name + ": " + (v == null ? "missing" : "expected a list"));
        }
        return v;
    }

    JsonFields object(String name) {
        return new JsonFields(node.get(name), path + "." + name);
    }

    boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    /** Runs a constructor, turning the model's own rule violations into a refusal that names the place. */
    static <T> T build(String path, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PackageRefusedException(path + ": " + e.getMessage());
        }
    }
}
