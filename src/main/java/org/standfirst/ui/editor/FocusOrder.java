package org.standfirst.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Moves the focus to the next (or previous) control a user can Tab to, in the window's order:
 * what Tab does everywhere else, for an editor that would otherwise type a tab character.
 */
final class FocusOrder {
    private FocusOrder() {
    }

    /** Focuses the control after (or before) the given one; false when there is none. */
    public static boolean move(Node from, boolean back) {
        if (from.getScene() == null) {
            return false;
        }
        List<Node> order = new ArrayList<>();
        collect(from.getScene().getRoot(), order, from);
        int at = order.indexOf(from);
        if (at < 0 || order.size() < 2) {
            return false;
        }
        Node to = order.get(Math.floorMod(at + (back ? -1 : 1), order.size()));
        to.requestFocus();
        return true;
    }

    private static void collect(Node n, List<Node> out, Node from) {
        if (!n.isVisible() || n.isDisabled() || !n.isManaged() && n != from) {
            return;
        }
        if (n.isFocusTraversable()) {
            out.add(n);
            return; // a control's own parts are not stops of their own
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out, from);
            }
        }
    }
}
