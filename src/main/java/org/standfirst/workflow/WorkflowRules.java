package org.standfirst.workflow;

import static org.standfirst.model.WorkflowState.APPROVED;
import static org.standfirst.model.WorkflowState.ARCHIVED;
import static org.standfirst.model.WorkflowState.CHANGES_REQUESTED;
import static org.standfirst.model.WorkflowState.DRAFT;
import static org.standfirst.model.WorkflowState.IN_REVIEW;
import static org.standfirst.model.WorkflowState.PUBLISHED;

import java.util.Locale;
import org.standfirst.model.Role;
import org.standfirst.model.WorkflowState;

/**
 * The review workflow as a pure table: (role, state, action, own work) to allowed-and-next-state
 * or refused-with-a-reason. No store, no clock: the services ask this and then record the result.
 *
 * <p>"Own work" means the item's writer, or anyone who authored a revision since the last valid
 * approval (see {@link FourEyes}): an editor who rewrote a paragraph cannot then approve it.
 *
 * <p>Editing is allowed to the writer and to editors. An edit keeps a draft, an item in review and
 * an item with changes requested where they are (the approval will name the revision it covers),
 * and sends an approved or published item back to draft: the new revision is not approved.
 */
public final class WorkflowRules {
    private WorkflowRules() {
    }

    public static Decision decide(Role role, WorkflowState state, Action action, boolean ownWork) {
        if (state == ARCHIVED && action != Action.RESTORE) {
            return Decision.refuse("Cannot " + action.verb() + " an archived item: restore it first");
        }
        return switch (action) {
            case SUBMIT -> writerOrEditor(role, ownWork, action,
                    state == DRAFT || state == CHANGES_REQUESTED ? IN_REVIEW : null, state,
                    "only a draft or an item with changes requested can be submitted");
            case WITHDRAW -> writerOrEditor(role, ownWork, action, state == IN_REVIEW ? DRAFT : null, state,
                    "only an item in review can be withdrawn");
            case APPROVE -> reviewer(role, ownWork, action, state == IN_REVIEW ? APPROVED : null, state,
                    "only an item in review can be approved");
            case REQUEST_CHANGES -> reviewer(role, ownWork, action,
                    state == IN_REVIEW || state == APPROVED ? CHANGES_REQUESTED : null, state,
                    "changes can be requested only on an item in review or approved");
            case EDIT -> {
                if (!ownWork && role == Role.REVIEWER) {
                    yield Decision.refuse("Reviewers suggest changes rather than edit someone else's work");
                }
                yield writerOrEditor(role, ownWork, action, afterEdit(state), state, "");
            }
            case PUBLISH -> state == APPROVED || state == PUBLISHED ? Decision.allow(PUBLISHED)
                    : Decision.refuse("Cannot publish: the item is " + describe(state) + ", not approved");
            case ARCHIVE -> writerOrEditor(role, ownWork, action, ARCHIVED, state, "");
            case RESTORE -> writerOrEditor(role, ownWork, action, state == ARCHIVED ? DRAFT : null, state,
                    "only an archived item can be restored");
            case COMMENT, SUGGEST -> Decision.allow(state);
        };
    }

    /** The state an edit leaves an item in: approval is lost, work in progress stays where it is. */
    public static WorkflowState afterEdit(WorkflowState state) {
        return switch (state) {
            case APPROVED, PUBLISHED -> DRAFT;
            case ARCHIVED -> null;
            default -> state;
        };
    }

    private static Decision writerOrEditor(Role role, boolean ownWork, Action action, WorkflowState to,
                                           WorkflowState from, String wrongState) {
        if (!ownWork && role != Role.EDITOR) {
            return Decision.refuse("Only the item's writer or an editor can " + action.verb() + " it");
        }
        return to == null ? wrongState(action, from, wrongState) : Decision.allow(to);
    }

    private static Decision reviewer(Role role, boolean ownWork, Action action, WorkflowState to,
                                     WorkflowState from, String wrongState) {
        if (!role.canReview()) {
            return Decision.refuse("Only reviewers and editors can " + action.verb() + " an item");
        }
        if (ownWork) {
            return Decision.refuse("You cannot " + action.verb() + " your own work: someone else must review it");
        }
        return to == null ? wrongState(action, from, wrongState) : Decision.allow(to);
    }

    private static Decision wrongState(Action action, WorkflowState from, String rule) {
        return Decision.refuse("Cannot " + action.verb() + " an item that is " + describe(from) + ": " + rule);
    }

    static String describe(WorkflowState s) {
        return switch (s) {
            case DRAFT -> "a draft";
            case CHANGES_REQUESTED -> "waiting for requested changes";
            default -> s.label().toLowerCase(Locale.ROOT);
        };
    }
}
