package org.standfirst.publish;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The publishing templates under /assets/templates on the class path (JMustache, HTML-escaped by default). */
final class Templates {
    private static final String ROOT = "/assets/templates/";
    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(true).defaultValue("").emptyStringIsFalse(true).zeroIsFalse(true)
            .withLoader(Templates::reader);
    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

    private Templates() {
    }

    static String render(String name, Object data) {
        return CACHE.computeIfAbsent(name, n -> COMPILER.compile(text(n))).execute(data);
    }

    static String text(String name) {
        try (Reader r = reader(name)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + ROOT + name + ": " + e.getMessage(), e);
        }
    }

    static byte[] bytes(String path) {
        try (InputStream in = Templates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static Reader reader(String name) {
        String file = name.contains(".") ? name : name + ".html";
        InputStream in = Templates.class.getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IllegalStateException("The template " + ROOT + file + " is missing from the application");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
