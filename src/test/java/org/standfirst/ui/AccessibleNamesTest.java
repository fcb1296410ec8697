package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.standfirst.model.ItemKind;
import org.testfx.api.FxRobot;

/**
 * Every control a keyboard user can reach has a name a screen reader can say: its own text, an
 * accessible text, or a label that names it. Walked in the main window with a press release open
 * (details, find and replace, review and history shown), with a report open, and in the export
 * and site-settings dialogs.
 */
class AccessibleNamesTest extends WindowTest {
    @Test
    void everyControlInTheMainWindowHasAName(FxRobot robot) {
        List<String> missing = new ArrayList<>();
        newItem(robot, ItemKind.PRESS_RELEASE);
        robot.interact(() -> {
            fx.window.editorPane().details().setExpanded(true);
            fx.window.editorPane().findBar().open(true);
            fx.window.showReviewPanel();
        });
        missing.addAll(Fx.call(() -> unnamed("press release, find bar, review", stage.getScene())));
        robot.interact(() -> fx.window.reviewPane().showHistory());
        missing.addAll(Fx.call(() -> unnamed("history", stage.getScene())));

        Fx.waitUntil(() -> !fx.window.reportList().getItems().isEmpty());
        robot.interact(() -> fx.window.reportList().getSelectionModel().select(0));
        Fx.waitUntil(() -> !fx.window.reportPane().sectionList().getItems().isEmpty());
        missing.addAll(Fx.call(() -> unnamed("report", stage.getScene())));

        var export = Fx.call(() -> fx.window.openExport());
        missing.addAll(Fx.call(() -> unnamed("export dialog", export.stage().getScene())));
        var site = Fx.call(() -> export.openSiteSettings());
        missing.addAll(Fx.call(() -> unnamed("site settings", site.stage().getScene())));
        robot.interact(() -> {
            site.stage().close();
            export.stage().close();
        });
        assertThat(missing).isEmpty();
    }

    static List<String> unnamed(String where, Scene scene) {
        List<Label> labels = new ArrayList<>();
        List<Control> controls = new ArrayList<>();
        walk(scene.getRoot(), labels, controls);
        List<String> out = new ArrayList<>();
        // The walk must reach the controls a person can tab to, or the check would pass on nothing.
        assertThat(controls.stream().filter(c -> c.isFocusTraversable() && shown(c)).count()).as(where).isGreaterThan(4);
        for (Control c : controls) {
            if (!c.isFocusTraversable() || !shown(c)) {
                continue;
            }
            boolean named = c.getAccessibleText() != null && !c.getAccessibleText().isBlank()
                    || c instanceof Labeled l && l.getText() != null && !l.getText().isBlank()
                    || labels.stream().anyMatch(l -> l.getLabelFor() == c);
            if (!named) {
                out.add(where + ": " + c.getClass().getSimpleName() + " id=" + c.getId() + " styles=" + c.getStyleClass() + " parent=" + path(c));
            }
        }
        return out;
    }

    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static String path(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node p = n.getParent(); p != null && sb.length() < 200; p = p.getParent()) {
            sb.append(p.getClass().getSimpleName()).append(p.getId() == null ? "" : "#" + p.getId()).append("<");
        }
        return sb.toString();
    }

    static void walk(Node n, List<Label> labels, List<Control> controls) {
        if (n instanceof Label l) {
            labels.add(l);
        }
        if (n instanceof Control c) {
            controls.add(c);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, labels, controls);
            }
        }
    }
}
