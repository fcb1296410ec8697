package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.standfirst.model.ItemKind;
import org.testfx.api.FxRobot;

/** Add section, then type: the words name the new section, as after File > New. */
class AddSectionTest extends WindowTest {
    @Test
    void typingStraightAfterAddSectionNamesTheNewSection(FxRobot robot) {
        Fx.waitUntil(() -> !fx.window.reportList().getItems().isEmpty());
        robot.interact(() -> fx.window.reportList().getSelectionModel().select(0));
        Fx.waitUntil(() -> !fx.window.reportPane().sectionList().getItems().isEmpty());
        int before = Fx.call(() -> fx.window.reportPane().sectionList().getItems().size());

        robot.clickOn("#section-add");
        Fx.waitUntil(() -> fx.window.editorViewModel().getItem() != null
                && fx.window.editorViewModel().getItem().kind() == ItemKind.REPORT_SECTION
                && "New section".equals(fx.window.editorViewModel().getItem().headline())
                && fx.window.editorPane().headlineField().isFocused());
        robot.write("What it costs");
        assertThat(Fx.call(() -> fx.window.editorPane().headlineField().getText())).isEqualTo("What it costs");
        String id = Fx.call(() -> fx.window.editorViewModel().getItem().id());
        robot.interact(() -> fx.window.editorViewModel().save());
        Fx.waitUntil(() -> "What it costs".equals(fx.ws.item(id).orElseThrow().headline()));
        assertThat(fx.ws.sections(Fx.call(() -> fx.window.reportList().getItems().get(0).id()))).hasSize(before + 1);
    }
}
