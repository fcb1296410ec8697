package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.standfirst.model.Item;
import org.standfirst.publish.NinjsSchemas;
import org.standfirst.publish.NinjsVersion;
import org.standfirst.ui.preview.NinjsViewModel.Mode;
import org.testfx.api.FxRobot;

/** The preview tab's ninjs view: the open item as the export would write it, following the typing. */
class PreviewNinjsTest extends WindowTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private String shown() {
        return Fx.call(() -> fx.window.previewPanel().jsonArea().getText());
    }

    private String headlineIn(String json) throws Exception {
        return JSON.readTree(json).path("headlines").path(0).path("value").asText();
    }

    @Test
    void theOpenItemShowsAsSchemaValidNinjsThatFollowsTheTyping(FxRobot robot) throws Exception {
        // The sample's myeloma story, opened from the library as a writer would.
        Fx.waitUntil(() -> fx.window.libraryViewModel().items().stream().anyMatch(i -> i.headline().startsWith("Whole-body MRI")));
        Item story = Fx.call(() -> fx.window.libraryViewModel().items().stream()
                .filter(i -> i.headline().startsWith("Whole-body MRI")).findFirst().orElseThrow());
        robot.interact(() -> fx.window.openItem(story));
        Fx.waitUntil(() -> fx.window.editorViewModel().getItem() != null
                && fx.window.editorViewModel().getItem().id().equals(story.id()));

        // The page names the workspace's site, as the export will.
        Fx.waitUntil(() -> fx.window.preview() != null && fx.window.preview().isReady()
                && "Northfield Institute News".equals(fx.window.preview().webView().getEngine()
                        .executeScript("(document.querySelector('.site-name') || {}).textContent || ''")));

        // The mode buttons work from the keyboard like a radio group: the arrow keys move between
        // them and Space chooses.
        robot.interact(() -> fx.window.scene().lookup("#preview-mode-page").requestFocus());
        robot.type(KeyCode.RIGHT);
        assertThat(Fx.call(() -> fx.window.scene().getFocusOwner().getId())).isEqualTo("preview-mode-ninjs-3-1");
        assertThat(Fx.call(() -> fx.window.scene().getFocusOwner().getAccessibleText())).isEqualTo("Preview: the item as ninjs 3.1 JSON");
        robot.type(KeyCode.SPACE);
        Fx.waitUntil(() -> fx.window.previewPanel().viewModel().mode.get() == Mode.NINJS_3_1);
        Fx.waitUntil(() -> !shown().isEmpty());
        assertThat(Fx.call(() -> fx.window.previewPanel().jsonArea().isVisible())).isTrue();
        String json = shown();
        assertThat(json).startsWith("{\n  \""); // pretty-printed
        assertThat(headlineIn(json)).isEqualTo(story.headline());
        assertThat(NinjsSchemas.errors(NinjsSchemas.schema(NinjsVersion.V3_1), json)).isEmpty();
        assertThat(JSON.readTree(json).path("copyrightHolder").asText()).isEqualTo("Northfield Institute of Cancer Research");
        // As it will be published once approved, not marked as a draft.
        assertThat(JSON.readTree(json).path("pubStatus").asText()).isEqualTo("usable");
        assertThat(JSON.readTree(json).path("edNote").asText()).doesNotContain("DRAFT");

        // A new headline, typed and not yet saved, shows in the document.
        robot.interact(() -> fx.window.editorPane().headlineField().requestFocus());
        robot.press(KeyCode.END).release(KeyCode.END).write(" in the iTIMM study");
        Fx.waitUntil(() -> shown().contains("treatment in the iTIMM study"));
        assertThat(headlineIn(shown())).isEqualTo(story.headline() + " in the iTIMM study");
        assertThat(NinjsSchemas.errors(NinjsSchemas.schema(NinjsVersion.V3_1), shown())).isEmpty();

        // Copy puts the whole document on the clipboard.
        robot.clickOn("#preview-copy-json");
        assertThat(Fx.call(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(shown());

        // ninjs 2.2: the same item under the 2.x names, valid against its own schema.
        robot.clickOn("#preview-mode-ninjs-2-2");
        Fx.waitUntil(() -> shown().contains("\"copyrightholder\""));
        assertThat(headlineIn(shown())).isEqualTo(story.headline() + " in the iTIMM study");
        assertThat(NinjsSchemas.errors(NinjsSchemas.schema(NinjsVersion.V2_2), shown())).isEmpty();

        // Back to the page.
        robot.clickOn("#preview-mode-page");
        assertThat(Fx.call(() -> fx.window.previewPanel().jsonArea().getParent().isVisible())).isFalse();
    }
}
