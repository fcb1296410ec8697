package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.standfirst.model.WorkflowState;
import org.standfirst.ui.review.SubmitErrorsDialog;
import org.standfirst.workflow.Action;
import org.testfx.api.FxRobot;

/** Submit for review lists the story's errors first, with "Go back and fix" and "Submit anyway" (issue #6). */
class SubmitErrorsTest extends WindowTest {
    private DialogPane dialog() {
        Fx.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()
                && w.getScene().getRoot() instanceof DialogPane p && "submit-errors-dialog".equals(p.getId())));
        return Fx.call(() -> (DialogPane) Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                .findFirst().orElseThrow().getScene().getRoot());
    }

    @Test
    void errorsAreListedFirstThenTheWriterFixesOrSubmitsAnyway(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> {
            fx.window.editorViewModel().headline.set("Trial results announced");
            fx.window.editorViewModel().standfirst.set("A study of new treatments for people with cancer.");
            fx.window.editorPane().body().replaceText("Doctors say the breakthrough cured 60% of cancer victims in the trial.");
            fx.window.showReviewPanel();
        });
        Fx.waitUntil(() -> snap() != null && snap().item().id().equals(fx.window.editorViewModel().getItem().id())
                && snap().decisions().get(Action.SUBMIT).allowed());

        robot.clickOn("#review-submit");
        DialogPane pane = dialog();
        assertThat(Fx.call(pane::getHeaderText)).isEqualTo("This news story has 2 errors:");
        List<String> lines = Fx.call(() -> pane.lookupAll(".submit-error").stream().map(n -> ((Label) n).getText()).toList());
        assertThat(lines).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("• Body, line 1: “60%”: ").contains("per cent"))
                .anySatisfy(l -> assertThat(l).startsWith("• Body, line 1: “cancer victims”: ").contains("people with cancer"));
        assertThat(Fx.call(pane::getAccessibleText)).startsWith("This news story has 2 errors:");

        Shots.save(Fx.call(() -> pane.getScene().getWindow()), "submit-errors-light");
        Shots.save(stage, "submit-errors-main");
        // Enter takes the safe default: back to the text, with the first error selected; nothing is submitted.
        Window shown = Fx.call(() -> pane.getScene().getWindow());
        robot.interact(shown::requestFocus);
        robot.type(KeyCode.ENTER);
        Fx.waitUntil(() -> !shown.isShowing());
        Fx.waitUntil(() -> "60%".equals(Fx.call(() -> fx.window.editorPane().body().getSelectedText())));
        assertThat(snap().item().state()).isEqualTo(WorkflowState.DRAFT);

        // Asked again, the writer sends it as it is.
        robot.clickOn("#review-submit");
        DialogPane again = dialog();
        robot.interact(() -> ((Button) again.lookupButton(SubmitErrorsDialog.SUBMIT_ANYWAY)).fire());
        Fx.waitUntil(() -> snap().item().state() == WorkflowState.IN_REVIEW);
        assertThat(Fx.call(() -> fx.window.notice().message())).isEqualTo("Sent for review.");
    }

    @Test
    void aStoryWithoutErrorsIsSubmittedWithoutAsking(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> {
            fx.window.editorViewModel().headline.set("Trial recruitment recovers");
            fx.window.editorViewModel().standfirst.set("More people joined cancer trials this year than last.");
            fx.window.editorPane().body().replaceText("Recruitment to trials is rising again.");
            fx.window.showReviewPanel();
        });
        Fx.waitUntil(() -> snap() != null && snap().item().id().equals(fx.window.editorViewModel().getItem().id())
                && snap().decisions().get(Action.SUBMIT).allowed());
        robot.clickOn("#review-submit");
        Fx.waitUntil(() -> snap().item().state() == WorkflowState.IN_REVIEW);
        assertThat(Window.getWindows().stream().filter(Window::isShowing).count()).isEqualTo(1);
    }
}
