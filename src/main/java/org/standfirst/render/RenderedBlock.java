package org.standfirst.render;

import java.util.Objects;

/**
 * One top-level block of a rendered body (a paragraph, heading, list, quote, table, code block,
 * or the footnotes section) with the source lines it came from.
 *
 * @param key       stable identity for diffing: a hash of {@link #html()} plus its occurrence
 *                  among blocks with the same HTML. An unchanged block keeps its key when text
 *                  above it is edited, even though its lines move.
 * @param startLine first source line, from 1
 * @param endLine   last source line, from 1, inclusive
 * @param html      the block's HTML as published (no source-position attributes)
 */
public record RenderedBlock(String key, int startLine, int endLine, String html) {
    public RenderedBlock {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(html, "html");
    }

    /**
     * The block as the preview shows it: wrapped in
     * {@code <div class="sf-block" data-key=".." data-line=".." data-line-end="..">}, so the
     * preview can replace one block and map an editor line to a place on the page.
     */
    public String previewHtml() {
        return new StringBuilder(html.length() + 80)
                .append("<div class=\"sf-block\" data-key=\"").append(key)
                .append("\" data-line=\"").append(startLine)
                .append("\" data-line-end=\"").append(endLine).append("\">")
                .append(html).append("</div>").toString();
    }

    /** True when the source line falls inside this block. */
    public boolean covers(int line) {
        return line >= startLine && line <= endLine;
    }
}
