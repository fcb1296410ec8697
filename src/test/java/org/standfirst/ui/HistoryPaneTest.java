package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.standfirst.app.RevisionSummary;
import org.standfirst.model.Approval;
import org.standfirst.model.Person;
import org.standfirst.model.Role;
import org.standfirst.model.WorkflowState;
import org.standfirst.ui.review.AuditLogView;
import org.standfirst.ui.review.HistoryPane;
import org.testfx.api.FxRobot;

/**
 * The item's history in the review panel: every transition in the audit log, every revision
 * with its approvals verified or not, a word diff of any two revisions inline and side by side,
 * and restoring an old revision as a new one, with Undo.
 */
class HistoryPaneTest extends WindowTest {
    private int revisions() {
        var s = snap();
        return s == null ? 0 : s.history().revisions().size();
    }

    private HistoryPane history() {
        return fx.window.reviewPane().historyPane();
    }

    private void checkpoint(FxRobot robot, String body, int expected) {
        robot.interact(() -> fx.window.editorPane().body().replaceText(body));
        robot.interact(() -> fx.window.editorPane().body().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Fx.waitUntil(() -> revisions() == expected);
    }

    private static boolean shows(TextFlow flow, String style, String words) {
        return flow.getChildren().stream().anyMatch(n -> n instanceof Text t && t.getStyleClass().contains(style)
                && t.getText().contains(words));
    }

    private static boolean showsDeep(Node root, String style, String words) {
        return root.lookupAll("." + style).stream().anyMatch(n -> n instanceof Text t && t.getText().contains(words));
    }

    @Test
    void everyTransitionAndRevisionIsShownAnyTwoAreComparedAndAnOldOneIsRestored(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> {
            fx.window.editorViewModel().headline.set("Trial recruitment recovers");
            fx.window.editorViewModel().standfirst.set("More people joined cancer trials this year than last.");
            fx.window.showReviewPanel();
        });
        checkpoint(robot, "Recruitment to trials is rising.", 1);
        checkpoint(robot, "Recruitment to cancer trials is rising again.", 2);
        checkpoint(robot, "Recruitment to cancer trials is rising again. Nurses helped.", 3);
        robot.interact(() -> fx.window.reviewViewModel().act(org.standfirst.workflow.Action.SUBMIT, "Ready for review"));
        Fx.waitUntil(() -> snap().item().state() == WorkflowState.IN_REVIEW);
        Person reviewer = fx.ws.services().people().add("Rhiannon Reviewer", Role.REVIEWER);
        robot.interact(() -> fx.window.workAs(reviewer));
        Fx.waitUntil(() -> snap().decisions().get(org.standfirst.workflow.Action.APPROVE).allowed());
        robot.interact(() -> fx.window.reviewViewModel().act(org.standfirst.workflow.Action.APPROVE, "Accurate"));
        Fx.waitUntil(() -> snap().item().state() == WorkflowState.APPROVED);
        int n = revisions();
        String head = snap().item().headRevisionId();
        // Someone with database access adds an approval with a made-up signature.
        fx.ws.services().store().approvals().insert(new Approval(snap().item().id(), head, reviewer.id(), new byte[64],
                java.time.Instant.parse("2026-11-29T10:00:00Z")));
        robot.interact(() -> fx.window.reviewViewModel().refresh());
        Fx.waitUntil(() -> snap().history().revisions().get(n - 1).approvals().size() == 2);

        // The audit log, newest first: who, when, from and to, the revision, the note.
        List<AuditLogView.Line> log = Fx.call(() -> List.copyOf(fx.window.reviewPane().auditLog().getItems()));
        assertThat(log.get(0).what()).isEqualTo("Approved · In review → Approved");
        assertThat(log.get(0).who()).startsWith("Rhiannon Reviewer · ").endsWith(" · revision " + n);
        assertThat(log.get(0).note()).isEqualTo("“Accurate”");
        assertThat(log.get(1).what()).isEqualTo("Submitted for review · Draft → In review");
        assertThat(log.get(1).who()).doesNotStartWith("Rhiannon").endsWith(" · revision " + n);
        assertThat(log.get(1).note()).isEqualTo("“Ready for review”");

        Shots.save(stage, "audit-log");
        // The History tab: every revision, each approval verified or not.
        // Review > Show history (Ctrl+Alt+H) opens the tab with the keyboard in the list of revisions.
        robot.interact(() -> fx.window.editorPane().body().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.H).release(KeyCode.H, KeyCode.ALT, KeyCode.CONTROL);
        Fx.waitUntil(() -> history().revisionList().isFocused());
        Fx.waitUntil(() -> history().revisionList().getItems().size() == n);
        Fx.waitUntil(() -> !history().lookupAll(".approval-invalid").isEmpty());
        List<String> verdicts = Fx.call(() -> java.util.stream.Stream.concat(history().lookupAll(".approval-verified").stream(),
                history().lookupAll(".approval-invalid").stream()).map(x -> ((Label) x).getText()).toList());
        assertThat(verdicts).anySatisfy(v -> assertThat(v).startsWith("✓ Signature verified: approved by Rhiannon Reviewer"))
                .anySatisfy(v -> assertThat(v).startsWith("✗ Signature invalid — not treated as approved.")
                        .contains("the signature does not match Rhiannon Reviewer's key"));
        Shots.save(stage, "history-light");

        // From the keyboard: the oldest revision is compared with the current one.
        robot.interact(() -> history().revisionList().requestFocus());
        robot.type(KeyCode.END);
        Fx.waitUntil(() -> history().fromBox().getValue() != null && history().fromBox().getValue().number() == 1);
        assertThat(Fx.call(() -> history().toBox().getValue().head())).isTrue();
        Fx.waitUntil(() -> shows(history().inlineView(), "diff-added", "cancer")
                && shows(history().inlineView(), "diff-added", "Nurses"));

        // Any two: revision 2 against revision 3 shows only the last sentence added.
        robot.interact(() -> {
            RevisionSummary two = fx.window.reviewViewModel().revisions().stream().filter(r -> r.number() == 2).findFirst().orElseThrow();
            RevisionSummary three = fx.window.reviewViewModel().revisions().stream().filter(r -> r.number() == 3).findFirst().orElseThrow();
            history().fromBox().setValue(two);
            history().toBox().setValue(three);
        });
        Fx.waitUntil(() -> shows(history().inlineView(), "diff-added", "Nurses")
                && !shows(history().inlineView(), "diff-added", "cancer"));

        // Side by side: the same words, in two columns.
        robot.clickOn("#history-side-by-side");
        Fx.waitUntil(() -> history().sideBySideView().isVisible() && showsDeep(history().sideBySideView(), "diff-added", "Nurses"));
        Shots.save(stage, "history-side-by-side");
        robot.interact(() -> fx.window.setTheme(Theme.DARK));
        Shots.save(stage, "history-dark");
        robot.interact(() -> fx.window.setTheme(Theme.LIGHT));

        // The writer restores revision 1: asked first, it becomes current as a new revision; Undo brings back the text before.
        Person writer = fx.ws.services().people().find(snap().item().writerId()).orElseThrow();
        robot.interact(() -> fx.window.workAs(writer));
        Fx.waitUntil(() -> snap().decisions().get(org.standfirst.workflow.Action.EDIT).allowed());
        robot.interact(() -> history().revisionList().getSelectionModel().select(
                fx.window.reviewViewModel().revisions().stream().filter(r -> r.number() == 1).findFirst().orElseThrow()));
        Fx.waitUntil(() -> !history().restoreButton().isDisabled());
        robot.clickOn("#history-restore");
        Fx.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()));
        DialogPane confirm = Fx.call(() -> (DialogPane) Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                .findFirst().orElseThrow().getScene().getRoot());
        assertThat(Fx.call(confirm::getHeaderText)).startsWith("Restore revision 1 from ");
        assertThat(Fx.call(confirm::getContentText)).contains("as a new revision " + (n + 1))
                .contains("goes back to draft and needs review again");
        Shots.save(Fx.call(() -> confirm.getScene().getWindow()), "history-restore-confirm");
        robot.interact(() -> confirm.getButtonTypes().stream().filter(b -> b.getText().startsWith("Restore revision 1"))
                .findFirst().map(b -> (Button) confirm.lookupButton(b)).orElseThrow().fire());
        Fx.waitUntil(() -> revisions() == n + 1);
        Fx.waitUntil(() -> fx.window.editorPane().body().getText().equals("Recruitment to trials is rising."));
        assertThat(snap().item().state()).isEqualTo(WorkflowState.DRAFT);
        assertThat(Fx.call(() -> fx.window.notice().message())).isEqualTo("Restored revision 1 as revision " + (n + 1) + ".");

        robot.interact(() -> ((Button) fx.window.notice().lookup("#notice-action")).fire());
        Fx.waitUntil(() -> revisions() == n + 2);
        Fx.waitUntil(() -> fx.window.editorPane().body().getText()
                .equals("Recruitment to cancer trials is rising again. Nurses helped."));
        assertThat(Fx.call(() -> fx.window.notice().message())).startsWith("Undone: the text before the restore is current again");
    }
}
