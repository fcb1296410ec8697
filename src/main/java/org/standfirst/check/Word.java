package org.standfirst.check;

/**
 * A word of prose: a run of letters and digits with apostrophes and hyphens inside.
 *
 * @param sentenceStart true for the first word of a sentence (capitals there prove nothing)
 */
public record Word(int start, int end, String text, boolean sentenceStart) {
    public int length() {
        return end - start;
    }

    public boolean hasLetter() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public boolean hasDigit() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Two or more letters, all capitals (digits and hyphens allowed): NHS, BRCA1, PD-L1. */
    public boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
