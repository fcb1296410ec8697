package org.standfirst.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Comments and suggestions shown in the preview, and only there: commented words in
 * {@code <mark class="sf-comment" data-thread="…">}, a suggestion's words in
 * {@code <del class="sf-suggest">} followed by its replacement in {@code <ins class="sf-suggest">}.
 * Exports never call this, so no comment reaches a published file.
 *
 * <p>How: ranges are offsets in the Markdown source, which the HTML does not keep. So before
 * rendering, each range's ends get a token the renderer passes through as ordinary text (two
 * rare Unicode punctuation marks around a private-use character carrying the mark's number;
 * punctuation so that emphasis next to it still parses as it would without it), and after
 * rendering the tokens in the text are turned into elements with jsoup, one per text run, so a
 * comment across bold words or several paragraphs is marked in each piece. Tokens in attributes
 * (a range ending inside a link's address) are removed. Every text and id goes in through
 * jsoup's DOM, escaped: nothing in a comment or suggestion can become markup or script.
 */
public final class PreviewMarks {
    static final char OPEN = '\u2E2A';
    static final char CLOSE = '\u2E2B';
    private static final char FIRST_NUMBER = '\uE000';
    private static final int MAX_MARKS = 0xF8FF - 0xE000;
    private static final Pattern TOKEN = Pattern.compile("([\u2E2A\u2E2B])([\uE000-\uF8FF])\\1");
    private static final Pattern ENCODED_TOKEN = Pattern.compile(
            "%E2%B8%A[AB]%E[EF]%[89AB][0-9A-F]%[89AB][0-9A-F]%E2%B8%A[AB]", Pattern.CASE_INSENSITIVE);
    /** What may start a line before its words: heading, quote, list and table markers, fences. */
    private static final Pattern LINE_PREFIX = Pattern.compile(
            "(?:[ \\t]{0,3}(?:#{1,6}(?=[ \\t]|$)|>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t])|`{3,}|~{3,}|\\|)[ \\t]*)*");

    /** A comment or suggestion over [start, end) of the Markdown; a suggestion's insertion is plain text. */
    public record Mark(Kind kind, String id, int start, int end, String insertion) {
        public enum Kind { COMMENT, SUGGESTION }
    }

    private PreviewMarks() {
    }

    /**
     * The Markdown with each mark's ends tokenised, ready to render. Marks that no longer fit the
     * text are left out; a text that already holds the token characters is returned unchanged.
     */
    public static String withTokens(String markdown, List<Mark> marks) {
        if (marks.isEmpty() || marks.size() > MAX_MARKS || markdown.indexOf(OPEN) >= 0 || markdown.indexOf(CLOSE) >= 0) {
            return markdown;
        }
        List<int[]> inserts = new ArrayList<>(); // {position, order at that position, markIndex, isClose}
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            if (m.start() < 0 || m.end() > markdown.length() || m.end() < m.start()) {
                continue;
            }
            int s = startAt(markdown, m.start(), m.end());
            int e = m.end() == m.start() ? s : endAt(markdown, m.end(), s);
            if (e < s || e == s && m.end() > m.start()) {
                continue; // only whitespace or line markers were chosen
            }
            // At one position a mark that ends closes before one that starts opens; an insertion opens then closes.
            inserts.add(new int[] {s, 1, i, 0});
            inserts.add(new int[] {e, e == s ? 2 : 0, i, 1});
        }
        inserts.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        // One pass, copying the text between tokens: inserting into the middle again and again
        // would copy a long body once per token.
        StringBuilder out = new StringBuilder(markdown.length() + inserts.size() * 3);
        int from = 0;
        for (int[] x : inserts) {
            out.append(markdown, from, x[0]).append(token(x[3] == 1 ? CLOSE : OPEN, x[2]));
            from = x[0];
        }
        out.append(markdown, from, markdown.length());
        return out.toString();
    }

    private static String token(char kind, int index) {
        return new String(new char[] {kind, (char) (FIRST_NUMBER + index), kind});
    }

    /** A start moved past white space and past the markers that begin its line, so the blocks parse as before. */
    private static int startAt(String md, int start, int end) {
        int s = start;
        for (int round = 0; round < 3; round++) {
            while (s < end && Character.isWhitespace(md.charAt(s))) {
                s++;
            }
            int lineStart = md.lastIndexOf('\n', s - 1) + 1;
            Matcher p = LINE_PREFIX.matcher(md).region(lineStart, md.length());
            if (p.lookingAt() && s < p.end() && p.end() > lineStart) {
                s = p.end();
            } else {
                break;
            }
        }
        // A token just before a quotation mark would make printers' quotes take it for a closing one.
        while (s < end && (md.charAt(s) == '"' || md.charAt(s) == '\'')) {
            s++;
        }
        return s;
    }

    /** An end moved back over white space and out of a line's leading markers. */
    private static int endAt(String md, int end, int start) {
        int e = end;
        for (int round = 0; round < 3; round++) {
            while (e > start && Character.isWhitespace(md.charAt(e - 1))) {
                e--;
            }
            int lineStart = md.lastIndexOf('\n', e - 1) + 1;
            Matcher p = LINE_PREFIX.matcher(md).region(lineStart, md.length());
            if (lineStart > start && p.lookingAt() && e <= p.end() && p.end() > lineStart) {
                e = lineStart; // back to the end of the line before
            } else {
                break;
            }
        }
        return e;
    }

    /** The rendered body with its tokens made into marks; blocks untouched keep their keys. */
    public static RenderedBody apply(RenderedBody body, List<Mark> marks) {
        if (marks.isEmpty()) {
            return body;
        }
        Map<Integer, Mark> active = new LinkedHashMap<>();
        List<RenderedBlock> blocks = new ArrayList<>(body.blocks().size());
        StringBuilder html = new StringBuilder(body.html().length() + 256);
        for (RenderedBlock b : body.blocks()) {
            RenderedBlock out = b;
            if (!active.isEmpty() || hasToken(b.html())) {
                String marked = mark(b.html(), marks, active);
                out = new RenderedBlock(b.key() + "-m" + Integer.toHexString(marked.hashCode()), b.startLine(), b.endLine(), marked);
            }
            blocks.add(out);
            html.append(html.length() == 0 ? "" : "\n").append(out.html());
        }
        return new RenderedBody(blocks, html.toString(), body.wordCount(), body.charCount(), body.headings(), body.images());
    }

    private static boolean hasToken(String html) {
        return html.indexOf(OPEN) >= 0 || html.indexOf(CLOSE) >= 0 || html.indexOf("%E2%B8%A") >= 0
                || html.indexOf("%e2%b8%a") >= 0;
    }

    private static String mark(String html, List<Mark> marks, Map<Integer, Mark> active) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Element root = doc.body();
        for (Element el : root.getAllElements()) {
            for (Attribute a : new ArrayList<>(el.attributes().asList())) {
                String v = a.getValue();
                if (v != null && hasToken(v)) {
                    el.attr(a.getKey(), ENCODED_TOKEN.matcher(TOKEN.matcher(v).replaceAll("")).replaceAll(""));
                }
            }
        }
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((n, depth) -> {
            if (n instanceof TextNode t) {
                texts.add(t);
            }
        }, root);
        for (TextNode t : texts) {
            String text = t.getWholeText();
            if (active.isEmpty() && text.indexOf(OPEN) < 0 && text.indexOf(CLOSE) < 0) {
                continue;
            }
            List<Node> parts = new ArrayList<>();
            Matcher m = TOKEN.matcher(text);
            int last = 0;
            while (m.find()) {
                addRun(parts, text.substring(last, m.start()), active);
                int index = m.group(2).charAt(0) - FIRST_NUMBER;
                Mark mark = index < marks.size() ? marks.get(index) : null;
                if (mark != null && m.group(1).charAt(0) == OPEN) {
                    active.put(index, mark);
                } else if (mark != null) {
                    active.remove(index);
                    if (mark.kind() == Mark.Kind.SUGGESTION && mark.insertion() != null && !mark.insertion().isEmpty()) {
                        Element ins = new Element("ins").addClass("sf-suggest").attr("data-suggestion", mark.id());
                        ins.appendChild(new TextNode(mark.insertion()));
                        parts.add(ins);
                    }
                }
                last = m.end();
            }
            addRun(parts, text.substring(last), active);
            if (parts.size() == 1 && parts.get(0) instanceof TextNode only && only.getWholeText().equals(text)) {
                continue;
            }
            for (Node p : parts) {
                t.before(p);
            }
            t.remove();
        }
        return root.html();
    }

    /** A run of text inside the marks open now: one element per mark, outermost first. */
    private static void addRun(List<Node> parts, String text, Map<Integer, Mark> active) {
        if (text.isEmpty()) {
            return;
        }
        // White space between blocks (a new line between list items) is left as it is.
        if (active.isEmpty() || text.isBlank() && text.indexOf('\n') >= 0) {
            parts.add(new TextNode(text));
            return;
        }
        Element outer = null;
        Element inner = null;
        for (Mark m : active.values()) {
            Element e = m.kind() == Mark.Kind.COMMENT
                    ? new Element("mark").addClass("sf-comment").attr("data-thread", m.id())
                    : new Element("del").addClass("sf-suggest").attr("data-suggestion", m.id());
            if (outer == null) {
                outer = e;
            } else {
                inner.appendChild(e);
            }
            inner = e;
        }
        inner.appendChild(new TextNode(text));
        parts.add(outer);
    }

    /** The preview's own styles for the marks (light page, as published). */
    public static final String STYLE = "<style>"
            + "mark.sf-comment{background:#fff3b0;color:inherit;border-bottom:2px solid #d4a72c;padding:0 1px}"
            // Words under two or more comments: a stronger tint, as in the editor.
            + "mark.sf-comment mark.sf-comment{background:#fae17d;border-bottom-width:3px;padding:0}"
            + "del.sf-suggest{background:#ffe4e2;color:#8c1d18;text-decoration:line-through}"
            + "ins.sf-suggest{background:#d8f5dd;color:#0f5323;text-decoration:underline;margin-left:2px}"
            + "</style>";
}
