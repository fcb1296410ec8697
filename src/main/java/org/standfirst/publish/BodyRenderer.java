package org.standfirst.publish;

import java.util.function.UnaryOperator;
import org.standfirst.render.MarkdownRenderer;
import org.standfirst.render.RenderOptions;
import org.standfirst.render.RenderedBody;

/**
 * Turns a Markdown body into safe HTML for one kind of output. Every format renders through this
 * one call, so the export never has a second, less careful path from Markdown to HTML; the
 * standard implementation is the application's {@link MarkdownRenderer}.
 */
@FunctionalInterface
public interface BodyRenderer {
    /**
     * @param markdown        the body as written
     * @param minHeadingLevel 2 on an article page (the headline is the h1), 3 in a report section
     * @param idPrefix        keeps heading and footnote ids apart when several bodies share a page
     * @param images          maps an image reference (asset id, file name or URL) to the URL the
     *                        output should use, or null to leave the image out
     */
    Body render(String markdown, int minHeadingLevel, String idPrefix, UnaryOperator<String> images);

    /** The application's Markdown renderer: raw HTML escaped, unsafe URLs dropped. */
    static BodyRenderer markdown(MarkdownRenderer md) {
        return (markdown, level, prefix, images) -> {
            RenderedBody b = md.render(markdown, new RenderOptions(images::apply, level, prefix));
            return new Body(b.html(), b.wordCount(), b.charCount(), b.imagesWithoutAlt().size());
        };
    }

    /**
     * A rendered body.
     *
     * @param imagesWithoutAlt how many images in the body have no alt text
     */
    record Body(String html, int wordCount, int charCount, int imagesWithoutAlt) {
    }
}
