package org.standfirst.ui.review;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.standfirst.check.Fields;
import org.standfirst.check.Finding;
import org.standfirst.model.Item;

/**
 * Shown when someone submits an item that has error-level check findings: "This news story has 2
 * errors", each with where it is and why, then "Go back and fix" (the default, and Escape) or
 * "Submit anyway". Errors do not block a submission (the reviewer sees them too); the public
 * export is what refuses them, and the dialog says whether this workspace's export will.
 */
public final class SubmitErrorsDialog {
    public static final ButtonType FIX = new ButtonType("Go back and fix", ButtonBar.ButtonData.CANCEL_CLOSE);
    public static final ButtonType SUBMIT_ANYWAY = new ButtonType("Submit anyway", ButtonBar.ButtonData.OK_DONE);

    private final Alert alert = new Alert(Alert.AlertType.WARNING, "", FIX, SUBMIT_ANYWAY);

    public SubmitErrorsDialog(Window owner, Scene styledLike, Item item, List<Finding> errors, boolean exportRefuses) {
        String what = item.kind().label().toLowerCase(Locale.UK);
        String count = errors.size() == 1 ? "1 error" : errors.size() + " errors";
        alert.setTitle("Submit for review");
        alert.setHeaderText("This " + what + " has " + count + ":");
        VBox list = new VBox(6);
        list.setId("submit-errors");
        for (Finding f : errors) {
            Label l = new Label("• " + Fields.describe(f));
            l.setWrapText(true);
            l.getStyleClass().add("submit-error");
            list.getChildren().add(l);
        }
        Label after = new Label(exportRefuses
                ? "You can send it as it is: the reviewer sees these too. Public export refuses it until they are fixed."
                : "You can send it as it is: the reviewer sees these too. This workspace lets items with errors be exported.");
        after.setWrapText(true);
        after.getStyleClass().add("panel-muted");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(44.0 * errors.size(), 260));
        scroll.setPrefViewportWidth(520);
        VBox content = new VBox(10, scroll, after);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("submit-errors-dialog");
        StringBuilder spoken = new StringBuilder(alert.getHeaderText());
        errors.forEach(f -> spoken.append(' ').append(Fields.describe(f)));
        alert.getDialogPane().setAccessibleText(spoken.toString());
        // The safe answer is the default: Enter and Escape both go back to the text.
        Button fix = (Button) alert.getDialogPane().lookupButton(FIX);
        Button anyway = (Button) alert.getDialogPane().lookupButton(SUBMIT_ANYWAY);
        fix.setDefaultButton(true);
        anyway.setDefaultButton(false);
        fix.setAccessibleText("Go back and fix: shows the first error in the text");
        anyway.setAccessibleText("Submit anyway, with " + count);
        if (owner != null) {
            alert.initOwner(owner);
        }
        if (styledLike != null) {
            alert.getDialogPane().getStylesheets().addAll(styledLike.getStylesheets());
        }
    }

    /** Shows the dialog without blocking; runs one of the two answers when it closes. */
    public void ask(Runnable submitAnyway, Runnable goBackAndFix) {
        alert.setOnHidden(e -> {
            if (alert.getResult() == SUBMIT_ANYWAY) {
                submitAnyway.run();
            } else {
                goBackAndFix.run();
            }
        });
        alert.show();
    }

    public Alert alert() {
        return alert;
    }
}
