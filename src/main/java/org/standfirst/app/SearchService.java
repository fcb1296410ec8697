package org.standfirst.app;

import java.util.List;
import org.standfirst.model.Item;
import org.standfirst.model.ItemQuery;
import org.standfirst.store.WorkspaceStore;

/**
 * Full-text search over headline, standfirst, body and tags. Every word of the query must match
 * the start of a word in the item ("recruit" finds "recruitment"); case and accents are ignored.
 */
public final class SearchService {
    private final WorkspaceStore store;

    SearchService(WorkspaceStore store) {
        this.store = store;
    }

    /** Items matching the words, most recently updated first, at most {@code limit} (0: all). */
    public List<Item> search(String words, int limit) {
        return store.items().query(ItemQuery.search(words).page(0, limit));
    }

    /** Items matching a query with words and filters (kind, state, writer, topic, report). */
    public List<Item> search(ItemQuery query) {
        return store.items().query(query);
    }

    public int count(ItemQuery query) {
        return store.items().count(query);
    }
}
