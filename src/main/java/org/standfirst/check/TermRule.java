package org.standfirst.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Substitution ("write X, not Y", with a quick fix) and existence ("avoid X", with guidance)
 * rules. Plain terms are matched as whole words, ignoring case, across line breaks; a quick fix
 * keeps the capital of a term that starts a sentence. Regex terms may use $1.. in replacements.
 */
public final class TermRule extends Rule {
    /** One term: what to match, what to write instead (null for existence), and its own guidance (or null). */
    public record Term(String match, String replacement, String message, boolean regex) {
    }

    private record Compiled(Pattern pattern, Term term) {
    }

    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";

    private final Pattern literals;
    private final Map<String, Term> byKey = new HashMap<>();
    private final List<Compiled> regexes = new ArrayList<>();
    private final boolean skipNames;

    /** @param skipNames ignore matches that are capitalised mid-sentence (names such as "Cancer Center") */
    public TermRule(String id, Severity severity, String message, Set<String> fields, List<Term> terms,
                    boolean caseSensitive, boolean skipNames) {
        super(id, severity, message, fields);
        this.skipNames = skipNames;
        // ASCII case folding: Unicode folding makes every comparison several times slower, and the
        // terms that matter here are ASCII.
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE;
        List<String> alternatives = new ArrayList<>();
        for (Term t : terms) {
            if (t.regex()) {
                regexes.add(new Compiled(Pattern.compile(t.match(), flags), t));
            } else {
                byKey.put(key(t.match(), caseSensitive), t);
                alternatives.add(literalPattern(t.match()));
            }
        }
        // Longest first so "cancer victims" wins over "victims".
        alternatives.sort((a, b) -> b.length() - a.length());
        this.literals = alternatives.isEmpty() ? null
                : Pattern.compile(firstCharacters(terms, caseSensitive) + B + "(?:" + String.join("|", alternatives) + ")" + E, flags);
        this.caseSensitive = caseSensitive;
    }

    private final boolean caseSensitive;

    /** A look-ahead for the terms' first letters: most positions then fail at once instead of trying every term. */
    static String firstCharacters(List<Term> terms, boolean caseSensitive) {
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) {
            if (t.regex() || t.match().isBlank()) {
                continue;
            }
            char c = t.match().strip().charAt(0);
            for (char x : caseSensitive ? new char[] {c} : new char[] {Character.toLowerCase(c), Character.toUpperCase(c)}) {
                String one = Character.isLetterOrDigit(x) ? String.valueOf(x) : "\\" + x;
                if (sb.indexOf(one) < 0) {
                    sb.append(one);
                }
            }
        }
        return sb.length() == 0 ? "" : "(?=[" + sb + "])";
    }

    private static String literalPattern(String term) {
        StringBuilder sb = new StringBuilder();
        for (String part : term.strip().split("\\s+")) {
            if (sb.length() > 0) {
                sb.append("\\s+");
            }
            sb.append(Pattern.quote(part));
        }
        return sb.toString();
    }

    private static String key(String text, boolean caseSensitive) {
        String k = text.strip().replaceAll("\\s+", " ");
        return caseSensitive ? k : k.toLowerCase(Locale.ROOT);
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        for (FieldText f : fieldsOf(item)) {
            String prose = f.prose();
            if (literals != null) {
                Matcher m = literals.matcher(prose);
                while (m.find()) {
                    Term t = byKey.get(key(m.group(), caseSensitive));
                    if (t != null && !skipped(f, m.start(), m.group())) {
                        String fix = t.replacement() == null ? null : matchCase(m.group(), t.replacement());
                        sink.add(this, f, m.start(), m.end(), t.message() != null ? t.message() : message(), fix);
                    }
                }
            }
            for (Compiled c : regexes) {
                Matcher m = c.pattern().matcher(prose);
                while (m.find()) {
                    if (m.end() == m.start() || skipped(f, m.start(), m.group())) {
                        continue;
                    }
                    String fix = c.term().replacement() == null ? null : expand(m, c.term().replacement());
                    sink.add(this, f, m.start(), m.end(), c.term().message() != null ? c.term().message() : message(), fix);
                }
            }
        }
    }

    private boolean skipped(FieldText f, int start, String matched) {
        if (f.inUrlOrEmail(start, start + matched.length())) {
            return true;
        }
        return skipNames && Character.isUpperCase(matched.charAt(0)) && !f.atSentenceStart(start);
    }

    /** "Tumor" becomes "Tumour", "TUMOR" becomes "TUMOUR", "tumor" stays lower-case. */
    static String matchCase(String found, String replacement) {
        if (replacement.isEmpty() || found.isEmpty()) {
            return replacement;
        }
        boolean allCaps = found.length() > 1 && found.equals(found.toUpperCase(Locale.ROOT))
                && !found.equals(found.toLowerCase(Locale.ROOT));
        if (allCaps) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(found.charAt(0)) && Character.isLowerCase(replacement.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }

    /** Expands $0..$9 in a replacement from the match's groups (a missing group is empty). */
    static String expand(Matcher m, String template) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                int g = template.charAt(++i) - '0';
                String v = g <= m.groupCount() ? m.group(g) : null;
                sb.append(v == null ? "" : v);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
