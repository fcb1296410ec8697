package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.ItemKind;
import org.standfirst.ui.editor.MarkdownEditor;
import org.standfirst.ui.review.ReviewPane;
import org.standfirst.ui.review.ReviewViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Comment markers in the body editor: a comment on selected words marks them, the mark follows
 * typing, the caret in it chooses the thread in the Review tab and choosing the thread there
 * selects the words; a thread whose words are deleted says it is orphaned.
 */
@ExtendWith(ApplicationExtension.class)
class CommentMarkersTest {
    @TempDir
    static Path temp;
    private WindowFixture fx;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open() throws Exception {
        fx = new WindowFixture(stage, Files.createTempDirectory(temp, "ws"));
    }

    @AfterEach
    void close() {
        if (fx != null) {
            fx.close();
        }
    }

    private MarkdownEditor body() {
        return fx.window.editorPane().body();
    }

    private ReviewViewModel.Snapshot snap() {
        return Fx.call(() -> fx.window.reviewViewModel().snapshotProperty().get());
    }

    /** True when every character of the words, where they are now, shows the style class. */
    private boolean styled(String words, String styleClass) {
        return Fx.call(() -> {
            int at = body().getText().indexOf(words);
            if (at < 0) {
                return false;
            }
            for (int i = at; i < at + words.length(); i++) {
                if (!body().getStyleOfChar(i).contains(styleClass)) {
                    return false;
                }
            }
            return true;
        });
    }

    private boolean anyStyled(String styleClass) {
        return Fx.call(() -> {
            for (int i = 0; i < body().getLength(); i++) {
                if (body().getStyleOfChar(i).contains(styleClass)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The text of every element matching the selector in the preview's body, joined. */
    private String previewMarked(String selector) {
        return Fx.call(() -> {
            if (fx.window.preview() == null || !fx.window.preview().isReady()) {
                return "";
            }
            Object v = fx.window.preview().webView().getEngine().executeScript("Array.prototype.map.call("
                    + "document.querySelectorAll('" + selector + "'), function (e) { return e.textContent; }).join('|')");
            return v == null ? "" : v.toString();
        });
    }

    private String previewText() {
        return Fx.call(() -> {
            Object v = fx.window.preview().webView().getEngine().executeScript(
                    "document.getElementById('sf-body') ? document.getElementById('sf-body').textContent.trim() : ''");
            return v == null ? "" : v.toString();
        });
    }

    static void answerDialog(FxRobot robot, Stage main, String text) {
        Fx.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w != main && w.isShowing()));
        robot.interact(() -> {
            Window w = Window.getWindows().stream().filter(x -> x != main && x.isShowing()).findFirst().orElseThrow();
            DialogPane pane = (DialogPane) w.getScene().getRoot();
            Node field = pane.lookup("#suggest-replacement");
            ((TextInputControl) (field != null ? field : pane.lookup(".text-field"))).setText(text);
            Button ok = (Button) pane.getButtonTypes().stream().filter(b -> b.getButtonData().isDefaultButton())
                    .findFirst().map(pane::lookupButton).orElse(pane.lookupButton(ButtonType.OK));
            ok.fire();
        });
    }

    @Test
    void aCommentOnSelectedWordsIsMarkedFollowsTypingAndChoosesItsThread(FxRobot robot) {
        robot.interact(() -> fx.window.create(ItemKind.NEWS_STORY.label()));
        Fx.waitUntil(() -> fx.window.editorViewModel().getItem() != null
                && fx.window.editorViewModel().getItem().headline().isEmpty());
        robot.interact(() -> {
            fx.window.editorViewModel().headline.set("Trial recruitment recovers");
            body().replaceText("Recruitment to cancer trials is rising again.\n\nMore people joined this year.");
            fx.window.showReviewPanel();
            int at = body().getText().indexOf("cancer trials");
            body().requestFocus();
            body().selectRange(at, at + "cancer trials".length());
        });
        javafx.application.Platform.runLater(() -> fx.window.reviewPane().commentOnSelection());
        answerDialog(robot, stage, "Which trials? Name the two studies.");
        Fx.waitUntil(() -> snap() != null && snap().threads().size() == 1);
        String thread = snap().threads().get(0).root().id();

        // The commented words carry the mark in the editor, and only they do.
        Fx.waitUntil(() -> styled("cancer trials", "comment-mark"));
        assertThat(styled("Recruitment", "comment-mark")).isFalse();
        assertThat(styled("More people", "comment-mark")).isFalse();

        // The preview marks the same words (its own markup, not the content's).
        Fx.waitUntil(() -> "cancer trials".equals(previewMarked("mark.sf-comment")));
        assertThat(Fx.call(() -> (String) fx.window.preview().webView().getEngine()
                .executeScript("document.querySelector('mark.sf-comment').getAttribute('data-thread')"))).isEqualTo(thread);

        // Typing above moves the mark with the words at once, before any save.
        robot.interact(() -> body().insertText(0, "Good news. "));
        Fx.waitUntil(() -> styled("cancer trials", "comment-mark"));
        assertThat(Fx.call(() -> body().layer(ReviewPane.MARK_LAYER))).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(thread);
            assertThat(m.start()).isEqualTo(Fx.call(() -> body().getText().indexOf("cancer trials")));
        });
        Fx.waitUntil(() -> fx.window.previewController().isCaughtUp()
                && previewText().startsWith("Good news. Recruitment to cancer trials"));
        assertThat(previewMarked("mark.sf-comment")).isEqualTo("cancer trials");

        // The caret in the marked words chooses the thread in the Review tab.
        robot.interact(() -> body().moveTo(body().getText().indexOf("trials")));
        Fx.waitUntil(() -> thread.equals(fx.window.reviewViewModel().selectedProperty().get()));
        assertThat(Fx.call(() -> fx.window.reviewPane().tabs().getSelectionModel().getSelectedItem().getText()))
                .startsWith("Comments");
        assertThat((int) Fx.call(() -> fx.window.scene().getRoot().lookupAll(".comment-card.selected").size())).isEqualTo(1);
        robot.interact(() -> body().moveTo(0));
        Fx.waitUntil(() -> fx.window.reviewViewModel().selectedProperty().get() == null);

        // Choosing the thread in the panel selects its words in the editor.
        Node card = Fx.call(() -> fx.window.scene().lookup(".comment-card"));
        robot.clickOn(card);
        Fx.waitUntil(() -> "cancer trials".equals(body().getSelectedText()));
        assertThat(fx.window.reviewViewModel().selectedProperty().get()).isEqualTo(thread);

        // Deleting the words: once saved, the thread says it is orphaned and the mark has gone.
        robot.interact(() -> {
            int at = body().getText().indexOf("cancer trials");
            body().replaceText(at, at + "cancer trials".length(), "studies");
        });
        Fx.waitUntil(() -> snap().threads().size() == 1 && Fx.call(() -> fx.window.scene().lookup(".orphan-badge") != null));
        assertThat(Fx.call(() -> ((Label) fx.window.scene().lookup(".orphan-badge")).getText())).startsWith("Orphaned");
        assertThat(Fx.call(() -> fx.window.scene().lookup(".comment-card.orphaned").getAccessibleText()))
                .startsWith("Orphaned comment by");
        assertThat(anyStyled("comment-mark")).isFalse();
        Fx.waitUntil(() -> fx.window.previewController().isCaughtUp() && previewMarked("mark.sf-comment").isEmpty()
                && previewText().contains("studies"));
    }

    @Test
    void aCommentOnAReportSectionIsMarkedInTheWholeReportsPreview(FxRobot robot) {
        var report = fx.ws.reports().get(0);
        var section = fx.ws.sections(report.id()).get(1);
        String body = section.content().body();
        int at = body.indexOf(' ', body.length() / 3) + 1;
        int end = body.indexOf(' ', at + 12);
        String words = body.substring(at, end);
        fx.ws.services().comments().add(section.id(), fx.ws.currentUser().id(), at, end, "Is this still true this year?");

        robot.interact(() -> fx.window.openItem(section));
        Fx.waitUntil(() -> fx.window.editorViewModel().getItem() != null
                && fx.window.editorViewModel().getItem().id().equals(section.id()));
        Fx.waitUntil(() -> styled(words, "comment-mark"));
        Fx.waitUntil(() -> fx.window.previewController().isCaughtUp() && words.equals(previewMarked("mark.sf-comment")));
        // Only the edited section is marked, inside the report page.
        assertThat(Fx.call(() -> fx.window.preview().webView().getEngine()
                .executeScript("document.querySelectorAll('section .article-body mark.sf-comment').length").toString()))
                .isEqualTo(Fx.call(() -> fx.window.preview().webView().getEngine()
                        .executeScript("document.querySelectorAll('mark.sf-comment').length").toString()));
    }
}
