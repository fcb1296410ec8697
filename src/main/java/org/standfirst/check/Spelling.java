package org.standfirst.check;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word look-ups for one workspace: the built-in {@link BritishDictionary} plus the workspace's own
 * words ("Add to dictionary"). Handles possessives, hyphenated words and capitals.
 */
public final class Spelling {
    private final BritishDictionary dictionary;
    private final Set<String> workspaceWords;

    public Spelling(BritishDictionary dictionary, Set<String> workspaceWords) {
        this.dictionary = dictionary;
        Set<String> w = new HashSet<>();
        for (String s : workspaceWords) {
            w.add(s.strip().toLowerCase(Locale.ROOT));
        }
        this.workspaceWords = Set.copyOf(w);
    }

    public BritishDictionary dictionary() {
        return dictionary;
    }

    /** True when a word (possibly hyphenated or possessive) is known. */
    public boolean knows(String word) {
        String w = stripPossessive(word.replace('\u2019', '\'').replace('\u2010', '-'));
        if (known(w)) {
            return true;
        }
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (!part.isEmpty() && !part.chars().allMatch(Character::isDigit) && !known(part)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private boolean known(String w) {
        return dictionary.knows(w) || workspaceWords.contains(w.toLowerCase(Locale.ROOT));
    }

    /**
     * The British spelling of a single American word, in the word's own case and with its
     * possessive kept, or null when the word is not an American spelling. Words in the
     * workspace dictionary are never flagged.
     */
    public String britishFor(String word) {
        String w = word.replace('\u2019', '\'');
        String base = stripPossessive(w);
        String suffix = w.substring(base.length());
        String l = base.toLowerCase(Locale.ROOT);
        if (workspaceWords.contains(l) || dictionary.knows(base)) {
            return null;
        }
        String british = dictionary.britishFor(l);
        if (british == null) {
            british = byRegularChange(l);
        }
        return british == null ? null : TermRule.matchCase(base, british) + suffix;
    }

    /** For a word in no list: the regular American-to-British changes, kept only if they give a known word. */
    private String byRegularChange(String l) {
        for (String[] c : List.of(
                new String[] {"ization", "isation"}, new String[] {"izations", "isations"}, new String[] {"ize", "ise"},
                new String[] {"ized", "ised"}, new String[] {"izes", "ises"}, new String[] {"izing", "ising"},
                new String[] {"yze", "yse"}, new String[] {"yzed", "ysed"}, new String[] {"yzing", "ysing"},
                new String[] {"or", "our"}, new String[] {"ors", "ours"}, new String[] {"er", "re"}, new String[] {"ers", "res"},
                new String[] {"eled", "elled"}, new String[] {"eling", "elling"}, new String[] {"og", "ogue"})) {
            if (l.endsWith(c[0])) {
                String candidate = l.substring(0, l.length() - c[0].length()) + c[1];
                if (known(candidate)) {
                    return candidate;
                }
            }
        }
        // Greek-derived medical words: hem- haem-, esoph- oesoph-, pedia- paedia-, -emia -aemia.
        for (String[] c : List.of(new String[] {"hem", "haem"}, new String[] {"esoph", "oesoph"},
                new String[] {"pedi", "paedi"}, new String[] {"estr", "oestr"}, new String[] {"anest", "anaest"},
                new String[] {"gyne", "gynae"}, new String[] {"orthoped", "orthopaed"}, new String[] {"emia", "aemia"},
                new String[] {"edema", "oedema"}, new String[] {"tumor", "tumour"}, new String[] {"color", "colour"},
                new String[] {"behavior", "behaviour"}, new String[] {"center", "centre"})) {
            int i = l.indexOf(c[0]);
            if (i >= 0) {
                String candidate = l.substring(0, i) + c[1] + l.substring(i + c[0].length());
                if (known(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * Known words one edit away (a letter swapped with its neighbour, changed, dropped or added),
     * in the word's own case, at most {@code max}: for the "did you mean" menu of an unknown word.
     */
    public List<String> suggestions(String word, int max) {
        String w = word.replace('\u2019', '\'');
        String l = w.toLowerCase(java.util.Locale.ROOT);
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        String letters = "abcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i + 1 < l.length() && out.size() < max; i++) {
            offer(out, l.substring(0, i) + l.charAt(i + 1) + l.charAt(i) + l.substring(i + 2), l);
        }
        for (int i = 0; i < l.length(); i++) {
            for (int c = 0; c < letters.length(); c++) {
                offer(out, l.substring(0, i) + letters.charAt(c) + l.substring(i + 1), l);
            }
        }
        for (int i = 0; i < l.length(); i++) {
            offer(out, l.substring(0, i) + l.substring(i + 1), l);
        }
        for (int i = 0; i <= l.length(); i++) {
            for (int c = 0; c < letters.length(); c++) {
                offer(out, l.substring(0, i) + letters.charAt(c) + l.substring(i), l);
            }
        }
        return out.stream().limit(max).map(x -> TermRule.matchCase(w, x)).toList();
    }

    private void offer(java.util.Set<String> out, String candidate, String original) {
        if (!candidate.isEmpty() && !candidate.equals(original) && known(candidate)) {
            out.add(candidate);
        }
    }

    static String stripPossessive(String w) {
        if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("'S"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 2 && w.endsWith("s'")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
