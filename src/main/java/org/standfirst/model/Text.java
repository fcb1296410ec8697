package org.standfirst.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small string rules shared by the domain. */
public final class Text {
    private Text() {
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Counts words the way readers do: runs of letters or digits, apostrophes and hyphens inside. */
    public static int wordCount(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c)
                    || ((c == '\'' || c == '\u2019' || c == '-') && inWord);
            if (wordChar && !inWord) {
                count++;
            }
            inWord = wordChar;
        }
        return count;
    }

    /** Minutes to read at 230 words a minute, at least one for any text. */
    public static int readingMinutes(int words) {
        return words == 0 ? 0 : Math.max(1, (int) Math.round(words / 230.0));
    }

    /** Lower-case, hyphen-separated, ASCII: "Cryo-EM: a new view" becomes "cryo-em-a-new-view". */
    public static String slugOf(String text) {
        String s = java.text.Normalizer.normalize(orEmpty(text), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (s.length() > Slug.MAX_LENGTH) {
            s = s.substring(0, Slug.MAX_LENGTH).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "untitled" : s;
    }

    /** Tags trimmed, blank ones dropped, duplicates (ignoring case) removed, order kept. */
    public static List<String> cleanTags(List<String> tags) {
        List<String> out = new ArrayList<>();
        if (tags == null) {
            return out;
        }
        for (String t : tags) {
            String s = orEmpty(t).strip();
            if (!s.isEmpty() && out.stream().noneMatch(x -> x.equalsIgnoreCase(s))) {
                out.add(s);
            }
        }
        return out;
    }
}
