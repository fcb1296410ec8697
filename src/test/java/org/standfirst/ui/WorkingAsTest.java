package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Person;
import org.standfirst.model.Role;
import org.standfirst.ui.library.SmartList;
import org.standfirst.ui.people.ProfileDialog;
import org.standfirst.ui.people.WorkingAs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Who is working: a workspace with nobody in it asks for a name and role and makes the profile
 * with its signing key; a new sample workspace starts as its first writer and says so, with
 * Change… to work as someone else; the choice is remembered in the window layout.
 */
@ExtendWith(ApplicationExtension.class)
class WorkingAsTest {
    @TempDir
    Path temp;
    private WindowFixture fx;
    private Stage stage;

    private WindowFixture open(Standfirst.Options options) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        fx = new WindowFixture(stage, Files.createTempDirectory(temp, "ws"), options, null);
        return fx;
    }

    /** Waits until the library has been read afresh for the new person and the lane is idle. */
    private void settle(FxRobot robot) {
        java.util.concurrent.atomic.AtomicBoolean listed = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> {
            fx.window.libraryViewModel().whenRefreshed(() -> listed.set(true));
            fx.window.refreshLibrary();
        });
        Fx.waitUntil(listed::get);
        java.util.concurrent.atomic.AtomicBoolean idle = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> fx.tasks.run(() -> null, v -> idle.set(true), e -> idle.set(true)));
        Fx.waitUntil(idle::get);
    }

    @AfterEach
    void close() {
        if (fx != null) {
            fx.close();
        }
    }

    private DialogPane profileDialog() {
        Fx.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()
                && w.getScene().getRoot() instanceof DialogPane p && "profile-dialog".equals(p.getId())));
        return Fx.call(() -> (DialogPane) Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                .findFirst().orElseThrow().getScene().getRoot());
    }

    private String statusText() {
        return Fx.call(() -> fx.window.workingAs().statusButton().getText());
    }

    @Test
    void aWorkspaceWithNobodyInItAsksForANameAndRoleAndMakesTheProfileWithItsKey(FxRobot robot) throws Exception {
        open(Standfirst.Options.defaults().withoutSample());
        assertThat(fx.window.me()).isNull();
        assertThat(statusText()).isEqualTo("Nobody chosen · Choose…");

        robot.interact(() -> fx.window.announceProfile(WorkingAs.Start.NOBODY));
        DialogPane d = profileDialog();
        assertThat(Fx.call(d::getHeaderText)).startsWith("Welcome to Standfirst.");
        // Nobody to choose from: only "add me", with the name field ready for typing.
        assertThat(Fx.call(() -> d.lookup("#profile-people"))).isNull();
        Button ok = Fx.call(() -> (Button) d.lookupButton(ProfileDialog.WORK_AS));
        assertThat(Fx.call(ok::isDisabled)).isTrue();
        Window dialogWindow = Fx.call(() -> d.getScene().getWindow());
        robot.interact(dialogWindow::requestFocus);
        robot.interact(() -> ((TextField) d.lookup("#profile-name")).setText("Priya Shah"));
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<Role> role = (ChoiceBox<Role>) d.lookup("#profile-role");
            role.setValue(Role.REVIEWER);
        });
        assertThat(Fx.call(ok::isDisabled)).isFalse();
        Shots.save(dialogWindow, "profile-first-run");
        robot.interact(() -> d.lookup("#profile-name").requestFocus());
        robot.type(KeyCode.ENTER);

        Fx.waitUntil(() -> fx.window.me() != null && fx.window.me().name().equals("Priya Shah"));
        Person priya = fx.window.me();
        assertThat(priya.role()).isEqualTo(Role.REVIEWER);
        // The profile is in the workspace with its own signing key, and is remembered for next time.
        assertThat(fx.ws.services().people().findByName("Priya Shah")).isPresent();
        assertThat(fx.ws.services().people().privateKey(priya.id())).isPresent();
        assertThat(fx.ws.currentUser().id()).isEqualTo(priya.id());
        assertThat(fx.layout.text("person", null)).isEqualTo(priya.id());
        Fx.waitUntil(() -> statusText().equals("Priya Shah · reviewer · Change…"));
        Fx.waitUntil(() -> fx.window.notice().message().startsWith("Welcome, Priya Shah."));
        Shots.save(stage, "profile-after-first-run");
        settle(robot);
    }

    @Test
    void aNewSampleWorkspaceStartsAsItsWriterSaysSoAndChangeWorksAsSomeoneElse(FxRobot robot) throws Exception {
        open(Standfirst.Options.defaults());
        Person writer = fx.window.me();
        assertThat(writer.role()).isEqualTo(Role.WRITER);
        robot.interact(() -> fx.window.announceProfile(WorkingAs.Start.PICKED));
        assertThat(Fx.call(() -> fx.window.notice().message())).isEqualTo("You are working as " + writer.name()
                + " (writer). Nobody had been chosen for this workspace on this computer, so Standfirst chose its first writer.");
        assertThat(statusText()).isEqualTo(writer.name() + " · writer · Change…");
        Shots.save(stage, "profile-picked");

        // Change… in the notice: choose the sample's reviewer from the list.
        robot.interact(() -> ((Button) fx.window.notice().lookup("#notice-action")).fire());
        DialogPane d = profileDialog();
        assertThat(Fx.call(d::getHeaderText)).startsWith("You are working as " + writer.name() + " (writer).");
        @SuppressWarnings("unchecked")
        ListView<Person> people = Fx.call(() -> (ListView<Person>) d.lookup("#profile-people"));
        Person reviewer = Fx.call(() -> people.getItems().stream().filter(p -> p.role() == Role.REVIEWER).findFirst().orElseThrow());

        // Typing a name that is taken says so and cannot be chosen.
        robot.interact(() -> ((TextField) d.lookup("#profile-name")).setText(writer.name().toLowerCase()));
        assertThat(Fx.call(() -> ((RadioButton) d.lookup("#profile-new")).isSelected())).isTrue();
        assertThat(Fx.call(() -> ((Label) d.lookup("#profile-problem")).getText()))
                .isEqualTo("There is already a person called " + writer.name().toLowerCase() + " here: choose them above instead.");
        assertThat(Fx.call(() -> d.lookupButton(ProfileDialog.WORK_AS).isDisabled())).isTrue();
        Shots.save(Fx.call(() -> d.getScene().getWindow()), "profile-change");

        robot.interact(() -> {
            ((RadioButton) d.lookup("#profile-existing")).setSelected(true);
            people.getSelectionModel().select(reviewer);
        });
        robot.interact(() -> ((Button) d.lookupButton(ProfileDialog.WORK_AS)).fire());
        Fx.waitUntil(() -> fx.window.me() != null && fx.window.me().id().equals(reviewer.id()));
        assertThat(fx.ws.currentUser().id()).isEqualTo(reviewer.id());
        assertThat(fx.layout.text("person", null)).isEqualTo(reviewer.id());
        Fx.waitUntil(() -> statusText().equals(reviewer.name() + " · reviewer · Change…"));
        // The lists are the reviewer's now.
        assertThat(fx.ws.list(SmartList.MY_DRAFTS, null, null, null, 100)).allSatisfy(i -> assertThat(i.writerId()).isEqualTo(reviewer.id()));
        assertThat(fx.ws.list(SmartList.AWAITING_MY_REVIEW, null, null, null, 100)).noneSatisfy(i -> assertThat(i.writerId()).isEqualTo(reviewer.id()));
        // The Working as menu marks the reviewer.
        assertThat(Fx.call(() -> fx.window.workingAs().menu().getItems().stream()
                .filter(i -> i instanceof javafx.scene.control.RadioMenuItem r && r.isSelected())
                .map(javafx.scene.control.MenuItem::getText).toList())).containsExactly(reviewer.name() + " (reviewer)");
        settle(robot);
    }
}
