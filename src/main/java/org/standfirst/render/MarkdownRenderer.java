package org.standfirst.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.image.attributes.ImageAttributesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Markdown to safe HTML, block by block with source lines.
 *
 * <p>Safety: raw HTML written in Markdown is escaped, so an author sees their {@code <script>}
 * as text and nothing they type is silently lost. We escape rather than sanitise with a jsoup
 * safelist because escaping has no parser differential to get wrong and our writers have no
 * need for raw HTML: Markdown covers everything the house style allows. Link and image URLs go
 * through {@link UrlPolicy}; a refused link keeps its text, a refused image shows its alt text.
 * The only attributes written are those commonmark and its table, footnote and image-size
 * extensions produce (all values escaped), so no event handler can appear.
 *
 * <p>Speed: one parse, one render pass writing into one buffer, one walk for the text counts;
 * blocks are cut from the buffer by offsets. Thread-safe: a renderer can be shared.
 */
public final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            FootnotesExtension.create(),
            ImageAttributesExtension.create());
    /** Ids the page templates use; a heading with the same words gets a numbered id instead. */
    private static final List<String> RESERVED_IDS = List.of("content", "sf-body", "contents-title",
            "notes-to-editors-title", "untitled");
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[A-Za-z0-9_+#.-]{1,40}");
    private static final Set<String> IMAGE_ATTRIBUTES = Set.of("src", "alt", "title", "width", "height");
    private static final UrlSanitizer FALLBACK_SANITIZER = new UrlSanitizer() {
        @Override
        public String sanitizeLinkUrl(String url) {
            String u = UrlPolicy.link(url);
            return u == null ? "" : u;
        }

        @Override
        public String sanitizeImageUrl(String url) {
            String u = UrlPolicy.image(url);
            return u == null ? "" : u;
        }
    };

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .postProcessor(new Autolinks()) // bare URLs and e-mail addresses, as the autolink extension, but faster
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    /**
     * The render in progress on this thread. commonmark makes fresh node renderers for every
     * render from a factory that only sees its context, so this is how ours find their state;
     * building a renderer per call instead costs milliseconds on a long document.
     */
    private final ThreadLocal<Pass> current = new ThreadLocal<>();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(FALLBACK_SANITIZER)
            .percentEncodeUrls(true)
            // Added before the extensions so that ours wins for these node types.
            .nodeRendererFactory(context -> new SafeNodes(context, current.get()))
            .extensions(EXTENSIONS)
            .build();

    /** Renders an article body: images as written, body headings from h2. */
    public RenderedBody render(String markdown) {
        return render(markdown, RenderOptions.ARTICLE);
    }

    public RenderedBody render(String markdown, RenderOptions options) {
        String source = markdown == null ? "" : markdown;
        Node document = parser.parse(source);
        StringBuilder out = new StringBuilder(source.length() + source.length() / 4 + 64);
        // One walk before rendering gives the text counts and the shallowest heading.
        TextCounter counter = new TextCounter();
        document.accept(counter);
        Pass pass = new Pass(options, out, headingShift(counter.shallowestHeading, options.minHeadingLevel()));
        current.set(pass);
        try {
            renderer.render(document, out);
        } finally {
            current.remove();
        }
        pass.finishFootnotes();
        return pass.result(counter);
    }

    /**
     * How far to move every heading down so the shallowest one lands on the minimum level: a
     * body written with "#" subheads becomes h2/h3 on an article page, one written with "##"
     * stays as it is. Moving all by one amount keeps the writer's hierarchy without gaps.
     */
    private static int headingShift(int shallowest, int minLevel) {
        return shallowest > 6 ? 0 : Math.max(0, minLevel - shallowest);
    }

    /** The first source line of a node (from 1), found on the nearest block that has spans. */
    static int startLine(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 1;
    }

    static int endLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? startLine(node) : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    /** The text of a node's inline content, as alt text or a heading's words. */
    static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        appendPlain(node, sb);
        return sb.toString().strip();
    }

    private static void appendPlain(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof Code c) {
                sb.append(c.getLiteral());
            } else if (n instanceof HtmlInline h) {
                sb.append(h.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            } else if (!(n instanceof CustomNode) || n.getFirstChild() != null) {
                appendPlain(n, sb);
            }
        }
    }

    /** The state of one render: blocks cut from the output buffer, headings, images. */
    private static final class Pass {
        final RenderOptions options;
        final StringBuilder out;
        final int headingShift;
        final List<int[]> segments = new ArrayList<>(); // start, end, startLine, endLine
        final List<org.standfirst.render.Heading> headings = new ArrayList<>();
        final List<BodyImage> images = new ArrayList<>();
        final Map<String, Integer> headingIds = new HashMap<>();
        int documentEnd = -1;
        int firstFootnoteLine = Integer.MAX_VALUE;
        int lastFootnoteLine = 0;

        Pass(RenderOptions options, StringBuilder out, int headingShift) {
            this.options = options;
            this.out = out;
            this.headingShift = headingShift;
            for (String id : RESERVED_IDS) {
                headingIds.put(id, 0);
            }
        }

        String uniqueId(String text) {
            String slug = org.standfirst.model.Text.slugOf(text);
            if (slug.startsWith("fn-") || slug.startsWith("fnref-") || slug.startsWith("section-")) {
                slug = "h-" + slug; // the footnotes' ids and the report's section ids
            }
            String base = options.idPrefix() + slug;
            Integer seen = headingIds.get(base);
            if (seen == null) {
                headingIds.put(base, 0);
                return base;
            }
            String id;
            int n = seen;
            do {
                n++;
                id = base + "-" + n;
            } while (headingIds.containsKey(id));
            headingIds.put(base, n);
            headingIds.put(id, 0);
            return id;
        }

        /** The footnotes extension writes its section after the document: one more block. */
        void finishFootnotes() {
            if (documentEnd >= 0 && out.length() > documentEnd) {
                int start = firstFootnoteLine == Integer.MAX_VALUE ? 1 : firstFootnoteLine;
                int end = Math.max(start, lastFootnoteLine);
                segments.add(new int[] {documentEnd, out.length(), start, end});
            }
        }

        RenderedBody result(TextCounter counter) {
            List<RenderedBlock> blocks = new ArrayList<>(segments.size());
            Map<Long, Integer> occurrences = new HashMap<>();
            StringBuilder joined = new StringBuilder(out.length());
            for (int[] s : segments) {
                int a = s[0];
                int b = s[1];
                while (a < b && out.charAt(a) == '\n') {
                    a++;
                }
                while (b > a && out.charAt(b - 1) == '\n') {
                    b--;
                }
                if (a == b) {
                    continue; // a link reference definition or footnote definition: no output here
                }
                String html = out.substring(a, b);
                if (!options.idPrefix().isEmpty()) {
                    html = prefixFootnoteIds(html, options.idPrefix());
                }
                long hash = fnv1a(html);
                int occurrence = occurrences.merge(hash, 1, Integer::sum) - 1;
                String key = Long.toHexString(hash) + "-" + occurrence;
                blocks.add(new RenderedBlock(key, s[2], s[3], html));
                if (joined.length() > 0) {
                    joined.append('\n');
                }
                joined.append(html);
            }
            if (joined.length() > 0) {
                joined.append('\n');
            }
            return new RenderedBody(blocks, joined.toString(), counter.words(), counter.chars(), headings, images);
        }

        /** The footnotes extension names its ids fn-N and fnref-N; several bodies on a page need them apart. */
        private static String prefixFootnoteIds(String html, String prefix) {
            if (html.indexOf("fn") < 0) {
                return html;
            }
            return html.replace("id=\"fn-", "id=\"" + prefix + "fn-")
                    .replace("href=\"#fn-", "href=\"#" + prefix + "fn-")
                    .replace("id=\"fnref-", "id=\"" + prefix + "fnref-")
                    .replace("href=\"#fnref-", "href=\"#" + prefix + "fnref-");
        }

        private static long fnv1a(String s) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
            return h;
        }
    }

    /** Our renderers for the nodes that carry structure, URLs or ids. */
    private static final class SafeNodes implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final Pass pass;

        SafeNodes(HtmlNodeRendererContext context, Pass pass) {
            this.context = context;
            this.html = context.getWriter();
            this.pass = pass;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Document.class, Heading.class, Link.class, Image.class, FencedCodeBlock.class, Text.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Document d) {
                document(d);
            } else if (node instanceof Heading h) {
                heading(h);
            } else if (node instanceof Link l) {
                link(l);
            } else if (node instanceof Image i) {
                image(i);
            } else if (node instanceof FencedCodeBlock f) {
                fencedCode(f);
            } else if (node instanceof Text t) {
                String literal = t.getLiteral();
                // Text between raw HTML tags is shown exactly as typed, like the tags around it.
                boolean smarten = pass.options.typography() && !Typography.plain(literal)
                        && !(t.getPrevious() instanceof HtmlInline) && !(t.getNext() instanceof HtmlInline);
                html.text(smarten ? Typography.smarten(literal, charBefore(t)) : literal);
            }
        }

        private void document(Document document) {
            StringBuilder out = pass.out;
            for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
                int start = out.length();
                context.render(child);
                if (child instanceof org.commonmark.ext.footnotes.FootnoteDefinition) {
                    pass.firstFootnoteLine = Math.min(pass.firstFootnoteLine, startLine(child));
                    pass.lastFootnoteLine = Math.max(pass.lastFootnoteLine, endLine(child));
                }
                pass.segments.add(new int[] {start, out.length(), startLine(child), endLine(child)});
            }
            pass.documentEnd = out.length();
        }

        private void heading(Heading heading) {
            int level = Math.min(6, heading.getLevel() + pass.headingShift);
            String text = plainText(heading);
            String id = pass.uniqueId(text);
            String tag = "h" + level;
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("id", id);
            html.line();
            html.tag(tag, context.extendAttributes(heading, tag, attrs));
            children(heading);
            html.tag("/" + tag);
            html.line();
            pass.headings.add(new org.standfirst.render.Heading(level, text, id, startLine(heading)));
        }

        private void link(Link link) {
            String url = UrlPolicy.link(link.getDestination());
            if (url == null) {
                // The words stay; the dangerous target goes.
                children(link);
                return;
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("href", context.encodeUrl(url));
            if (link.getTitle() != null) {
                attrs.put("title", link.getTitle());
            }
            html.tag("a", context.extendAttributes(link, "a", attrs));
            children(link);
            html.tag("/a");
        }

        private void image(Image image) {
            String alt = plainText(image);
            String reference = UrlPolicy.image(image.getDestination());
            String src = null;
            if (reference != null) {
                src = UrlPolicy.trusted(pass.options.images().resolve(reference));
            }
            pass.images.add(new BodyImage(image.getDestination(), src, alt, startLine(image)));
            if (src == null) {
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("class", "image-missing");
                html.tag("span", attrs);
                html.text(alt.isEmpty() ? "[image]" : "[image: " + alt + "]");
                html.tag("/span");
                return;
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("src", context.encodeUrl(src));
            attrs.put("alt", alt);
            if (image.getTitle() != null) {
                attrs.put("title", image.getTitle());
            }
            Map<String, String> extended = context.extendAttributes(image, "img", attrs);
            extended.keySet().retainAll(IMAGE_ATTRIBUTES);
            html.tag("img", extended, true);
        }

        /** The source character just before a text node in its block (' ' at the block's start). */
        private static char charBefore(Node node) {
            for (Node n = node; n != null && !(n instanceof Block); n = n.getParent()) {
                Node previous = n.getPrevious();
                if (previous != null) {
                    return lastChar(previous);
                }
            }
            return ' ';
        }

        private static char lastChar(Node node) {
            if (node instanceof Text t) {
                String s = t.getLiteral();
                return s.isEmpty() ? charBefore(t) : s.charAt(s.length() - 1);
            }
            if (node instanceof Code c) {
                String s = c.getLiteral();
                return s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
            }
            if (node instanceof Image) {
                return 'x';
            }
            Node last = node.getLastChild();
            return last == null ? ' ' : lastChar(last);
        }

        /** As commonmark writes it, but the language class only when it is a plain name. */
        private void fencedCode(FencedCodeBlock block) {
            Map<String, String> codeAttrs = new LinkedHashMap<>();
            String info = block.getInfo() == null ? "" : block.getInfo().strip();
            int space = info.indexOf(' ');
            String language = space < 0 ? info : info.substring(0, space);
            if (LANGUAGE.matcher(language).matches()) {
                codeAttrs.put("class", "language-" + language);
            }
            html.line();
            html.tag("pre", context.extendAttributes(block, "pre", new LinkedHashMap<>()));
            html.tag("code", context.extendAttributes(block, "code", codeAttrs));
            html.text(block.getLiteral());
            html.tag("/code");
            html.tag("/pre");
            html.line();
        }

        private void children(Node parent) {
            Node n = parent.getFirstChild();
            while (n != null) {
                Node next = n.getNext();
                context.render(n);
                n = next;
            }
        }
    }

    /** Counts the words and characters a reader sees: no markup, no image alt text. */
    private static final class TextCounter extends AbstractVisitor {
        private final StringBuilder text = new StringBuilder();
        private int blockBreaks;
        int shallowestHeading = 7;

        @Override
        public void visit(Heading heading) {
            shallowestHeading = Math.min(shallowestHeading, heading.getLevel());
            visitChildren(heading);
        }

        int words() {
            return org.standfirst.model.Text.wordCount(text.toString());
        }

        int chars() {
            return text.codePointCount(0, text.length()) - blockBreaks;
        }

        private void breakBlock() {
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
                blockBreaks++;
            }
        }

        @Override
        public void visit(Text t) {
            text.append(t.getLiteral());
        }

        @Override
        public void visit(Code c) {
            text.append(c.getLiteral());
        }

        @Override
        public void visit(HtmlInline h) {
            text.append(h.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak b) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak b) {
            text.append(' ');
        }

        @Override
        public void visit(Image image) {
            // Alt text is for those who cannot see the picture; it is not part of the body's length.
        }

        @Override
        public void visit(FencedCodeBlock b) {
            breakBlock();
            text.append(b.getLiteral().strip());
            breakBlock();
        }

        @Override
        public void visit(IndentedCodeBlock b) {
            breakBlock();
            text.append(b.getLiteral().strip());
            breakBlock();
        }

        @Override
        public void visit(HtmlBlock b) {
            breakBlock();
            text.append(b.getLiteral().strip());
            breakBlock();
        }

        @Override
        protected void visitChildren(Node parent) {
            boolean block = parent instanceof Block;
            if (block) {
                breakBlock();
            }
            super.visitChildren(parent);
            if (block) {
                breakBlock();
            }
        }
    }
}
