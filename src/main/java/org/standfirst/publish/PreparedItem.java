package org.standfirst.publish;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.standfirst.model.Asset;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;

/**
 * An item that passed its gate, with what every format needs worked out once: its slug, the
 * writer's name, its times, its hero image and (rendered on demand, once per kind of output)
 * its body.
 *
 * @param embargoed true when its embargo is still ahead at the export's "now"
 */
public record PreparedItem(Item item, String slug, String authorName, Instant published, Instant modified,
                           Optional<Asset> hero, boolean embargoed, Map<String, BodyRenderer.Body> bodies) {

    PreparedItem(Item item, String slug, String authorName, Instant published, Instant modified,
                 Optional<Asset> hero, boolean embargoed) {
        this(item, slug, authorName, published, modified, hero, embargoed, new HashMap<>());
    }

    public ItemContent content() {
        return item.content();
    }

    public String id() {
        return item.id();
    }

    /** The headline, or a placeholder for a draft that has none yet. */
    public String headline() {
        String h = item.content().headline();
        return h.isBlank() ? "(No headline yet)" : h;
    }

    /** The byline as written, else the writer's name. */
    public String byline() {
        String b = item.content().byline();
        return b.isBlank() ? authorName : b;
    }

    /** The revision this export publishes: the head revision id, or the content's own address. */
    public String revisionId() {
        return item.headRevisionId() != null ? item.headRevisionId()
                : org.standfirst.model.Revision.idOf(item.id(), item.content(), java.util.List.of());
    }

    /**
     * The body rendered for one kind of output. {@code target} names the way images are linked
     * (page, ninjs, pdf), so each is rendered once however many formats share it.
     */
    public BodyRenderer.Body body(String target, BodyRenderer renderer, int minHeadingLevel, String idPrefix,
                                  UnaryOperator<String> images) {
        return bodies.computeIfAbsent(target + "/" + minHeadingLevel + "/" + idPrefix,
                k -> renderer.render(item.content().body(), minHeadingLevel, idPrefix, images));
    }
}
