package org.standfirst.ui.review;

/**
 * A comment or suggestion to mark in the body text: its id and range in the text it was anchored
 * in, and for a suggestion the words it would put in place of that range.
 */
public record ReviewMark(Kind kind, String id, int start, int end, String replacement) {
    public enum Kind {
        COMMENT("comment-mark"), SUGGESTION("suggestion-mark");

        private final String styleClass;

        Kind(String styleClass) {
            this.styleClass = styleClass;
        }

        /** The editor's style class for it (in panels.css, for both themes). */
        public String styleClass() {
            return styleClass;
        }
    }
}
