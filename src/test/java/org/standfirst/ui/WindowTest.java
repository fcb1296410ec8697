package org.standfirst.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.ItemKind;
import org.standfirst.ui.editor.MarkdownEditor;
import org.standfirst.ui.review.ReviewViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The lifecycle the desktop tests share: each test gets a real main window on the TestFX stage
 * over its own new workspace (H2 in a temp folder, seeded with the sample), closed after the
 * test with its work saved and the background lane drained. A test class extends this and uses
 * {@link #fx}; one that needs to act before the preview starts overrides {@link #beforeShow}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    @TempDir
    static Path temp;
    protected WindowFixture fx;
    protected Stage stage;

    @BeforeEach
    void openWindow() throws Exception {
        // The stage ApplicationExtension set up for this test. (Its @Start lookup sees only the
        // test class's own methods, not this base class's, so the stage is asked for here.)
        stage = FxToolkit.registerPrimaryStage();
        fx = new WindowFixture(stage, Files.createTempDirectory(temp, "ws"), this::beforeShow);
    }

    @AfterEach
    void closeWindow() {
        if (fx != null) {
            fx.close();
        }
    }

    /** The editor's body. */
    protected MarkdownEditor body() {
        return fx.window.editorPane().body();
    }

    /** What the review pane shows now: the open item's threads, suggestions and history. */
    protected ReviewViewModel.Snapshot snap() {
        return Fx.call(() -> fx.window.reviewViewModel().snapshotProperty().get());
    }

    /** A script's result in the preview page, as text; empty until the preview is ready. */
    protected String preview(String script) {
        return Fx.call(() -> {
            if (fx.window.preview() == null || !fx.window.preview().isReady()) {
                return "";
            }
            Object v = fx.window.preview().webView().getEngine().executeScript(script);
            return v == null ? "" : v.toString();
        });
    }

    /** Runs on the FX thread once the window is built and shown, before the preview starts. */
    protected void beforeShow(MainWindow window) {
    }

    /** File > New news story, waiting until the empty story is open in the editor. */
    protected void newStory(FxRobot robot) {
        newItem(robot, ItemKind.NEWS_STORY);
    }

    /** File > New of a kind, waiting until the empty item is open in the editor. */
    protected void newItem(FxRobot robot, ItemKind kind) {
        robot.interact(() -> fx.window.create(kind.label()));
        Fx.waitUntil(() -> fx.window.editorViewModel().getItem() != null
                && fx.window.editorViewModel().getItem().kind() == kind
                && fx.window.editorViewModel().getItem().headline().isEmpty());
    }
}
