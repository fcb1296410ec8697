package org.standfirst.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.standfirst.model.Role;

/**
 * Fills a new workspace with the sample newsroom from the classpath (assets/sample in the jar).
 * The classpath cannot be listed inside a jar, so {@code index.json} names everything:
 * {@code {"people": "people.json", "images": "images/images.json", "settings": {key: value},
 * "files": [...in load order]}}.
 * The files are imported as one batch with their sample-only keys (state, embargo-days-from-now).
 */
final class SampleSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(SampleSeeder.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SEEDED_SETTING = "sample.seeded";

    private final Standfirst sf;
    private final String root;

    SampleSeeder(Standfirst sf, String classpathRoot) {
        this.sf = sf;
        this.root = classpathRoot.endsWith("/") ? classpathRoot.substring(0, classpathRoot.length() - 1) : classpathRoot;
    }

    void seed() {
        byte[] indexBytes = read("index.json");
        if (indexBytes == null) {
            LOG.warn("No sample content at {}: the new workspace starts empty", root);
            return;
        }
        try {
            JsonNode index = JSON.readTree(indexBytes);
            sf.store().transaction(() -> {
                addPeople(index.path("people").asText("people.json"));
                Map<String, ImportService.ImageText> images = imageText(index.path("images").asText("images/images.json"));
                List<ImportSource> sources = new ArrayList<>();
                for (JsonNode f : index.path("files")) {
                    sources.add(source(f.asText()));
                }
                sf.importer().importSources(sources, null, true, images);
                // Workspace settings the sample institute would have set once, such as its site.
                index.path("settings").fields().forEachRemaining(e -> sf.store().settings().put(e.getKey(), e.getValue().asText()));
                sf.store().settings().put(SEEDED_SETTING, root);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The sample index " + root + "/index.json cannot be read", e);
        }
    }

    private void addPeople(String path) {
        byte[] b = read(path);
        if (b == null) {
            return;
        }
        for (JsonNode p : tree(b, path)) {
            sf.people().add(p.path("name").asText(), Role.parse(p.path("role").asText("writer")));
        }
    }

    private Map<String, ImportService.ImageText> imageText(String path) {
        Map<String, ImportService.ImageText> out = new HashMap<>();
        byte[] b = read(path);
        if (b == null) {
            return out;
        }
        tree(b, path).fields().forEachRemaining(e -> out.put(e.getKey(), new ImportService.ImageText(
                e.getValue().path("alt").asText(""), e.getValue().path("caption").asText(""),
                e.getValue().path("credit").asText(""), e.getValue().path("licence").asText(""))));
        return out;
    }

    private JsonNode tree(byte[] b, String path) {
        try {
            return JSON.readTree(b);
        } catch (IOException e) {
            throw new UncheckedIOException("The sample file " + root + "/" + path + " is not valid JSON", e);
        }
    }

    private ImportSource source(String file) {
        byte[] b = read(file);
        if (b == null) {
            throw new IllegalStateException("The sample index names " + file + " but it is not in " + root);
        }
        String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
        return new ImportSource(Path.of("sample", file), new String(b, StandardCharsets.UTF_8), name -> {
            byte[] img = read(dir + name);
            return img != null ? img : read("images/" + name);
        });
    }

    private byte[] read(String relative) {
        try (InputStream in = SampleSeeder.class.getResourceAsStream(root + "/" + relative)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The sample file " + relative + " cannot be read", e);
        }
    }
}
