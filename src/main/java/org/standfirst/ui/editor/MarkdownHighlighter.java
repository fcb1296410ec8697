package org.standfirst.ui.editor;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Markdown syntax colouring for the body editor. Pure and thread-safe, so it runs off the FX
 * thread; the style classes are defined in standfirst.css for both themes.
 */
public final class MarkdownHighlighter {
    private static final Pattern FENCE = Pattern.compile("^(```|~~~)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s.*");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>.*");
    private static final Pattern LIST = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s");
    private static final Pattern INLINE = Pattern.compile(
            "(?<code>`[^`\\n]+`)"
            + "|(?<image>!\\[[^\\]\\n]*\\]\\([^)\\n]*\\))"
            + "|(?<link>\\[[^\\]\\n]*\\]\\([^)\\n]*\\))"
            + "|(?<strong>\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__)"
            + "|(?<em>\\*[^*\\s][^*\\n]*\\*|(?<![\\w])_[^_\\s][^_\\n]*_(?![\\w]))");

    private MarkdownHighlighter() {
    }

    public static StyleSpans<Collection<String>> compute(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        boolean inFence = false;
        int pos = 0;
        int len = text.length();
        boolean any = false;
        while (pos <= len) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? len : nl;
            String line = text.substring(pos, end);
            if (FENCE.matcher(line).find()) {
                add(spans, "md-code", line.length());
                inFence = !inFence;
            } else if (inFence) {
                add(spans, "md-code", line.length());
            } else if (HEADING.matcher(line).matches()) {
                add(spans, "md-heading", line.length());
            } else if (QUOTE.matcher(line).matches()) {
                add(spans, "md-quote", line.length());
            } else {
                inline(spans, line);
            }
            any = true;
            if (nl < 0) {
                break;
            }
            add(spans, null, 1); // the newline
            pos = nl + 1;
        }
        if (!any) {
            spans.add(List.of(), 0);
        }
        return spans.create();
    }

    private static void inline(StyleSpansBuilder<Collection<String>> spans, String line) {
        int last = 0;
        Matcher list = LIST.matcher(line);
        if (list.find()) {
            add(spans, "md-marker", list.end());
            last = list.end();
        }
        Matcher m = INLINE.matcher(line);
        m.region(last, line.length());
        while (m.find()) {
            String cls = m.group("code") != null ? "md-code"
                    : m.group("image") != null ? "md-link"
                    : m.group("link") != null ? "md-link"
                    : m.group("strong") != null ? "md-strong" : "md-em";
            add(spans, null, m.start() - last);
            add(spans, cls, m.end() - m.start());
            last = m.end();
        }
        add(spans, null, line.length() - last);
    }

    private static void add(StyleSpansBuilder<Collection<String>> spans, String cls, int length) {
        if (length > 0) {
            spans.add(cls == null ? List.of() : List.of(cls), length);
        }
    }
}
