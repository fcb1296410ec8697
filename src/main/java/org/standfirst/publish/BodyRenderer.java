package org.standfirst.publish;

import java.util.function.UnaryOperator;

/**
 * Turns a Markdown body into safe HTML for a page. The pipeline depends on this seam rather than
 * on the renderer's classes so that every format renders through one call; the standard
 * implementation delegates to {@code org.standfirst.render}.
 */
@FunctionalInterface
public interface BodyRenderer {
    /**
     * @param markdown        the body as written
     * @param minHeadingLevel 2 on an article page (the headline is the h1), 3 in a report section
     * @param images          maps an image reference (asset id, file name or URL) to the URL the
     *                        output should use, or null to leave the image out
     */
    Body render(String markdown, int minHeadingLevel, UnaryOperator<String> images);

    /**
     * A rendered body.
     *
     * @param imagesWithoutAlt how many images in the body have no alt text
     */
    record Body(String html, int wordCount, int charCount, int imagesWithoutAlt) {
    }
}
