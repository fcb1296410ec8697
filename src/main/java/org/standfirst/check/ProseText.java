package org.standfirst.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.image.attributes.ImageAttributesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The prose of one field, position for position with its source. {@link #prose()} has exactly the
 * length of {@link #source()}: characters that are prose are copied, everything else (Markdown
 * markers, code spans and blocks, raw HTML, link URLs, images, autolinked URLs) becomes a space,
 * and line breaks stay. Rules match on the prose and report offsets that point into the source.
 */
public final class ProseText {
    /** A run of prose that sentences do not cross: a paragraph, a heading, a table cell or a plain field. */
    public record Block(int start, int end, BlockType type, int level) {
    }

    public enum BlockType { PARAGRAPH, HEADING, TABLE_CELL, PLAIN }

    /** An image in the body: where its source is, its alt text and its destination. */
    public record ImageRef(int start, int end, String alt, String destination) {
    }

    /** A link: the whole link's source range, its text's range, the text and the destination. */
    public record LinkRef(int start, int end, int textStart, int textEnd, String text, String destination) {
    }

    public record HeadingRef(int start, int end, int level, String text) {
    }

    /** The same extensions as the renderer (render.MarkdownRenderer), so both read the same structure. */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), AutolinkExtension.create(), FootnotesExtension.create(),
                    ImageAttributesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern ENTITY_OR_ESCAPE = Pattern.compile("&#?[A-Za-z0-9]{1,31};|\\\\(?=\\p{Punct})");

    private final String source;
    private final String prose;
    private final List<Block> blocks;
    private final List<ImageRef> images;
    private final List<LinkRef> links;
    private final List<HeadingRef> headings;
    private final int[] lineStarts;

    private ProseText(String source, String prose, List<Block> blocks, List<ImageRef> images,
                      List<LinkRef> links, List<HeadingRef> headings) {
        this.source = source;
        this.prose = prose;
        this.blocks = List.copyOf(blocks);
        this.images = List.copyOf(images);
        this.links = List.copyOf(links);
        this.headings = List.copyOf(headings);
        this.lineStarts = lineStarts(source);
    }

    /** A plain-text field (headline, standfirst): all of it is prose, one block. */
    public static ProseText plain(String text) {
        return new ProseText(text, text, text.isEmpty() ? List.of() : List.of(new Block(0, text.length(), BlockType.PLAIN, 0)),
                List.of(), List.of(), List.of());
    }

    /** A Markdown field (the body). */
    public static ProseText markdown(String source) {
        Node doc = PARSER.parse(source);
        char[] mask = new char[source.length()];
        for (int i = 0; i < mask.length; i++) {
            char c = source.charAt(i);
            mask[i] = c == '\n' || c == '\r' ? c : ' ';
        }
        Collector collector = new Collector(source, mask);
        doc.accept(collector);
        collector.blocks.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new ProseText(source, new String(mask), collector.blocks, collector.images, collector.links, collector.headings);
    }

    public String source() {
        return source;
    }

    public String prose() {
        return prose;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<ImageRef> images() {
        return images;
    }

    public List<LinkRef> links() {
        return links;
    }

    public List<HeadingRef> headings() {
        return headings;
    }

    /** 1-based line of a source offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of a source offset. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    private static int[] lineStarts(String s) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Walks the Markdown tree once, copying prose into the mask and noting blocks, images, links and headings. */
    private static final class Collector extends AbstractVisitor {
        private final String source;
        private final char[] mask;
        final List<Block> blocks = new ArrayList<>();
        final List<ImageRef> images = new ArrayList<>();
        final List<LinkRef> links = new ArrayList<>();
        final List<HeadingRef> headings = new ArrayList<>();

        Collector(String source, char[] mask) {
            this.source = source;
            this.mask = mask;
        }

        @Override
        public void visit(Text text) {
            if (insideImageOrUrlLink(text)) {
                return;
            }
            for (SourceSpan span : text.getSourceSpans()) {
                int from = span.getInputIndex();
                int to = Math.min(source.length(), from + span.getLength());
                for (int i = from; i < to; i++) {
                    mask[i] = source.charAt(i);
                }
                if (to - from != text.getLiteral().length()) {
                    // Escapes and entities: the source differs from the literal; blank the markup.
                    Matcher m = ENTITY_OR_ESCAPE.matcher(source).region(from, to);
                    while (m.find()) {
                        Arrays.fill(mask, m.start(), m.end(), ' ');
                    }
                }
            }
        }

        @Override
        public void visit(Paragraph p) {
            addBlock(p, BlockType.PARAGRAPH, 0);
            visitChildren(p);
        }

        @Override
        public void visit(Heading h) {
            addBlock(h, BlockType.HEADING, h.getLevel());
            int[] r = range(h);
            if (r != null) {
                headings.add(new HeadingRef(r[0], r[1], h.getLevel(), textOf(h)));
            }
            visitChildren(h);
        }

        @Override
        public void visit(Image image) {
            int[] r = range(image);
            if (r != null) {
                images.add(new ImageRef(r[0], r[1], textOf(image), image.getDestination()));
            }
            // Children (the alt text) are not prose: visit(Text) skips them.
            visitChildren(image);
        }

        @Override
        public void visit(Link link) {
            int[] r = range(link);
            if (r != null) {
                int textStart = r[0];
                int textEnd = r[0];
                Node first = link.getFirstChild();
                Node last = link.getLastChild();
                if (first != null && !first.getSourceSpans().isEmpty() && !last.getSourceSpans().isEmpty()) {
                    textStart = first.getSourceSpans().get(0).getInputIndex();
                    SourceSpan end = last.getSourceSpans().get(last.getSourceSpans().size() - 1);
                    textEnd = end.getInputIndex() + end.getLength();
                }
                links.add(new LinkRef(r[0], r[1], textStart, textEnd, textOf(link), link.getDestination()));
            }
            visitChildren(link);
        }

        @Override
        public void visit(org.commonmark.node.CustomBlock block) {
            visitChildren(block);
        }

        @Override
        public void visit(org.commonmark.node.CustomNode node) {
            if (node instanceof TableCell) {
                addBlock(node, BlockType.TABLE_CELL, 0);
            }
            visitChildren(node);
        }

        private void addBlock(Node node, BlockType type, int level) {
            int[] r = range(node);
            if (r != null) {
                blocks.add(new Block(r[0], r[1], type, level));
            }
        }

        private int[] range(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return null;
            }
            SourceSpan last = spans.get(spans.size() - 1);
            return new int[] {spans.get(0).getInputIndex(), Math.min(source.length(), last.getInputIndex() + last.getLength())};
        }

        private static boolean insideImageOrUrlLink(Text text) {
            for (Node n = text.getParent(); n != null && !(n instanceof org.commonmark.node.Block); n = n.getParent()) {
                if (n instanceof Image) {
                    return true;
                }
                if (n instanceof Link link) {
                    String d = link.getDestination();
                    String t = text.getLiteral();
                    // An autolink shows its URL as its text: the URL is not prose.
                    if (d.equals(t) || d.equals("mailto:" + t) || d.equals("http://" + t) || d.equals("https://" + t)) {
                        return true;
                    }
                }
            }
            return false;
        }

        static String textOf(Node node) {
            StringBuilder sb = new StringBuilder();
            new Object() {
                void walk(Node n) {
                    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                        if (c instanceof Text t) {
                            sb.append(t.getLiteral());
                        } else if (c instanceof org.commonmark.node.Code code) {
                            sb.append(code.getLiteral());
                        } else if (c instanceof org.commonmark.node.SoftLineBreak || c instanceof org.commonmark.node.HardLineBreak) {
                            sb.append(' ');
                        } else {
                            walk(c);
                        }
                    }
                }
            }.walk(node);
            return sb.toString();
        }
    }
}
