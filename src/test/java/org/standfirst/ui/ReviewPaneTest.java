package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.standfirst.model.Person;
import org.standfirst.model.Role;
import org.standfirst.model.WorkflowState;
import org.standfirst.workflow.Action;
import org.testfx.api.FxRobot;

/** A story taken through review in the review panel: submit, a refusal explained, a comment, approve, the diff. */
class ReviewPaneTest extends WindowTest {
    private boolean shows(WorkflowState s) {
        var x = snap();
        return x != null && x.item().state() == s;
    }

    @Test
    void aStoryIsSubmittedCommentedOnAndApprovedWithAVerifiedApproval(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> {
            fx.window.editorViewModel().headline.set("Trial recruitment recovers");
            fx.window.editorViewModel().standfirst.set("More people joined cancer trials this year than last.");
            fx.window.editorPane().body().replaceText("Recruitment to trials is rising again.");
            fx.window.showReviewPanel();
        });
        robot.interact(() -> fx.window.editorPane().body().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Fx.waitUntil(() -> snap() != null && snap().history().revisions().size() == 1);

        robot.interact(() -> fx.window.editorPane().body().replaceText("Recruitment to cancer trials is rising again."));
        Fx.waitUntil(() -> snap() != null && snap().decisions().get(Action.SUBMIT).allowed());
        robot.clickOn("#review-submit");
        Fx.waitUntil(() -> shows(WorkflowState.IN_REVIEW));
        assertThat(Fx.call(() -> fx.window.notice().message())).isEqualTo("Sent for review.");
        // The writer cannot approve their own work: the button is off and says why.
        assertThat(Fx.call(() -> fx.window.reviewPane().button(Action.APPROVE).isDisabled())).isTrue();
        assertThat(snap().decisions().get(Action.APPROVE).reason()).isNotBlank();
        assertThat(Fx.call(() -> ((javafx.scene.control.Label) fx.window.scene().lookup("#review-reasons")).getText()))
                .contains(snap().decisions().get(Action.APPROVE).reason());
        // Asked from the menu anyway, the refusal's line shows in the notice.
        robot.interact(() -> fx.window.reviewViewModel().act(Action.APPROVE, ""));
        Fx.waitUntil(() -> fx.window.notice().message().startsWith("Only reviewers and editors can approve"));

        Person reviewer = fx.ws.services().people().add("Rhiannon Reviewer", Role.REVIEWER);
        robot.interact(() -> fx.window.workAs(reviewer));
        Fx.waitUntil(() -> snap().decisions().get(Action.APPROVE).allowed());

        // Ctrl+Alt+M on a selection asks for the comment and anchors it to the words.
        robot.interact(() -> {
            var body = fx.window.editorPane().body();
            int at = body.getText().indexOf("cancer trials");
            body.requestFocus();
            body.selectRange(at, at + "cancer trials".length());
        });
        // What Review > Comment on selection (Ctrl+Alt+M) runs; the dialog waits, so it is started without waiting.
        javafx.application.Platform.runLater(() -> fx.window.reviewPane().commentOnSelection());
        Fx.waitUntil(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()));
        robot.interact(() -> {
            var w = javafx.stage.Window.getWindows().stream().filter(x -> x != stage && x.isShowing()).findFirst().orElseThrow();
            var pane = (javafx.scene.control.DialogPane) w.getScene().getRoot();
            ((javafx.scene.control.TextField) pane.lookup(".text-field")).setText("Which trials?");
            ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire();
        });
        Fx.waitUntil(() -> snap().threads().size() == 1);
        assertThat(snap().threads().get(0).root().comment().quote()).isEqualTo("cancer trials");
        assertThat(snap().threads().get(0).root().authorName()).isEqualTo("Rhiannon Reviewer");

        robot.interact(() -> fx.window.showReviewPanel());
        robot.clickOn("Workflow");
        robot.clickOn("#review-approve");
        Fx.waitUntil(() -> shows(WorkflowState.APPROVED));
        var head = snap().history().revisions().get(snap().history().revisions().size() - 1);
        assertThat(head.approvals()).singleElement().satisfies(a -> assertThat(a.label()).isEqualTo("Verified"));

        // The first revision against the current one: "cancer" was added.
        robot.interact(() -> fx.window.reviewPane().history().getSelectionModel().select(
                fx.window.reviewViewModel().revisions().get(fx.window.reviewViewModel().revisions().size() - 1)));
        Fx.waitUntil(() -> fx.window.reviewPane().diffView().getChildren().stream()
                .anyMatch(n -> n instanceof Text t && t.getStyleClass().contains("diff-added") && t.getText().contains("cancer")));
    }
}
