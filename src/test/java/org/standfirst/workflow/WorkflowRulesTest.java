package org.standfirst.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standfirst.model.Role;
import org.standfirst.model.WorkflowState;

/** The workflow as a table: role, state, action, own work -> the next state or the reason refused. */
class WorkflowRulesTest {

    @ParameterizedTest(name = "{0} {2} {1} own={3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            WRITER   | DRAFT             | SUBMIT          | true  | IN_REVIEW
            WRITER   | CHANGES_REQUESTED | SUBMIT          | true  | IN_REVIEW
            WRITER   | DRAFT             | SUBMIT          | false | Only the item's writer or an editor can submit it
            EDITOR   | DRAFT             | SUBMIT          | false | IN_REVIEW
            REVIEWER | DRAFT             | SUBMIT          | false | Only the item's writer or an editor can submit it
            WRITER   | IN_REVIEW         | SUBMIT          | true  | Cannot submit an item that is in review: only a draft or an item with changes requested can be submitted
            WRITER   | APPROVED          | SUBMIT          | true  | Cannot submit an item that is approved: only a draft or an item with changes requested can be submitted
            WRITER   | IN_REVIEW         | WITHDRAW        | true  | DRAFT
            REVIEWER | IN_REVIEW         | APPROVE         | false | APPROVED
            EDITOR   | IN_REVIEW         | APPROVE         | false | APPROVED
            WRITER   | IN_REVIEW         | APPROVE         | false | Only reviewers and editors can approve an item
            WRITER   | IN_REVIEW         | APPROVE         | true  | Only reviewers and editors can approve an item
            REVIEWER | IN_REVIEW         | APPROVE         | true  | You cannot approve your own work: someone else must review it
            EDITOR   | IN_REVIEW         | APPROVE         | true  | You cannot approve your own work: someone else must review it
            REVIEWER | DRAFT             | APPROVE         | false | Cannot approve an item that is a draft: only an item in review can be approved
            REVIEWER | CHANGES_REQUESTED | APPROVE         | false | Cannot approve an item that is waiting for requested changes: only an item in review can be approved
            REVIEWER | APPROVED          | APPROVE         | false | Cannot approve an item that is approved: only an item in review can be approved
            REVIEWER | PUBLISHED         | APPROVE         | false | Cannot approve an item that is published: only an item in review can be approved
            REVIEWER | ARCHIVED          | APPROVE         | false | Cannot approve an archived item: restore it first
            REVIEWER | IN_REVIEW         | REQUEST_CHANGES | false | CHANGES_REQUESTED
            REVIEWER | APPROVED          | REQUEST_CHANGES | false | CHANGES_REQUESTED
            WRITER   | IN_REVIEW         | REQUEST_CHANGES | false | Only reviewers and editors can request changes to an item
            REVIEWER | IN_REVIEW         | REQUEST_CHANGES | true  | You cannot request changes to your own work: someone else must review it
            REVIEWER | DRAFT             | REQUEST_CHANGES | false | Cannot request changes to an item that is a draft: changes can be requested only on an item in review or approved
            WRITER   | DRAFT             | EDIT            | true  | DRAFT
            WRITER   | IN_REVIEW         | EDIT            | true  | IN_REVIEW
            WRITER   | CHANGES_REQUESTED | EDIT            | true  | CHANGES_REQUESTED
            WRITER   | APPROVED          | EDIT            | true  | DRAFT
            WRITER   | PUBLISHED         | EDIT            | true  | DRAFT
            EDITOR   | APPROVED          | EDIT            | false | DRAFT
            WRITER   | DRAFT             | EDIT            | false | Only the item's writer or an editor can edit it
            REVIEWER | IN_REVIEW         | EDIT            | false | Reviewers suggest changes rather than edit someone else's work
            WRITER   | ARCHIVED          | EDIT            | true  | Cannot edit an archived item: restore it first
            WRITER   | APPROVED          | PUBLISH         | false | PUBLISHED
            EDITOR   | PUBLISHED         | PUBLISH         | false | PUBLISHED
            EDITOR   | IN_REVIEW         | PUBLISH         | false | Cannot publish: the item is in review, not approved
            EDITOR   | DRAFT             | PUBLISH         | false | Cannot publish: the item is a draft, not approved
            WRITER   | PUBLISHED         | ARCHIVE         | true  | ARCHIVED
            EDITOR   | DRAFT             | ARCHIVE         | false | ARCHIVED
            REVIEWER | DRAFT             | ARCHIVE         | false | Only the item's writer or an editor can archive it
            WRITER   | ARCHIVED          | ARCHIVE         | true  | Cannot archive an archived item: restore it first
            WRITER   | ARCHIVED          | RESTORE         | true  | DRAFT
            EDITOR   | ARCHIVED          | RESTORE         | false | DRAFT
            WRITER   | DRAFT             | RESTORE         | true  | Cannot restore an item that is a draft: only an archived item can be restored
            REVIEWER | IN_REVIEW         | COMMENT         | false | IN_REVIEW
            WRITER   | APPROVED          | COMMENT         | false | APPROVED
            REVIEWER | ARCHIVED          | COMMENT         | false | Cannot comment on an archived item: restore it first
            REVIEWER | IN_REVIEW         | SUGGEST         | false | IN_REVIEW
            """)
    void theTable(Role role, WorkflowState state, Action action, boolean own, String expected) {
        Decision d = WorkflowRules.decide(role, state, action, own);
        if (isState(expected)) {
            assertThat(d.allowed()).as(d.reason()).isTrue();
            assertThat(d.to()).isEqualTo(WorkflowState.valueOf(expected));
        } else {
            assertThat(d.allowed()).isFalse();
            assertThat(d.reason()).isEqualTo(expected).doesNotContain("\n");
        }
    }

    private static boolean isState(String s) {
        for (WorkflowState w : WorkflowState.values()) {
            if (w.name().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
