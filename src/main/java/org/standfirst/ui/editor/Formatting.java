package org.standfirst.ui.editor;

/**
 * The formatting toolbar's edits as pure functions: given the text and a selection they say
 * what to replace and where the selection goes, so the editor applies each as one undoable
 * change and the rules can be tested without a window.
 */
public final class Formatting {
    /** Replace [start, end) with text, then select [selStart, selEnd) in the new text. */
    public record Edit(int start, int end, String text, int selStart, int selEnd) {
    }

    private Formatting() {
    }

    public static Edit bold(String text, int from, int to) {
        return wrap(text, from, to, "**", "bold text");
    }

    public static Edit italic(String text, int from, int to) {
        return wrap(text, from, to, "_", "italic text");
    }

    /** Wraps the selection in a marker, or unwraps it when it is already wrapped. */
    static Edit wrap(String text, int from, int to, String mark, String placeholder) {
        // A word selected with Ctrl+Shift+Right (or a double-click in some editors) brings its
        // space along; "**word **" is not bold in Markdown, so the marks go round the words only.
        if (!text.substring(from, to).isBlank()) {
            while (Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
        }
        int m = mark.length();
        if (from >= m && to + m <= text.length()
                && text.startsWith(mark, from - m) && text.startsWith(mark, to)) {
            String inner = text.substring(from, to);
            return new Edit(from - m, to + m, inner, from - m, to - m);
        }
        String inner = from == to ? placeholder : text.substring(from, to);
        return new Edit(from, to, mark + inner + mark, from + m, from + m + inner.length());
    }

    public static Edit link(String text, int from, int to) {
        if (!text.substring(from, to).isBlank()) { // the link's words, not the space after them
            while (Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
        }
        String label = from == to ? "link text" : text.substring(from, to);
        String insert = "[" + label + "](https://)";
        int urlStart = from + label.length() + 3;
        return new Edit(from, to, insert, urlStart, urlStart + "https://".length());
    }

    public static Edit image(String text, int from, int to) {
        String alt = from == to ? "describe the image" : text.substring(from, to);
        String insert = "![" + alt + "](image.png)";
        return new Edit(from, to, insert, from + 2, from + 2 + alt.length());
    }

    // A list item's start: indent, then "-", "*", "+" or a number with "." or ")", then a space.
    private static final java.util.regex.Pattern LIST_ITEM =
            java.util.regex.Pattern.compile("^([ \\t]*)(?:[-*+]|(\\d{1,9})([.)]))[ \\t]+");

    /**
     * Enter in a list item, as in a word processor: the new line starts the next item ("- ", or
     * the next number); Enter on an item with nothing in it ends the list instead. Null when the
     * caret's line is no list item (or the caret is inside its marker): a plain new line then.
     */
    public static Edit newLine(String text, int from, int to) {
        int start = text.lastIndexOf('\n', from - 1) + 1;
        java.util.regex.Matcher m = LIST_ITEM.matcher(text.substring(start, from));
        if (!m.lookingAt()) {
            return null;
        }
        int lineEnd = text.indexOf('\n', to);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        if (from - start == m.end() && text.substring(to, lineEnd).isBlank()) {
            // The empty item becomes the blank line that ends the list in Markdown.
            return new Edit(start, lineEnd, "\n", start + 1, start + 1);
        }
        String marker = m.group();
        if (m.group(2) != null) {
            long n = Long.parseLong(m.group(2)) + 1;
            marker = m.group(1) + n + m.group(3) + marker.substring(m.end(3));
        }
        String insert = "\n" + marker;
        return new Edit(from, to, insert, from + insert.length(), from + insert.length());
    }

    /** Cycles the heading level of the current lines: none, ##, ###, none. */
    public static Edit heading(String text, int from, int to) {
        return prefixLines(text, from, to, line -> {
            if (line.startsWith("### ")) {
                return line.substring(4);
            }
            if (line.startsWith("## ")) {
                return "#" + line;
            }
            if (line.startsWith("# ")) {
                return "#" + line;
            }
            return "## " + line;
        });
    }

    public static Edit quote(String text, int from, int to) {
        return toggleLinePrefix(text, from, to, "> ");
    }

    public static Edit bulletList(String text, int from, int to) {
        return toggleLinePrefix(text, from, to, "- ");
    }

    /**
     * Tab on list items: each moves one level in (nested under the item above: indented by the
     * width of its own marker, as CommonMark asks) or, with out, one level back. Null when a line
     * in the range is not a list item, or nothing can come out: then Tab is not the list's.
     */
    public static Edit nestList(String text, int from, int to, boolean out) {
        int[] range = lineRange(text, from, to);
        java.util.List<String> lines = text.substring(range[0], range[1]).lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty() || !lines.stream().allMatch(l -> LIST_ITEM.matcher(l).find())) {
            return null;
        }
        if (out && lines.stream().noneMatch(l -> l.startsWith(" "))) {
            return null;
        }
        return prefixLines(text, from, to, line -> {
            java.util.regex.Matcher m = LIST_ITEM.matcher(line);
            if (!m.find()) {
                return line;
            }
            int width = m.end() - m.group(1).length(); // the marker and the space after it
            if (!out) {
                return " ".repeat(width) + line;
            }
            return line.substring(Math.min(width, m.group(1).length()));
        });
    }

    private static Edit toggleLinePrefix(String text, int from, int to, String prefix) {
        int[] range = lineRange(text, from, to);
        String block = text.substring(range[0], range[1]);
        if (block.isBlank() && !block.contains("\n")) {
            // An empty line starts the list (or quote) there, ready to type into.
            return new Edit(range[0], range[1], prefix, range[0] + prefix.length(), range[0] + prefix.length());
        }
        boolean all = text.substring(range[0], range[1]).lines().allMatch(l -> l.startsWith(prefix) || l.isBlank());
        return prefixLines(text, from, to, line -> all
                ? (line.startsWith(prefix) ? line.substring(prefix.length()) : line)
                : (line.isBlank() || line.startsWith(prefix) ? line : prefix + line));
    }

    private static Edit prefixLines(String text, int from, int to, java.util.function.UnaryOperator<String> f) {
        int[] range = lineRange(text, from, to);
        String block = text.substring(range[0], range[1]);
        String[] lines = block.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(f.apply(lines[i]));
        }
        String replaced = out.toString();
        int caret = range[0] + replaced.length();
        if (lines.length == 1) {
            // A single line keeps the caret at the end of what was there, as writers expect.
            int delta = replaced.length() - block.length();
            caret = Math.max(range[0], Math.min(range[0] + replaced.length(), to + delta));
            return new Edit(range[0], range[1], replaced, caret, caret);
        }
        return new Edit(range[0], range[1], replaced, range[0], caret);
    }

    private static int[] lineRange(String text, int from, int to) {
        int start = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
        if (from == 0) {
            start = 0;
        }
        int end = text.indexOf('\n', Math.max(to, start));
        if (to > from && to > 0 && text.charAt(to - 1) == '\n') {
            end = to - 1; // a selection ending at a line start does not take in the next line
        }
        return new int[] {start, end < 0 ? text.length() : end};
    }
}
