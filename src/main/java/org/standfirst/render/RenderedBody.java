package org.standfirst.render;

import java.util.List;

/**
 * A Markdown body rendered to safe HTML.
 *
 * @param blocks    top-level blocks in document order
 * @param html      the published HTML: the blocks' HTML joined by newlines
 * @param wordCount words in the text a reader sees (see {@link org.standfirst.model.Text#wordCount})
 * @param charCount characters (code points) in that text, spaces included
 * @param headings  every heading in order, for a contents list
 * @param images    every image in order, with its alt text
 */
public record RenderedBody(List<RenderedBlock> blocks, String html, int wordCount, int charCount,
                           List<Heading> headings, List<BodyImage> images) {
    public RenderedBody {
        blocks = List.copyOf(blocks);
        headings = List.copyOf(headings);
        images = List.copyOf(images);
    }

    /** The preview form: every block wrapped with its key and source lines (see {@link RenderedBlock#previewHtml()}). */
    public String previewHtml() {
        StringBuilder sb = new StringBuilder(html.length() + blocks.size() * 80);
        for (RenderedBlock b : blocks) {
            sb.append(b.previewHtml()).append('\n');
        }
        return sb.toString();
    }

    /**
     * The block that holds a source line, or else the last block that starts before it (the
     * first block when the line is above all of them); null for an empty body. A linear scan:
     * a 50,000-word body has a few thousand blocks, and the footnotes section (placed last)
     * may come from lines anywhere in the source.
     */
    public RenderedBlock blockAtLine(int line) {
        RenderedBlock before = null;
        for (RenderedBlock b : blocks) {
            if (b.covers(line)) {
                return b;
            }
            if (b.startLine() <= line && (before == null || b.startLine() >= before.startLine())) {
                before = b;
            }
        }
        return before != null ? before : blocks.isEmpty() ? null : blocks.get(0);
    }

    /** Images with no alt text: each one is an accessibility finding. */
    public List<BodyImage> imagesWithoutAlt() {
        return images.stream().filter(i -> !i.hasAlt()).toList();
    }
}
