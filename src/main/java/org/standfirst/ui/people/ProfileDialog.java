package org.standfirst.ui.people;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.standfirst.model.Person;
import org.standfirst.model.Role;

/**
 * "Who is working here?": choose a person already in the workspace, or add yourself with a name
 * and a role. Asked on the first run in a workspace with nobody in it, and from Change… in the
 * status bar or the Working as menu. The dialog only gathers the answer; creating the profile
 * (with its signing key) is the caller's job, off the FX thread.
 */
public final class ProfileDialog {
    /** The answer: an existing person, or a new one to add. */
    public sealed interface Choice permits Existing, NewPerson {
    }

    public record Existing(Person person) implements Choice {
    }

    public record NewPerson(String name, Role role) implements Choice {
    }

    public static final ButtonType WORK_AS = new ButtonType("Work as this person", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<Choice> dialog = new Dialog<>();
    private final RadioButton existing = new RadioButton("Someone already in this workspace");
    private final RadioButton fresh = new RadioButton("Someone new: add me");
    private final ListView<Person> people = new ListView<>();
    private final TextField name = new TextField();
    private final ChoiceBox<Role> role = new ChoiceBox<>();
    private final Label problem = new Label();
    private final List<Person> everyone;

    /**
     * @param everyone the people in the workspace, by name
     * @param current  who is working now, or null (nobody yet: the first run)
     */
    public ProfileDialog(Window owner, Scene styledLike, List<Person> everyone, Person current) {
        this.everyone = List.copyOf(everyone);
        dialog.setTitle("Who is working here?");
        dialog.setHeaderText(current == null
                ? "Welcome to Standfirst. Who is working in this workspace on this computer?"
                : "You are working as " + current.name() + " (" + roleName(current.role()) + "). Who is working now?");
        dialog.getDialogPane().getButtonTypes().setAll(WORK_AS, ButtonType.CANCEL);
        dialog.getDialogPane().setId("profile-dialog");

        ToggleGroup which = new ToggleGroup();
        existing.setToggleGroup(which);
        fresh.setToggleGroup(which);
        existing.setId("profile-existing");
        fresh.setId("profile-new");
        people.setId("profile-people");
        people.setAccessibleText("People in this workspace");
        people.getItems().setAll(this.everyone);
        people.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Person p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + " · " + roleName(p.role()));
            }
        });
        double rows = Math.min(37.0 * Math.max(this.everyone.size(), 2) + 6, 210);
        people.setPrefHeight(rows);
        people.setMinHeight(rows);
        if (current != null) {
            this.everyone.stream().filter(p -> p.id().equals(current.id())).findFirst()
                    .ifPresent(p -> people.getSelectionModel().select(p));
        }

        name.setId("profile-name");
        name.setPromptText("Your name, as it appears on what you write");
        name.setAccessibleText("Your name");
        role.setId("profile-role");
        role.getItems().setAll(Role.values());
        role.setValue(Role.WRITER);
        role.setAccessibleText("Your role");
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : switch (r) {
                    case WRITER -> "Writer: drafts and submits for review";
                    case REVIEWER -> "Reviewer: approves or sends back";
                    case EDITOR -> "Editor: writes, reviews and publishes";
                };
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        Label nameLabel = new Label("Name");
        nameLabel.setLabelFor(name);
        nameLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label roleLabel = new Label("Role");
        roleLabel.setLabelFor(role);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, nameLabel, name);
        form.addRow(1, roleLabel, role);
        form.setPadding(new Insets(0, 0, 0, 24));
        name.setPrefColumnCount(26);

        problem.setId("profile-problem");
        problem.getStyleClass().add("profile-problem");
        problem.setWrapText(true);
        // Room for two lines is kept, so the dialog does not need to grow when a problem shows.
        problem.setMinHeight(34);
        Label keys = new Label("Your name goes on what you write, comment on and approve. A new profile gets its own "
                + "signing key for approvals, kept in this workspace's keys folder. You can change who is working at "
                + "any time with Change… in the status bar.");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        keys.setMaxWidth(460);
        keys.getStyleClass().add("panel-muted");

        VBox content = new VBox(8);
        if (!this.everyone.isEmpty()) {
            VBox.setMargin(people, new Insets(0, 0, 0, 24));
            content.getChildren().addAll(existing, people);
        }
        content.getChildren().addAll(fresh, form, problem, keys);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);

        which.selectedToggleProperty().addListener((o, a, b) -> update());
        people.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> update());
        name.textProperty().addListener((o, a, b) -> {
            if (!b.isBlank()) {
                fresh.setSelected(true);
            }
            update();
        });
        people.setOnMouseClicked(e -> existing.setSelected(true));
        people.focusedProperty().addListener((o, a, f) -> {
            if (f) {
                existing.setSelected(true);
            }
        });
        (this.everyone.isEmpty() ? fresh : existing).setSelected(true);
        existing.setDisable(this.everyone.isEmpty());
        update();

        dialog.setResultConverter(b -> b == WORK_AS ? choice().orElse(null) : null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        if (styledLike != null) {
            dialog.getDialogPane().getStylesheets().addAll(styledLike.getStylesheets());
        }
        dialog.setOnShown(e -> (this.everyone.isEmpty() ? name : people).requestFocus());
        org.standfirst.ui.EscapeCancels.on(dialog); // the focus starts on the people list
    }

    private static String roleName(Role r) {
        return r.name().toLowerCase(Locale.UK);
    }

    /** The answer as the dialog stands, or empty when it cannot be given yet (with why, under the form). */
    Optional<Choice> choice() {
        if (existing.isSelected()) {
            Person p = people.getSelectionModel().getSelectedItem();
            return Optional.ofNullable(p).map(Existing::new);
        }
        String n = name.getText() == null ? "" : name.getText().strip();
        if (n.isEmpty() || n.length() > Person.MAX_NAME || taken(n)) {
            return Optional.empty();
        }
        return Optional.of(new NewPerson(n, role.getValue()));
    }

    private boolean taken(String n) {
        return everyone.stream().anyMatch(p -> p.name().equalsIgnoreCase(n));
    }

    private void update() {
        String n = name.getText() == null ? "" : name.getText().strip();
        String why = "";
        if (fresh.isSelected() && taken(n)) {
            why = "There is already a person called " + n + " here: choose them above instead.";
        } else if (fresh.isSelected() && n.length() > Person.MAX_NAME) {
            why = "A name can be at most " + Person.MAX_NAME + " characters.";
        }
        problem.setText(why);
        Button ok = (Button) dialog.getDialogPane().lookupButton(WORK_AS);
        ok.setMinWidth(Region.USE_PREF_SIZE);
        ok.setDisable(choice().isEmpty());
    }

    /** Shows the dialog without blocking; the answer (or nothing, when cancelled) goes to the consumer. */
    public void ask(java.util.function.Consumer<Optional<Choice>> answer) {
        dialog.setOnHidden(e -> answer.accept(Optional.ofNullable(dialog.getResult())));
        dialog.show();
    }

    public Dialog<Choice> dialog() {
        return dialog;
    }
}
