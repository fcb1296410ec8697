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
        this.caseSensitive = caseSensitive;
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE;
        for (Term t : terms) {
            if (t.regex()) {
                regexes.add(new Compiled(Pattern.compile(t.match(), flags), t));
            } else if (!t.match().isBlank()) {
                String[] words = key(t.match(), caseSensitive).split(" ");
                byKey.put(String.join(" ", words), t);
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
        // Longest first so "cancer victims" wins over "victims" and "war on cancer" over "war on".
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
    }

    private final boolean caseSensitive;
    /** Plain terms by their first word: matching is a look-up per word of prose, not a scan per term. */
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

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

    private static String key(String text, boolean caseSensitive) {
        String k = text.strip().replaceAll("\\s+", " ");
        return caseSensitive ? k : k.toLowerCase(Locale.ROOT);
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        for (FieldText f : fieldsOf(item)) {
            String prose = f.prose();
            if (!byFirstWord.isEmpty()) {
                matchWords(f, sink);
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

    /**
     * Plain terms, word by word: a term's words must follow one another with only spaces (or
     * markup) between them. Inside a hyphenated or possessive word ("cure-all", "tumor's") each
     * part is tried on its own, as the whole word did not match.
     */
    private void matchWords(FieldText f, FindingSink sink) {
        List<Word> words = f.words();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            int last = matchAt(f, words, i, w.start(), w.text(), true, sink);
            if (last >= 0) {
                i = last;
                continue;
            }
            String text = w.text();
            int partStart = 0;
            for (int k = 0; k <= text.length(); k++) {
                if (k == text.length() || "-'\u2019\u2010".indexOf(text.charAt(k)) >= 0) {
                    boolean wholeWord = partStart == 0 && k == text.length();
                    if (k > partStart && !wholeWord) {
                        matchAt(f, words, i, w.start() + partStart, text.substring(partStart, k), false, sink);
                    }
                    partStart = k + 1;
                }
            }
        }
    }

    /** Tries the terms starting with this word; returns the index of the last word matched, or -1. */
    private int matchAt(FieldText f, List<Word> words, int i, int start, String first, boolean whole, FindingSink sink) {
        List<String[]> candidates = byFirstWord.get(caseSensitive ? first : first.toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return -1;
        }
        String prose = f.prose();
        for (String[] term : candidates) {
            if (term.length > 1 && !whole) {
                continue;
            }
            int j = 1;
            while (j < term.length && i + j < words.size()) {
                Word next = words.get(i + j);
                String between = prose.substring(words.get(i + j - 1).end(), next.start());
                String nextText = caseSensitive ? next.text() : next.text().toLowerCase(Locale.ROOT);
                if (!between.isBlank() || !nextText.equals(term[j])) {
                    break;
                }
                j++;
            }
            if (j < term.length) {
                continue;
            }
            int end = term.length == 1 ? start + first.length() : words.get(i + term.length - 1).end();
            String matched = f.source().substring(start, end);
            Term t = byKey.get(String.join(" ", term));
            if (!skipped(f, start, matched)) {
                String fix = t.replacement() == null ? null : matchCase(matched, t.replacement());
                sink.add(this, f, start, end, t.message() != null ? t.message() : message(), fix);
            }
            return i + term.length - 1;
        }
        return -1;
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
