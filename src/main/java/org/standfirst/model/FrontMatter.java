package org.standfirst.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file with a front matter block, as docs/markdown-format.md describes: a block between
 * two lines of {@code ---} at the top, each line {@code key: value}; values may be double-quoted;
 * lists are {@code [a, b, c]}; {@code |} starts a block of the indented lines that follow; a
 * {@code #} after two or more spaces starts a comment, as does a line starting with {@code #}.
 * This class only reads the form; what the keys mean is up to the importer.
 */
public record FrontMatter(Map<String, Field> fields, String body) {
    private static final Pattern LINE = Pattern.compile("([A-Za-z][A-Za-z0-9-]*)\\s*:(.*)");
    private static final Pattern COMMENT = Pattern.compile("(\\s{2,}|\\t)#.*$");

    /** One key with its raw value (unquoted; a list keeps its brackets) and the line it was on. */
    public record Field(String key, String value, int line, boolean quoted) {
        /** The value as a list: {@code [a, "b, c"]} gives a and "b, c"; a bare value gives itself. */
        public List<String> list() throws FrontMatterException {
            String v = value.strip();
            if (quoted) {
                return List.of(value);
            }
            if (!v.startsWith("[")) {
                return v.isEmpty() ? List.of() : List.of(v);
            }
            if (!v.endsWith("]")) {
                throw new FrontMatterException(line, key + ": a list is written [a, b, c] and must end with ]");
            }
            List<String> out = new ArrayList<>();
            String inner = v.substring(1, v.length() - 1);
            StringBuilder cur = new StringBuilder();
            boolean inQuotes = false;
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '"') {
                    inQuotes = !inQuotes;
                } else if (c == '\\' && inQuotes && i + 1 < inner.length()) {
                    cur.append(inner.charAt(++i));
                } else if (c == ',' && !inQuotes) {
                    add(out, cur);
                } else {
                    cur.append(c);
                }
            }
            if (inQuotes) {
                throw new FrontMatterException(line, key + ": a quoted list entry is not closed");
            }
            add(out, cur);
            return out;
        }

        private static void add(List<String> out, StringBuilder cur) {
            String s = cur.toString().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            cur.setLength(0);
        }
    }

    public FrontMatter {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Field get(String key) {
        return fields.get(key);
    }

    /** The value of a key, or null when absent. */
    public String value(String key) {
        Field f = fields.get(key);
        return f == null ? null : f.value();
    }

    public static FrontMatter parse(String text) throws FrontMatterException {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = t.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new FrontMatterException(1, "the file must start with a front matter block: a line of ---, "
                    + "then key: value lines, then a line of ---");
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        int i = 1;
        while (true) {
            if (i >= lines.size()) {
                throw new FrontMatterException(lines.size(), "the front matter block is not closed by a line of ---");
            }
            String raw = lines.get(i);
            int lineNo = i + 1;
            i++;
            if (raw.strip().equals("---")) {
                break;
            }
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(raw.charAt(0))) {
                throw new FrontMatterException(lineNo, "an indented line belongs only under a key whose value is |");
            }
            Matcher m = LINE.matcher(raw);
            if (!m.matches()) {
                throw new FrontMatterException(lineNo, "expected key: value, found '" + abbreviate(raw) + "'");
            }
            String key = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (fields.containsKey(key)) {
                throw new FrontMatterException(lineNo, "the key " + key + " appears twice (first on line "
                        + fields.get(key).line() + ")");
            }
            String rest = m.group(2).strip();
            if (rest.startsWith("\"")) {
                fields.put(key, new Field(key, unquote(rest, lineNo, key), lineNo, true));
                continue;
            }
            rest = rest.startsWith("#") ? "" : COMMENT.matcher(rest).replaceFirst("").strip();
            if (rest.equals("|")) {
                List<String> block = new ArrayList<>();
                while (i < lines.size() && !lines.get(i).strip().equals("---")
                        && (lines.get(i).isBlank() || Character.isWhitespace(lines.get(i).charAt(0)))) {
                    block.add(lines.get(i));
                    i++;
                }
                fields.put(key, new Field(key, dedent(block), lineNo, false));
                continue;
            }
            fields.put(key, new Field(key, rest, lineNo, false));
        }
        StringBuilder body = new StringBuilder();
        for (int k = i; k < lines.size(); k++) {
            body.append(lines.get(k)).append('\n');
        }
        String b = body.toString();
        // The blank line that conventionally follows the block is not part of the body.
        while (b.startsWith("\n")) {
            b = b.substring(1);
        }
        return new FrontMatter(fields, b.stripTrailing().isEmpty() ? "" : b.stripTrailing() + "\n");
    }

    private static String unquote(String rest, int line, String key) throws FrontMatterException {
        StringBuilder out = new StringBuilder();
        for (int k = 1; k < rest.length(); k++) {
            char c = rest.charAt(k);
            if (c == '\\' && k + 1 < rest.length()) {
                char n = rest.charAt(++k);
                out.append(n == 'n' ? '\n' : n);
            } else if (c == '"') {
                String after = rest.substring(k + 1).strip();
                if (!after.isEmpty() && !after.startsWith("#")) {
                    throw new FrontMatterException(line, key + ": unexpected text after the closing quote");
                }
                return out.toString();
            } else {
                out.append(c);
            }
        }
        throw new FrontMatterException(line, key + ": the quoted value is not closed");
    }

    private static String dedent(List<String> block) {
        int indent = Integer.MAX_VALUE;
        for (String l : block) {
            if (!l.isBlank()) {
                int n = 0;
                while (n < l.length() && Character.isWhitespace(l.charAt(n))) {
                    n++;
                }
                indent = Math.min(indent, n);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String l : block) {
            sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return sb.toString().strip();
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }
}
