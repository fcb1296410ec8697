package org.standfirst.render;

import java.time.Instant;
import java.util.Objects;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;

/**
 * What an article page shows: an item's content, the writer's name and the page's dates.
 *
 * @param authorName the writer's name, used when the byline is empty and as the JSON-LD author
 * @param published  the date shown and given as datePublished (the export decides: the first
 *                   publication time keeps pages reproducible)
 * @param modified   dateModified
 */
public record ArticlePage(ItemContent content, String authorName, Instant published, Instant modified) {
    public ArticlePage {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(published, "published");
        authorName = authorName == null ? "" : authorName.strip();
        modified = modified == null ? published : modified;
    }

    /** A page for an item with its own created and updated times as the dates. */
    public static ArticlePage of(Item item, String writerName) {
        return new ArticlePage(item.content(), writerName, item.created(), item.updated());
    }

    /** The byline as shown: the item's byline, else the writer's name. */
    public String byline() {
        return content.byline().isBlank() ? authorName : content.byline().strip();
    }

    /** The page's slug: the item's, else one made from the headline. */
    public String slug() {
        return content.slug().isBlank() ? org.standfirst.model.Text.slugOf(content.headline()) : content.slug();
    }

    /** Where the page lives in an export bundle: "items/&lt;slug&gt;.html". */
    public String path() {
        return "items/" + slug() + ".html";
    }
}
