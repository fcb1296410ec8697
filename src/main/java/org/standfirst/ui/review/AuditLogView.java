package org.standfirst.ui.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.standfirst.app.AuditLine;
import org.standfirst.app.ItemHistory;
import org.standfirst.app.RevisionSummary;
import org.standfirst.model.AuditEntry;

/**
 * The item's audit log, newest first: every transition with who, when, from and to which state,
 * the revision it concerned and the note that went with it.
 */
public final class AuditLogView extends ListView<AuditLogView.Line> {
    /** One entry as shown: the audit line and the number of the revision it names (0: none or unknown). */
    public record Line(AuditLine line, int revision) {
        public String what() {
            AuditEntry e = line.entry();
            return actionLabel(e.action()) + (e.from() == null || e.to() == null || e.from() == e.to() ? ""
                    : " · " + e.from().label() + " → " + e.to().label());
        }

        public String who() {
            AuditEntry e = line.entry();
            return (line.actorName().isBlank() ? "Someone" : line.actorName()) + " · " + ReviewPane.WHEN.format(e.at())
                    + (revision > 0 ? " · revision " + revision : "");
        }

        public String note() {
            return line.entry().comment().isBlank() ? "" : "“" + line.entry().comment().strip() + "”";
        }
    }

    public AuditLogView() {
        setId("review-audit");
        setAccessibleText("Audit log, newest first: every change of state with who, when and the revision");
        setPlaceholder(new Label("Nothing has happened to this item yet."));
        setCellFactory(v -> new Cell());
        setPrefHeight(200);
        setMinHeight(90);
    }

    public void show(ItemHistory h) {
        if (h == null) {
            getItems().clear();
            return;
        }
        Map<String, Integer> numbers = new HashMap<>();
        for (RevisionSummary r : h.revisions()) {
            numbers.put(r.id(), r.number());
        }
        List<Line> lines = new ArrayList<>();
        for (AuditLine a : h.audit()) {
            String rev = a.entry().revisionId();
            lines.add(new Line(a, rev == null ? 0 : numbers.getOrDefault(rev, 0)));
        }
        Collections.reverse(lines);
        getItems().setAll(lines);
    }

    /** "submit" as the log says it: "Submitted for review". */
    static String actionLabel(String action) {
        return switch (action) {
            case "submit" -> "Submitted for review";
            case "approve" -> "Approved";
            case "request-changes" -> "Changes requested";
            case "withdraw" -> "Withdrawn from review";
            case "edit" -> "Edited after review";
            case "publish" -> "Published";
            case "archive" -> "Archived";
            case "restore" -> "Restored from the archive";
            case "set-state" -> "State set";
            default -> action.isEmpty() ? action : Character.toUpperCase(action.charAt(0)) + action.substring(1).replace('-', ' ');
        };
    }

    private static final class Cell extends ListCell<Line> {
        @Override
        protected void updateItem(Line l, boolean empty) {
            super.updateItem(l, empty);
            if (empty || l == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Label what = new Label(l.what());
            what.setStyle("-fx-font-weight: bold;");
            what.setWrapText(true);
            Label who = new Label(l.who());
            who.getStyleClass().add("panel-muted");
            VBox box = new VBox(1, what, who);
            HistoryPane.fitWidth(this, what, who);
            if (!l.note().isEmpty()) {
                Label note = new Label(l.note());
                HistoryPane.fitWidth(this, note);
                box.getChildren().add(note);
            }
            setText(null);
            setGraphic(box);
            setPrefWidth(0);
            setAccessibleText(l.what() + ", " + l.who() + (l.note().isEmpty() ? "" : ", note: " + l.note()));
        }
    }
}
