package org.standfirst.ui.people;

import org.standfirst.ui.ErrorText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.standfirst.model.Person;
import org.standfirst.ui.BackgroundTasks;
import org.standfirst.ui.Icons;
import org.standfirst.ui.Notice;
import org.standfirst.ui.Workstation;

/**
 * Who is working: the "Working as" menu, the name in the status bar with its Change… action,
 * and the first-run question. A workspace with people in it but nobody chosen on this computer
 * (a new workspace seeded with the sample) starts as its first writer and says so with a
 * Change… action, so the window is never held up by a question; a workspace with nobody in it
 * asks for a name and role, and the profile is made with its signing key through the people service.
 */
public final class WorkingAs {
    /** How the person working was settled when the workspace opened. */
    public enum Start {
        /** Chosen before on this computer (remembered in the window layout). */
        REMEMBERED,
        /** Nobody was chosen yet: Standfirst picked the workspace's first writer. */
        PICKED,
        /** The workspace has nobody in it: ask. */
        NOBODY
    }

    private static final Logger LOG = LoggerFactory.getLogger(WorkingAs.class);

    private final Stage stage;
    private final Workstation ws;
    private final BackgroundTasks tasks;
    private final Notice notice;
    private final Consumer<Person> chosen;
    private final Menu menu = new Menu("_Working as");
    private final Button button = new Button();
    private final ToggleGroup group = new ToggleGroup();
    private final MenuItem changeItem = new MenuItem("_Change or add a person…");
    private Person me;
    private List<Person> people = List.of();

    /**
     * @param chosen called on the FX thread with the person who works from now on
     */
    public WorkingAs(Stage stage, Workstation ws, BackgroundTasks tasks, Notice notice, Person me, Consumer<Person> chosen) {
        this.stage = stage;
        this.ws = ws;
        this.tasks = tasks;
        this.notice = notice;
        this.me = me;
        this.chosen = chosen;
        button.setId("working-as");
        button.getStyleClass().addAll("flat", "working-as");
        button.setGraphic(Icons.icon("fth-user"));
        button.setFocusTraversable(true);
        button.setOnAction(e -> change());
        changeItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+P"));
        changeItem.setOnAction(e -> change());
        rebuild();
        show(me);
        reload();
    }

    public Menu menu() {
        return menu;
    }

    /** The status bar's "Amira Okafor · writer" button; pressing it asks who is working. */
    public Button statusButton() {
        return button;
    }

    /** Shows who is working now in the status bar and the menu. */
    public void show(Person p) {
        me = p;
        String text = p == null ? "Nobody chosen · Choose…" : p.name() + " · " + role(p) + " · Change…";
        button.setText(text);
        String spoken = p == null ? "Nobody is chosen as working here. Choose who you are"
                : "Working as " + p.name() + ", " + role(p) + ". Change who is working";
        button.setAccessibleText(spoken);
        org.standfirst.ui.HoverTip.set(button, spoken + " (Ctrl+Alt+P)");
        group.getToggles().forEach(t -> t.setSelected(p != null && p.id().equals(((RadioMenuItem) t).getId())));
    }

    /** After the workspace opened and the window is ready: says what was decided, or asks. */
    public void announce(Start start) {
        switch (start) {
            case PICKED -> {
                if (me != null) {
                    notice.show("You are working as " + me.name() + " (" + role(me) + "). Nobody had been chosen for this "
                            + "workspace on this computer, so Standfirst chose its first writer.", false, "Change…", this::change);
                }
            }
            case NOBODY -> change();
            default -> { }
        }
    }

    /** Asks who is working (Change… in the status bar, Ctrl+Alt+P); a new person is added with a signing key. */
    public void change() {
        tasks.run(ws::people, all -> {
            people = all;
            rebuild();
            new ProfileDialog(stage, stage.getScene(), all, me).ask(this::answered);
        }, e -> notice.show(ErrorText.oneLine(e), true));
    }

    private void answered(Optional<ProfileDialog.Choice> answer) {
        if (answer.isEmpty()) {
            if (me == null) {
                notice.show("Nobody is chosen as working here, so you cannot write or review yet.", true, "Choose…", this::change);
            }
            return;
        }
        if (answer.get() instanceof ProfileDialog.Existing x) {
            choose(x.person());
            return;
        }
        ProfileDialog.NewPerson n = (ProfileDialog.NewPerson) answer.get();
        tasks.run(() -> ws.services().people().add(n.name(), n.role()), p -> {
            LOG.info("Added {} as a {} with a signing key", p.name(), role(p));
            choose(p);
            notice.show("Welcome, " + p.name() + ". You are working as a " + role(p) + "; your signing key for approvals "
                    + "is in this workspace's keys folder.", false);
            reload();
        }, e -> notice.show(ErrorText.oneLine(e), true));
    }

    private void choose(Person p) {
        chosen.accept(p);
        show(p);
    }

    /** Reads the people afresh (someone was added) and rebuilds the menu. */
    public void reload() {
        tasks.run(ws::people, all -> {
            people = all;
            rebuild();
        }, e -> { });
    }

    private void rebuild() {
        menu.getItems().clear();
        group.getToggles().clear();
        for (Person p : people) {
            RadioMenuItem r = new RadioMenuItem(p.name() + " (" + role(p) + ")");
            r.setId(p.id());
            r.setToggleGroup(group);
            r.setSelected(me != null && me.id().equals(p.id()));
            r.setOnAction(e -> choose(p));
            menu.getItems().add(r);
        }
        if (!people.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().add(changeItem);
    }

    private static String role(Person p) {
        return p.role().name().toLowerCase(Locale.UK);
    }
}
