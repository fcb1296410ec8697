package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.standfirst.ui.preview.PreviewBlock;
import org.standfirst.ui.preview.PreviewPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PreviewPaneTest {
    private static final String SHELL = "<!DOCTYPE html><html><head><meta charset='utf-8'></head>"
            + "<body><main id='sf-body'>placeholder</main></body></html>";
    private PreviewPane pane;

    @Start
    void start(Stage stage) {
        pane = new PreviewPane();
        stage.setScene(new Scene(pane, 600, 400));
        stage.show();
        pane.showShell(SHELL);
    }

    private String bodyHtml(FxRobot robot) {
        return Fx.call(() -> (String) pane.webView().getEngine()
                .executeScript("document.getElementById('sf-body').innerHTML"));
    }

    @Test
    void patchesOnlyChangedBlocksAndKeepsTheRest(FxRobot robot) throws Exception {
        AtomicInteger created = new AtomicInteger(-2);
        robot.interact(() -> pane.patch("#sf-body", List.of(
                new PreviewBlock("a", "<p>First</p>", 0, 0),
                new PreviewBlock("b", "<p>Second</p>", 2, 2)), created::set));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> created.get() != -2);
        assertThat(created.get()).isEqualTo(2);
        assertThat(bodyHtml(robot)).contains("First").contains("Second").doesNotContain("placeholder");

        // Mark the first node; after a patch that changes only the second, it must be the same node.
        robot.interact(() -> pane.webView().getEngine().executeScript(
                "document.querySelector('[data-key=a]').setAttribute('data-mark','kept')"));
        created.set(-2);
        robot.interact(() -> pane.patch("#sf-body", List.of(
                new PreviewBlock("a", "<p>First</p>", 0, 0),
                new PreviewBlock("c", "<p>Second, edited</p>", 2, 2)), created::set));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> created.get() != -2);
        assertThat(created.get()).isEqualTo(1);
        assertThat(bodyHtml(robot)).contains("data-mark=\"kept\"").contains("Second, edited")
                .doesNotContain("data-key=\"b\"");
    }

    @Test
    void scriptInContentNeverRuns(FxRobot robot) throws Exception {
        AtomicInteger created = new AtomicInteger(-2);
        robot.interact(() -> pane.patch("#sf-body", List.of(
                new PreviewBlock("x", "<p>Text<img src=x onerror=\"alert('img');document.title='hacked'\"></p>", 0, 0),
                new PreviewBlock("y", "<script>alert('script');document.title='hacked'</script>", 1, 1),
                new PreviewBlock("z", "<p><a href=\"javascript:alert('link')\">link</a></p>", 2, 2)), created::set));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> created.get() != -2);
        Thread.sleep(500); // give a broken image's error event its chance to fire
        WaitForAsyncUtils.waitForFxEvents();
        String html = bodyHtml(robot);
        assertThat(html).contains("Text").doesNotContain("onerror").doesNotContain("<script").doesNotContain("javascript:");
        String title = Fx.call(() -> (String) pane.webView().getEngine().executeScript("document.title"));
        assertThat(title).isNotEqualTo("hacked");
        assertThat(pane.alertCount()).isZero();
    }

    @Test
    void thePagePolicyBlocksHandlersEvenWithoutTheBridgesCleaning(FxRobot robot) throws Exception {
        robot.interact(() -> pane.webView().getEngine().executeScript(
                "document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"document.title=\\'ran\\'\">')"));
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        String title = Fx.call(() -> (String) pane.webView().getEngine().executeScript("document.title"));
        assertThat(title).isNotEqualTo("ran");
        assertThat(Fx.call(() -> (String) pane.webView().getEngine().executeScript("document.body.innerHTML"))).contains("onerror");
    }
}
