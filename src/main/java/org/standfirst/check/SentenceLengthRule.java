package org.standfirst.check;

import java.util.Set;

/** Long sentences lose readers: flags sentences over the pack's word limit. Headings are not sentences. */
public final class SentenceLengthRule extends Rule {
    private final int maxWords;

    public SentenceLengthRule(String id, Severity severity, String message, Set<String> fields, int maxWords) {
        super(id, severity, message, fields);
        this.maxWords = maxWords;
    }

    @Override
    protected Set<String> defaultFields() {
        return Set.of(Fields.STANDFIRST, Fields.BODY, Fields.NOTES_TO_EDITORS);
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        for (FieldText f : fieldsOf(item)) {
            for (Sentence s : f.sentences()) {
                if (s.wordCount() > maxWords && s.blockType() != ProseText.BlockType.HEADING) {
                    String m = message().replace("{words}", Integer.toString(s.wordCount())).replace("{max}", Integer.toString(maxWords));
                    sink.add(this, f, s.start(), s.end(), m, null);
                }
            }
        }
    }
}
