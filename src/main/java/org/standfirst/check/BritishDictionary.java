package org.standfirst.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The built-in word lists, loaded once per process (about 75,000 words, about 1.5 MB of heap, the
 * two large lists packed as {@link WordSet}s):
 * British English from SCOWL (Debian's wbritish, see british-english.COPYRIGHT.txt), the
 * American-to-British map, and Standfirst's scientific and medical vocabulary.
 */
public final class BritishDictionary {
    private static final String DIR = "/org/standfirst/check/dict/";
    private static volatile BritishDictionary instance;

    /** Words written lower-case in the list: accepted in any case. */
    private final WordSet lower;
    /** Words written with a capital (London, Parkinson): accepted when capitalised; stored lower-case. */
    private final WordSet proper;
    /** Scientific and medical terms, lower-case. */
    private final Set<String> science;
    /** Scientific terms exactly as listed (BRCA1, cryo-EM), for the abbreviation rule. */
    private final Set<String> scienceAsWritten;
    private final Map<String, String> americanToBritish;

    private BritishDictionary(WordSet lower, WordSet proper, Set<String> science, Set<String> scienceAsWritten,
                              Map<String, String> americanToBritish) {
        this.lower = lower;
        this.proper = proper;
        this.science = science;
        this.scienceAsWritten = scienceAsWritten;
        this.americanToBritish = americanToBritish;
    }

    public static BritishDictionary get() {
        BritishDictionary d = instance;
        if (d == null) {
            synchronized (BritishDictionary.class) {
                d = instance;
                if (d == null) {
                    d = load();
                    instance = d;
                }
            }
        }
        return d;
    }

    /** Reads the lists afresh, bypassing the shared copy: for measuring load time and memory only. */
    public static BritishDictionary loadUncached() {
        return load();
    }

    private static BritishDictionary load() {
        List<String> lower = new ArrayList<>(80_000);
        List<String> proper = new ArrayList<>(20_000);
        read("british-english.txt.gz", true, w -> {
            if (Character.isUpperCase(w.charAt(0))) {
                proper.add(w.toLowerCase(Locale.ROOT));
            } else {
                lower.add(w);
            }
        });
        Set<String> science = new HashSet<>();
        Set<String> asWritten = new HashSet<>();
        read("science.txt", false, w -> {
            asWritten.add(w);
            science.add(w.toLowerCase(Locale.ROOT));
            for (String part : w.split("[\\s-]+")) {
                science.add(part.toLowerCase(Locale.ROOT));
            }
        });
        Map<String, String> map = new HashMap<>();
        Consumer<String> pair = line -> {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                map.put(line.substring(0, tab), line.substring(tab + 1).strip());
            }
        };
        read("american-british.generated.tsv", false, pair);
        read("american-british.tsv", false, pair);
        return new BritishDictionary(WordSet.of(lower), WordSet.of(proper), science, Collections.unmodifiableSet(asWritten), map);
    }

    private static void read(String name, boolean gzip, Consumer<String> each) {
        try (InputStream raw = BritishDictionary.class.getResourceAsStream(DIR + name)) {
            if (raw == null) {
                throw new IllegalStateException("The word list " + name + " is missing from the application");
            }
            InputStream in = gzip ? new GZIPInputStream(raw, 65536) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 65536);
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    each.accept(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the word list " + name, e);
        }
    }

    /** How many words the British list holds (a sanity figure for the benchmark). */
    public int dictionaryWords() {
        return lower.size() + proper.size();
    }

    /** True when a single word (no hyphens; apostrophe forms allowed) is British English or vocabulary. */
    public boolean knows(String word) {
        String w = word.replace('\u2019', '\'');
        String l = w.toLowerCase(Locale.ROOT);
        if (lower.contains(l) || science.contains(l)) {
            return true;
        }
        return Character.isUpperCase(w.charAt(0)) && proper.contains(l);
    }

    /** True when the term is in the scientific vocabulary (any case). */
    public boolean isVocabulary(String term) {
        return science.contains(term.toLowerCase(Locale.ROOT));
    }

    /** Abbreviations and genes listed in the vocabulary, exactly as written there. */
    public Set<String> vocabularyAsWritten() {
        return scienceAsWritten;
    }

    /** The British form of an American spelling in the lists, lower-case, or null. */
    public String britishFor(String lowerWord) {
        return americanToBritish.get(lowerWord);
    }
}
