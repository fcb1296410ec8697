package org.standfirst.render;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a Markdown body is rendered.
 *
 * @param images          turns image references into URLs
 * @param minHeadingLevel the smallest heading level the body may use: 2 on an article page
 *                        (the headline is the one h1), 3 in a report section (the section title
 *                        is h2). When the body's shallowest heading is above it, every heading
 *                        moves down by the same amount (hierarchy kept, capped at h6), so the
 *                        page keeps one h1.
 * @param idPrefix        put before every id the body makes (headings, footnotes), so several
 *                        bodies can share one page (a report's sections); "" for none
 * @param typography      curly quotes and apostrophes, dashes for "--" and "---", the ellipsis
 *                        for "..." in running text (never in code); on unless turned off
 */
public record RenderOptions(ImageResolver images, int minHeadingLevel, String idPrefix, boolean typography) {
    private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*|");

    public static final RenderOptions ARTICLE = new RenderOptions(ImageResolver.AS_WRITTEN, 2, "", true);
    public static final RenderOptions REPORT_SECTION = new RenderOptions(ImageResolver.AS_WRITTEN, 3, "", true);

    public RenderOptions {
        Objects.requireNonNull(images, "images");
        if (minHeadingLevel < 1 || minHeadingLevel > 6) {
            throw new IllegalArgumentException("minHeadingLevel must be from 1 to 6, not " + minHeadingLevel);
        }
        idPrefix = idPrefix == null ? "" : idPrefix;
        if (!ID_PREFIX.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("idPrefix must be a letter then letters, digits, '-' or '_', not '" + idPrefix + "'");
        }
    }

    /** Typography on. */
    public RenderOptions(ImageResolver images, int minHeadingLevel, String idPrefix) {
        this(images, minHeadingLevel, idPrefix, true);
    }

    /** Typography on, no id prefix. */
    public RenderOptions(ImageResolver images, int minHeadingLevel) {
        this(images, minHeadingLevel, "", true);
    }

    public RenderOptions withImages(ImageResolver v) {
        return new RenderOptions(v, minHeadingLevel, idPrefix, typography);
    }

    public RenderOptions withMinHeadingLevel(int v) {
        return new RenderOptions(images, v, idPrefix, typography);
    }

    public RenderOptions withIdPrefix(String v) {
        return new RenderOptions(images, minHeadingLevel, v, typography);
    }

    public RenderOptions withTypography(boolean v) {
        return new RenderOptions(images, minHeadingLevel, idPrefix, v);
    }
}
