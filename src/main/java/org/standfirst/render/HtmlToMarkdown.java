package org.standfirst.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Clean Markdown from HTML pasted out of a word processor or a web page: headings, paragraphs,
 * bold, italic, links, lists (nested), quotes, line breaks, code and simple tables are kept;
 * styles, classes, scripts, comments, forms and Word's {@code <o:p>} and {@code mso-} furniture
 * are dropped. Word's fake lists (paragraphs styled {@code mso-list: l0 level2}) and Google
 * Docs' bold and italic spans become real Markdown. Links and images keep only safe URLs
 * ({@link UrlPolicy}); images from the clipboard's local files are dropped (their alt text stays).
 */
public final class HtmlToMarkdown {
    private static final Set<String> DROPPED = Set.of("script", "style", "meta", "link", "head", "title", "noscript",
            "template", "iframe", "object", "embed", "svg", "math", "canvas", "audio", "video", "input", "button",
            "select", "textarea", "form", "xml", "o:p", "frame", "frameset", "applet", "base");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "figure", "figcaption", "address", "center", "dl", "dt", "dd", "details", "summary",
            "body", "html", "li", "td", "th", "caption", "fieldset", "hgroup");
    private static final Pattern MSO_LEVEL = Pattern.compile("mso-list:\\s*l\\d+\\s+level(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDERED_MARK = Pattern.compile("(\\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]");
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f\\u00a0]+");

    private HtmlToMarkdown() {
    }

    /** Markdown for the HTML, without a trailing newline; "" when nothing readable is left. */
    public static String convert(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        List<String> blocks = new ArrayList<>();
        blocks(doc.body(), blocks);
        String md = String.join("\n\n", blocks);
        return md.replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Appends the Markdown blocks of a container's children. */
    private static void blocks(Element parent, List<String> out) {
        StringBuilder para = new StringBuilder();
        List<Node> children = parent.childNodes();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (!(child instanceof Element e)) {
                inline(child, para, false);
                continue;
            }
            String name = e.normalName();
            if (DROPPED.contains(name) || name.startsWith("v:") || name.startsWith("o:")) {
                continue;
            }
            if (wordListLevel(e) > 0) {
                flush(para, out);
                List<Element> run = new ArrayList<>();
                int j = i;
                while (j < children.size()) {
                    Node n = children.get(j);
                    if (n instanceof Element el && wordListLevel(el) > 0) {
                        run.add(el);
                    } else if (!(n instanceof TextNode t && t.isBlank())) {
                        break;
                    }
                    j++;
                }
                out.add(wordList(run));
                i = j - 1;
            } else if (HEADINGS.contains(name)) {
                flush(para, out);
                String text = oneLine(inlineOf(e));
                if (!text.isEmpty()) {
                    out.add("#".repeat(name.charAt(1) - '0') + " " + text);
                }
            } else if (name.equals("ul") || name.equals("ol")) {
                flush(para, out);
                String list = list(e);
                if (!list.isEmpty()) {
                    out.add(list);
                }
            } else if (name.equals("blockquote")) {
                flush(para, out);
                List<String> inner = new ArrayList<>();
                blocks(e, inner);
                if (!inner.isEmpty()) {
                    out.add(prefixLines(String.join("\n\n", inner), "> ", ">"));
                }
            } else if (name.equals("pre")) {
                flush(para, out);
                String code = e.wholeText().replaceAll("\\s+$", "");
                if (!code.isBlank()) {
                    String fence = code.contains("```") ? "~~~" : "```";
                    out.add(fence + "\n" + code + "\n" + fence);
                }
            } else if (name.equals("hr")) {
                flush(para, out);
                out.add("---");
            } else if (name.equals("table")) {
                flush(para, out);
                table(e, out);
            } else if (BLOCKS.contains(name)) {
                flush(para, out);
                blocks(e, out);
            } else {
                inline(e, para, false);
            }
        }
        flush(para, out);
    }

    private static void flush(StringBuilder para, List<String> out) {
        String text = tidy(para.toString());
        para.setLength(0);
        if (!text.isEmpty()) {
            out.add(escapeLineStarts(text));
        }
    }

    /** Collapses spaces, trims each line, drops hard breaks at the ends of a paragraph. */
    private static String tidy(String s) {
        String t = s.replaceAll(" {2,}", " ").replaceAll(" *\\\\\n *", "\\\\\n").strip();
        while (t.endsWith("\\")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (t.startsWith("\\\n")) {
            t = t.substring(2).strip();
        }
        return t;
    }

    private static String oneLine(String s) {
        return tidy(s).replace("\\\n", " ").replaceAll(" {2,}", " ").strip();
    }

    private static String inlineOf(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            inline(n, sb, false);
        }
        return sb.toString();
    }

    /** Appends the inline Markdown of a node. Block elements met inside inline content become breaks. */
    private static void inline(Node node, StringBuilder sb, boolean inCode) {
        if (node instanceof TextNode t) {
            String text = WHITESPACE.matcher(t.getWholeText()).replaceAll(" ");
            if (!text.isEmpty()) {
                if (text.equals(" ") && (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ' || endsWithBreak(sb))) {
                    return;
                }
                sb.append(inCode ? text : escape(text));
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return; // comments, Word's conditional comments, doctype
        }
        String name = e.normalName();
        if (DROPPED.contains(name) || name.startsWith("v:") || name.startsWith("o:") || isWordListMarker(e)) {
            return;
        }
        switch (name) {
            case "br" -> sb.append("\\\n");
            case "img" -> image(e, sb);
            case "a" -> link(e, sb);
            case "code", "kbd", "samp", "tt" -> code(e, sb);
            case "strong", "b" -> wrap(e, sb, isNormalWeight(e) ? "" : "**");
            case "em", "i", "cite", "dfn" -> wrap(e, sb, isNormalStyle(e) ? "" : "*");
            case "span", "font" -> wrap(e, sb, spanMarks(e));
            default -> {
                boolean block = BLOCKS.contains(name) || HEADINGS.contains(name) || name.equals("ul")
                        || name.equals("ol") || name.equals("blockquote") || name.equals("pre") || name.equals("tr");
                if (block && sb.length() > 0 && !endsWithBreak(sb)) {
                    sb.append("\\\n");
                }
                for (Node n : e.childNodes()) {
                    inline(n, sb, inCode);
                }
                if (block && sb.length() > 0 && !endsWithBreak(sb)) {
                    sb.append("\\\n");
                }
            }
        }
    }

    private static boolean endsWithBreak(StringBuilder sb) {
        return sb.length() >= 2 && sb.charAt(sb.length() - 1) == '\n' && sb.charAt(sb.length() - 2) == '\\';
    }

    /** Wraps an element's inline Markdown in a mark, moving edge spaces outside it. */
    private static void wrap(Element e, StringBuilder sb, String mark) {
        String inner = inlineOf(e);
        if (mark.isEmpty() || inner.isBlank()) {
            sb.append(inner);
            return;
        }
        String core = inner.strip();
        if (core.startsWith(mark) && core.endsWith(mark) && core.length() > 2 * mark.length()) {
            mark = ""; // already marked inside: <b><strong>x</strong></b>
        }
        if (Character.isWhitespace(inner.charAt(0))) {
            sb.append(' ');
        }
        sb.append(mark).append(core).append(mark);
        if (Character.isWhitespace(inner.charAt(inner.length() - 1))) {
            sb.append(' ');
        }
    }

    /** Google Docs and others mark bold and italic with styles on spans. */
    private static String spanMarks(Element e) {
        String style = style(e);
        boolean bold = style.matches(".*font-weight:\\s*(bold|bolder|[6-9]00).*");
        boolean italic = style.contains("font-style:italic") || style.contains("font-style: italic");
        return bold && italic ? "***" : bold ? "**" : italic ? "*" : "";
    }

    /** Google Docs wraps a whole paste in {@code <b style="font-weight:normal">}: not bold. */
    private static boolean isNormalWeight(Element e) {
        return style(e).matches(".*font-weight:\\s*(normal|[1-4]00).*");
    }

    private static boolean isNormalStyle(Element e) {
        return style(e).matches(".*font-style:\\s*normal.*");
    }

    private static String style(Element e) {
        return e.attr("style").toLowerCase(Locale.ROOT);
    }

    private static void link(Element e, StringBuilder sb) {
        String text = inlineOf(e);
        String href = UrlPolicy.link(e.attr("href"));
        // A relative link or an in-page anchor lost its page on the way through the clipboard.
        if (href == null || text.isBlank() || UrlPolicy.scheme(href) == null) {
            sb.append(text);
            return;
        }
        String core = oneLine(text);
        if (Character.isWhitespace(text.charAt(0))) {
            sb.append(' ');
        }
        sb.append('[').append(core).append("](").append(destination(href)).append(')');
        if (Character.isWhitespace(text.charAt(text.length() - 1))) {
            sb.append(' ');
        }
    }

    private static void image(Element e, StringBuilder sb) {
        String alt = WHITESPACE.matcher(e.attr("alt")).replaceAll(" ").strip();
        String src = UrlPolicy.image(e.attr("src"));
        if (src == null || src.isEmpty() || !(src.startsWith("http://") || src.startsWith("https://"))) {
            // Relative paths and data URLs from a clipboard mean nothing in the workspace.
            if (!alt.isEmpty()) {
                sb.append(escape(alt));
            }
            return;
        }
        sb.append("![").append(escape(alt)).append("](").append(destination(src)).append(')');
    }

    /** A link destination Markdown reads back as written: in angle brackets when it has spaces or parentheses. */
    private static String destination(String url) {
        if (url.matches("[^\\s()<>]*")) {
            return url;
        }
        return "<" + url.replace("<", "%3C").replace(">", "%3E").replace("\n", "") + ">";
    }

    private static void code(Element e, StringBuilder sb) {
        String text = WHITESPACE.matcher(e.wholeText()).replaceAll(" ");
        if (text.isBlank()) {
            sb.append(text);
            return;
        }
        String ticks = "`";
        while (text.contains(ticks)) {
            ticks += "`";
        }
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        sb.append(ticks).append(pad).append(text).append(pad).append(ticks);
    }

    /** An HTML list, with nested lists (also the invalid ul-directly-in-ul that editors produce). */
    private static String list(Element listEl) {
        boolean ordered = listEl.normalName().equals("ol");
        int number = 1;
        if (ordered && listEl.hasAttr("start")) {
            try {
                number = Integer.parseInt(listEl.attr("start").strip());
            } catch (NumberFormatException ignored) {
                // keep 1
            }
        }
        List<String> items = new ArrayList<>();
        for (Element child : listEl.children()) {
            String name = child.normalName();
            if (name.equals("ul") || name.equals("ol")) {
                String nested = list(child);
                if (!nested.isEmpty() && !items.isEmpty()) {
                    String last = items.remove(items.size() - 1);
                    int width = markerWidth(last);
                    items.add(last + "\n" + indent(nested, width));
                } else if (!nested.isEmpty()) {
                    items.add(nested);
                }
                continue;
            }
            if (!name.equals("li")) {
                continue;
            }
            String marker = ordered ? (number++) + ". " : "- ";
            List<String> blocks = new ArrayList<>();
            blocks(child, blocks);
            if (blocks.isEmpty()) {
                continue;
            }
            StringBuilder item = new StringBuilder();
            for (int b = 0; b < blocks.size(); b++) {
                String block = blocks.get(b);
                if (b == 0) {
                    item.append(marker).append(indent(block, marker.length()).substring(marker.length()));
                } else {
                    // A nested list follows its item's line directly (a tight list); other blocks need a blank line.
                    boolean nestedList = block.startsWith("- ") || block.matches("(?s)\\d+\\. .*");
                    item.append(nestedList ? "\n" : "\n\n").append(indent(block, marker.length()));
                }
            }
            items.add(item.toString());
        }
        return String.join("\n", items);
    }

    private static int markerWidth(String item) {
        Matcher m = Pattern.compile("^(- |\\d+\\. )").matcher(item);
        return m.find() ? m.group(1).length() : 2;
    }

    private static String indent(String text, int width) {
        String pad = " ".repeat(width);
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            if (!line.isEmpty()) {
                sb.append(pad).append(line);
            }
        }
        return sb.toString();
    }

    private static String prefixLines(String text, String prefix, String emptyPrefix) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line.isEmpty() ? emptyPrefix : prefix + line);
        }
        return sb.toString();
    }

    /** The list level of a Word list paragraph ({@code style="mso-list:l0 level2 lfo1"}), or 0. */
    private static int wordListLevel(Element e) {
        if (!e.normalName().equals("p")) {
            return 0;
        }
        Matcher m = MSO_LEVEL.matcher(e.attr("style"));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static boolean isWordListMarker(Element e) {
        return e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "").contains("mso-list:ignore");
    }

    /** Word's list paragraphs as a nested Markdown list: the marker span tells bullets from numbers. */
    private static String wordList(List<Element> paragraphs) {
        StringBuilder sb = new StringBuilder();
        List<Integer> widths = new ArrayList<>(); // marker width per open level
        List<Integer> numbers = new ArrayList<>();
        for (Element p : paragraphs) {
            int level = Math.max(1, Math.min(wordListLevel(p), widths.size() + 1));
            Element marker = p.select("span").stream().filter(HtmlToMarkdown::isWordListMarker).findFirst().orElse(null);
            String markText = marker == null ? "" : WHITESPACE.matcher(marker.text()).replaceAll("").strip();
            boolean ordered = ORDERED_MARK.matcher(markText).matches();
            while (widths.size() > level) {
                widths.remove(widths.size() - 1);
                numbers.remove(numbers.size() - 1);
            }
            if (widths.size() < level) {
                widths.add(0);
                numbers.add(0);
            }
            int n = numbers.get(level - 1) + 1;
            numbers.set(level - 1, n);
            String mark = ordered ? n + ". " : "- ";
            widths.set(level - 1, mark.length());
            int indent = 0;
            for (int l = 0; l < level - 1; l++) {
                indent += widths.get(l);
            }
            String text = oneLine(inlineOf(p));
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(" ".repeat(indent)).append(mark).append(text);
        }
        return sb.toString();
    }

    /** Simple tables become Markdown tables; a table with merged or block cells becomes paragraphs. */
    private static void table(Element table, List<String> out) {
        List<Element> rows = table.select("tr");
        rows.removeIf(r -> r.closest("table") != table);
        boolean simple = !rows.isEmpty();
        int columns = 0;
        for (Element row : rows) {
            List<Element> cells = row.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
            columns = Math.max(columns, cells.size());
            for (Element cell : cells) {
                if (cell.hasAttr("colspan") && !cell.attr("colspan").equals("1")
                        || cell.hasAttr("rowspan") && !cell.attr("rowspan").equals("1")
                        || !cell.select("table, ul, ol, blockquote, pre, h1, h2, h3, h4, h5, h6").isEmpty()) {
                    simple = false;
                }
            }
        }
        if (!simple || columns == 0) {
            blocks(table, out);
            return;
        }
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Element row : rows) {
            List<String> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(oneLine(inlineOf(cell)).replace("|", "\\|"));
                }
            }
            while (cells.size() < columns) {
                cells.add("");
            }
            sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (first) {
                sb.append("|").append(" --- |".repeat(columns)).append('\n');
                first = false;
            }
        }
        out.add(sb.toString().strip());
    }

    /** Escapes the characters that would otherwise become Markdown inside running text. */
    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']', '<' -> sb.append('\\').append(c);
                case '_' -> {
                    boolean inWord = i > 0 && i < text.length() - 1
                            && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
                    sb.append(inWord ? "_" : "\\_");
                }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final Pattern LINE_START = Pattern.compile("(?m)^(#{1,6}(?=\\s|$)|>|[-+](?=\\s)|(\\d+)([.)])(?=\\s|$)|=+\\s*$|-{3,}\\s*$)");

    /** A paragraph line that would start a heading, quote or list is escaped so it stays text. */
    private static String escapeLineStarts(String text) {
        Matcher m = LINE_START.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String hit = m.group(1);
            String replacement;
            if (m.group(2) != null) {
                replacement = m.group(2) + "\\" + m.group(3);
            } else {
                replacement = "\\" + hit;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
