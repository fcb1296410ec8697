package org.standfirst.check;

import java.util.List;

/** A sentence of one field: its source range, its words and the kind of block it is in. */
public record Sentence(int start, int end, List<Word> words, ProseText.BlockType blockType) {
    public Sentence {
        words = List.copyOf(words);
    }

    public int wordCount() {
        return words.size();
    }
}
