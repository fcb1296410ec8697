package org.standfirst.ui.preview;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What to do to the preview page: load a whole page (rarely), swap the furniture around the
 * body (when a headline or other field changed), and patch a region's blocks (every keystroke).
 *
 * @param page          a whole page to load, or null to keep the one shown
 * @param regionKeys    with a page: the block keys each region of it already holds
 * @param keepScroll    with a page: keep the reader's place (same document, reloaded)
 * @param frameSelector the element whose children are the furniture, e.g. "article.article"
 * @param frame         its new inner HTML, or null when unchanged
 * @param region        the CSS selector of the region the blocks go in, e.g. "#sf-body"
 * @param blocks        the region's blocks in order, or null when a page load already has them
 */
public record PreviewUpdate(String page, Map<String, ? extends Collection<String>> regionKeys, boolean keepScroll,
                            String frameSelector, String frame, String region, List<PreviewBlock> blocks) {
    public static PreviewUpdate load(String page, String region, Collection<String> keys, boolean keepScroll) {
        return new PreviewUpdate(page, Map.of(region, keys), keepScroll, null, null, region, null);
    }

    public static PreviewUpdate patch(String frameSelector, String frame, String region, List<PreviewBlock> blocks) {
        return new PreviewUpdate(null, Map.of(), false, frameSelector, frame, region, blocks);
    }
}
