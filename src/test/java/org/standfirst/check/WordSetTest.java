package org.standfirst.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The packed word set answers as the hash set it replaced did: every word of the British list is
 * known to the dictionary as listed, and words that are only the start or end of a listed word,
 * or one letter off, are not.
 */
class WordSetTest {
    @Test
    void knowsExactlyTheWordsItWasGiven() {
        WordSet set = WordSet.of(List.of("care", "career", "careers", "café", "zoo", "a", "care"));
        assertThat(set.size()).isEqualTo(6);
        for (String w : List.of("care", "career", "careers", "café", "zoo", "a")) {
            assertThat(set.contains(w)).as(w).isTrue();
        }
        for (String w : List.of("", "car", "caree", "careerss", "cafe", "Care", "zo", "zoos", "b", "aa")) {
            assertThat(set.contains(w)).as(w).isFalse();
        }
        assertThat(WordSet.of(List.of()).contains("care")).isFalse();
    }

    @Test
    void theDictionaryAnswersAsHashSetsOfTheListDo() throws IOException {
        BritishDictionary d = BritishDictionary.loadUncached();
        List<String> listed = new ArrayList<>();
        try (var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                BritishDictionary.class.getResourceAsStream("/org/standfirst/check/dict/british-english.txt.gz")),
                StandardCharsets.UTF_8))) {
            r.lines().map(String::strip).filter(w -> !w.isEmpty() && !w.startsWith("#")).forEach(listed::add);
        }
        // The sets the dictionary held before it was packed, built as it built them.
        Set<String> lower = new HashSet<>();
        Set<String> proper = new HashSet<>();
        for (String w : listed) {
            if (Character.isUpperCase(w.charAt(0))) {
                proper.add(w.toLowerCase(Locale.ROOT));
            } else {
                lower.add(w);
            }
        }
        assertThat(d.dictionaryWords()).isEqualTo(lower.size() + proper.size()).isGreaterThan(70_000);
        int known = 0;
        for (String w : listed) {
            String capital = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            for (String v : List.of(w, capital, w.toLowerCase(Locale.ROOT), w + "qx", w.substring(0, w.length() - 1) + "q")) {
                String l = v.toLowerCase(Locale.ROOT);
                boolean before = lower.contains(l) || (Character.isUpperCase(v.charAt(0)) && proper.contains(l));
                if (!before && d.isVocabulary(l)) {
                    continue; // the scientific vocabulary is a further list, unchanged
                }
                assertThat(d.knows(v)).as(v).isEqualTo(before);
                known += before ? 1 : 0;
            }
        }
        assertThat(known).isGreaterThan(listed.size());
        assertThat(d.knows("London")).isTrue();
        assertThat(d.knows("Londonqx")).isFalse();
    }
}
