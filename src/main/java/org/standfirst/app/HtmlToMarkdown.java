package org.standfirst.app;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A plain conversion of article HTML (as in a ninjs body) to Markdown: paragraphs, headings,
 * lists, quotes, emphasis, links and line breaks. Anything else keeps its text; scripts and
 * styles are dropped.
 */
final class HtmlToMarkdown {
    private HtmlToMarkdown() {
    }

    static String convert(String html) {
        Element body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        StringBuilder out = new StringBuilder();
        blocks(body, out, "");
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static void blocks(Element parent, StringBuilder out, String prefix) {
        StringBuilder inline = new StringBuilder();
        for (Node n : parent.childNodes()) {
            if (n instanceof Element e && isBlock(e)) {
                flush(inline, out, prefix);
                block(e, out, prefix);
            } else {
                inline(n, inline);
            }
        }
        flush(inline, out, prefix);
    }

    private static void block(Element e, StringBuilder out, String prefix) {
        String tag = e.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                StringBuilder sb = new StringBuilder();
                inlineChildren(e, sb);
                out.append(prefix).append("#".repeat(tag.charAt(1) - '0')).append(' ').append(sb.toString().strip()).append("\n\n");
            }
            case "ul", "ol" -> {
                int k = 1;
                for (Element li : e.children()) {
                    StringBuilder sb = new StringBuilder();
                    inlineChildren(li, sb);
                    out.append(prefix).append(tag.equals("ol") ? (k++) + ". " : "- ").append(sb.toString().strip()).append('\n');
                }
                out.append('\n');
            }
            case "blockquote" -> blocks(e, out, prefix + "> ");
            case "hr" -> out.append(prefix).append("---\n\n");
            case "script", "style" -> { }
            default -> blocks(e, out, prefix);
        }
    }

    private static void flush(StringBuilder inline, StringBuilder out, String prefix) {
        String s = inline.toString().replaceAll("[ \\t]+", " ").strip();
        if (!s.isEmpty()) {
            out.append(prefix).append(s.replace("\n", "\n" + prefix)).append("\n\n");
        }
        inline.setLength(0);
    }

    private static void inline(Node n, StringBuilder sb) {
        if (n instanceof TextNode t) {
            sb.append(t.text());
        } else if (n instanceof Element e) {
            switch (e.normalName()) {
                case "strong", "b" -> wrap(e, sb, "**");
                case "em", "i" -> wrap(e, sb, "*");
                case "code" -> sb.append('`').append(e.text()).append('`');
                case "br" -> sb.append("  \n");
                case "a" -> {
                    StringBuilder inner = new StringBuilder();
                    inlineChildren(e, inner);
                    String href = e.attr("href");
                    sb.append(href.isEmpty() ? inner : "[" + inner + "](" + href + ")");
                }
                case "img" -> sb.append("![").append(e.attr("alt")).append("](").append(e.attr("src")).append(')');
                case "script", "style" -> { }
                default -> inlineChildren(e, sb);
            }
        }
    }

    private static void wrap(Element e, StringBuilder sb, String mark) {
        StringBuilder inner = new StringBuilder();
        inlineChildren(e, inner);
        String s = inner.toString().strip();
        if (!s.isEmpty()) {
            sb.append(mark).append(s).append(mark);
        }
    }

    private static void inlineChildren(Element e, StringBuilder sb) {
        for (Node c : e.childNodes()) {
            inline(c, sb);
        }
    }

    private static boolean isBlock(Element e) {
        return switch (e.normalName()) {
            case "p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "hr",
                 "figure", "table", "pre", "script", "style" -> true;
            default -> false;
        };
    }
}
