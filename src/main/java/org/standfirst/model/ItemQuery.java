package org.standfirst.model;

/**
 * What to list: optional search words (each matched as a word prefix, all required, accents and
 * case ignored) and filters; null means "any". Results come newest-updated first.
 *
 * @param limit at most this many items; 0 means no limit
 */
public record ItemQuery(String text, ItemKind kind, WorkflowState state, String writerId, String topic,
                        String reportId, int offset, int limit) {
    public ItemQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("Offset and limit cannot be negative");
        }
    }

    public static ItemQuery all() {
        return new ItemQuery(null, null, null, null, null, null, 0, 0);
    }

    public static ItemQuery search(String text) {
        return all().withText(text);
    }

    public ItemQuery withText(String v) {
        return new ItemQuery(v, kind, state, writerId, topic, reportId, offset, limit);
    }

    public ItemQuery withKind(ItemKind v) {
        return new ItemQuery(text, v, state, writerId, topic, reportId, offset, limit);
    }

    public ItemQuery withState(WorkflowState v) {
        return new ItemQuery(text, kind, v, writerId, topic, reportId, offset, limit);
    }

    public ItemQuery withWriter(String v) {
        return new ItemQuery(text, kind, state, v, topic, reportId, offset, limit);
    }

    public ItemQuery withTopic(String v) {
        return new ItemQuery(text, kind, state, writerId, v, reportId, offset, limit);
    }

    public ItemQuery withReport(String v) {
        return new ItemQuery(text, kind, state, writerId, topic, v, offset, limit);
    }

    /** One page: skip {@code offset} items and return at most {@code limit}. */
    public ItemQuery page(int offset, int limit) {
        return new ItemQuery(text, kind, state, writerId, topic, reportId, offset, limit);
    }
}
