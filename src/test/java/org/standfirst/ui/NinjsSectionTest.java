package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.standfirst.model.Item;
import org.standfirst.model.ItemKind;
import org.standfirst.ui.preview.NinjsViewModel.Mode;
import org.testfx.api.FxRobot;

/** A report section's ninjs tab says why there is none in plain words, with no item id in sight. */
class NinjsSectionTest extends WindowTest {
    @Test
    void aReportSectionsNinjsTabExplainsWithoutAnId(FxRobot robot) {
        Fx.waitUntil(() -> fx.window.libraryViewModel().items().stream().anyMatch(i -> i.kind() == ItemKind.REPORT_SECTION));
        Item section = Fx.call(() -> fx.window.libraryViewModel().items().stream()
                .filter(i -> i.kind() == ItemKind.REPORT_SECTION).findFirst().orElseThrow());
        robot.interact(() -> fx.window.openItem(section));
        Fx.waitUntil(() -> fx.window.editorViewModel().getItem() != null
                && fx.window.editorViewModel().getItem().id().equals(section.id()));
        robot.interact(() -> fx.window.previewPanel().viewModel().mode.set(Mode.NINJS_3_1));
        Fx.waitUntil(() -> {
            Label m = (Label) fx.window.scene().lookup("#preview-ninjs-message");
            return m != null && m.isVisible() && m.getText().startsWith("A report section");
        });
        String said = Fx.call(() -> ((Label) fx.window.scene().lookup("#preview-ninjs-message")).getText());
        assertThat(said).isEqualTo("A report section has no ninjs of its own: it is exported with its report")
                .doesNotContain(section.id());
    }
}
