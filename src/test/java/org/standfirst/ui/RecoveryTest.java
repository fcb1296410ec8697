package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Item;
import org.standfirst.model.ItemKind;
import org.standfirst.model.ItemQuery;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * After a crash: the workspace holds the last autosave (newer than the checkpoint) and the
 * layout file says the app did not close cleanly. The next start reopens that item, shows the
 * autosaved text and says what it recovered.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryTest {
    @TempDir
    static Path temp;
    private WindowFixture fx;
    private String id;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void theNextStartReopensTheItemWithItsAutosavedTextAndSaysSo(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory(temp, "ws");
        try (Standfirst app = Standfirst.open(folder)) {
            Item story = app.items().list(ItemQuery.all().withKind(ItemKind.NEWS_STORY)).get(0);
            id = story.id();
            app.items().checkpoint(id, story.writerId(), "Before the crash");
            // What autosave wrote a second before the process was killed:
            app.items().autosave(id, story.content().withBody(story.content().body() + "\n\nTyped just before the crash."));
        }
        WindowLayout left = WindowLayout.defaults();
        left.putText("lastItem", id);
        left.putFlag("cleanExit", false);
        left.write(folder);

        fx = new WindowFixture(stage, folder, w -> w.restore(!WindowLayout.read(folder).flag("cleanExit", true)));
        Fx.waitUntil(() -> fx.window.editorViewModel().getItem() != null);
        assertThat(Fx.call(() -> fx.window.editorPane().body().getText())).endsWith("Typed just before the crash.");
        Fx.waitUntil(() -> !fx.window.notice().message().isEmpty());
        String headline = Fx.call(() -> fx.window.editorViewModel().getItem().headline());
        assertThat(Fx.call(() -> fx.window.notice().message()))
                .contains("did not close properly").contains(headline).contains("autosaved at");
    }
}
