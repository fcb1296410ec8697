package org.standfirst.workflow;

import org.standfirst.model.Suggestion;

/**
 * Applies a suggestion to the current body. Only an exact match of the quote is replaced (where
 * it was, or where it moved to): if the quoted words were themselves edited since, applying the
 * suggestion would overwrite the writer's later change, so it is refused and says why.
 */
public final class SuggestionEdit {
    private SuggestionEdit() {
    }

    /** The result of applying: the new body, or a refusal with the reason. */
    public record Result(boolean applied, String body, Anchor anchor, String problem) {
    }

    public static Result apply(String body, Suggestion s) {
        Anchor a = s.quote().isEmpty()
                ? (s.start() <= body.length() ? new Anchor(Anchor.Status.UNCHANGED, s.start(), s.start()) : Anchor.orphaned())
                : Reanchoring.find(s.quote(), s.start(), body);
        if (a.status() == Anchor.Status.ORPHANED) {
            return new Result(false, body, a, "The text this suggestion changes is no longer there");
        }
        if (a.status() == Anchor.Status.FUZZY) {
            return new Result(false, body, a, "The text this suggestion changes has been edited since; apply it by hand");
        }
        String out = body.substring(0, a.start()) + s.replacement() + body.substring(a.end());
        return new Result(true, out, a, "");
    }
}
