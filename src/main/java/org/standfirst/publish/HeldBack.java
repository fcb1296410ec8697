package org.standfirst.publish;

/** An item or report that did not pass the channel's gate, with the reason a person can act on. */
public record HeldBack(String id, String kind, String title, String reason) {
    @Override
    public String toString() {
        return kind + " '" + title + "': " + reason;
    }
}
