package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Editor and preview scroll together both ways, led by the side the writer scrolls, without chasing each other. */
class ScrollSyncTest extends WindowTest {
    private int editorTopLine() {
        return Fx.call(() -> fx.window.editorPane().body().firstVisibleParToAllParIndex() + 1);
    }

    private double previewScrollY() {
        return Fx.call(() -> fx.window.preview().scrollY());
    }

    /** A new story of numbered paragraphs, caret at the start, shown in a preview that has caught up. */
    private void newStoryOfParagraphs(FxRobot robot, int paragraphs) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= paragraphs; i++) {
            text.append("Paragraph ").append(i).append(". Trial recruitment fell during the pandemic and is now rising again.\n\n");
        }
        newStory(robot);
        robot.interact(() -> fx.window.editorPane().body().replaceText(text.toString().strip()));
        robot.interact(() -> fx.window.editorPane().body().moveTo(0));
        Fx.waitUntil(() -> fx.window.preview() != null && fx.window.preview().isReady()
                && fx.window.previewController().isCaughtUp());
    }

    /**
     * Turns the mouse wheel over a node, a notch of three lines (40 pixels) at a time, as a desktop
     * mouse does. (Monocle's robot wheel moves one pixel a notch and the other way round.)
     */
    private static void wheel(FxRobot robot, javafx.scene.Node target, int notchesDown) {
        for (int i = 0; i < Math.abs(notchesDown); i++) {
            int sign = notchesDown > 0 ? -1 : 1;
            robot.interact(() -> {
                javafx.geometry.Bounds b = target.localToScene(target.getBoundsInLocal());
                double x = b.getCenterX();
                double y = b.getCenterY();
                javafx.geometry.Point2D screen = target.localToScreen(target.getBoundsInLocal().getCenterX(),
                        target.getBoundsInLocal().getCenterY());
                javafx.event.Event.fireEvent(target, new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                        x, y, screen.getX(), screen.getY(), false, false, false, false, false, false, 0, sign * 40.0, 0,
                        sign * 40.0, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.LINES, sign * 3.0, 0,
                        new javafx.scene.input.PickResult(target, x, y)));
            });
        }
    }

    @Test
    void scrollingThePreviewMovesTheEditorAndBackWithoutJitter(FxRobot robot) {
        newStoryOfParagraphs(robot, 120);
        Fx.waitUntil(() -> fx.window.preview().topPosition() >= 1);

        // The writer scrolls the preview with the mouse wheel: the editor follows to the same paragraph.
        robot.moveTo(fx.window.preview().webView());
        wheel(robot, fx.window.preview().webView(), 50);
        Fx.waitUntil(() -> fx.window.preview().scrollY() > 1500);
        Fx.waitUntil(() -> fx.window.editorPane().body().firstVisibleParToAllParIndex() > 10);
        Fx.waitUntil(() -> Math.abs(fx.window.editorPane().body().firstVisibleParToAllParIndex() + 1
                - Math.floor(fx.window.preview().topPosition())) <= 2);
        assertThat(Fx.call(() -> fx.window.scrollSync().leader())).isEqualTo(ScrollSync.Side.PREVIEW);

        // Once the editor has followed, nothing moves the preview back: no loop between the two.
        double y = previewScrollY();
        int line = editorTopLine();
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        Fx.waitUntil(() -> fx.window.previewController().isCaughtUp());
        assertThat(previewScrollY()).isEqualTo(y);
        assertThat(editorTopLine()).isEqualTo(line);

        // Then the writer scrolls the editor back up: the preview follows it.
        robot.moveTo(fx.window.editorPane().body());
        // The wheel event goes to the node under the pointer: the body's virtual flow, which scrolls it.
        javafx.scene.Node flow = Fx.call(() -> fx.window.editorPane().body().lookup(".virtual-flow"));
        wheel(robot, flow == null ? fx.window.editorPane().body() : flow, -10);
        Fx.waitUntil(() -> fx.window.scrollSync().leader() == ScrollSync.Side.EDITOR);
        Fx.waitUntil(() -> fx.window.editorPane().body().firstVisibleParToAllParIndex() + 1 < line);
        Fx.waitUntil(() -> Math.abs(fx.window.editorPane().body().firstVisibleParToAllParIndex() + 1
                - Math.floor(fx.window.preview().topPosition())) <= 2);
        long moves = Fx.call(() -> fx.window.scrollSync().editorMoves());
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(Fx.call(() -> fx.window.scrollSync().editorMoves())).isEqualTo(moves);
    }

    @Test
    void theEditorAtItsTopShowsThePageFromItsHeadline(FxRobot robot) {
        newStoryOfParagraphs(robot, 60);
        javafx.scene.Node flow = Fx.call(() -> fx.window.editorPane().body().lookup(".virtual-flow"));
        javafx.scene.Node editor = flow == null ? fx.window.editorPane().body() : flow;
        robot.moveTo(fx.window.editorPane().body());

        wheel(robot, editor, 15);
        Fx.waitUntil(() -> fx.window.editorPane().body().firstVisibleParToAllParIndex() > 5);
        Fx.waitUntil(() -> fx.window.preview().scrollY() > 300);

        // Back to the top of the body: the preview shows the top of the page, headline and all,
        // not the body's first paragraph with the headline scrolled away above it.
        wheel(robot, editor, -40);
        Fx.waitUntil(() -> fx.window.editorPane().body().getEstimatedScrollY() < 1);
        Fx.waitUntil(() -> fx.window.preview().scrollY() < 1);
        assertThat(preview("document.querySelector('h1').getBoundingClientRect().top >= 0")).isEqualTo("true");
    }
}
