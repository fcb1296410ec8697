package org.standfirst.ui.export;

import org.standfirst.ui.ErrorText;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.standfirst.publish.SiteSettings;
import org.standfirst.ui.BackgroundTasks;
import org.standfirst.ui.Workstation;

/**
 * The workspace's site settings as the Site settings window edits them: the site's name, its web
 * address and the copyright holder. Reads and saves on the background lane; a value the export
 * service refuses comes back as its one-line reason and nothing is stored.
 */
public final class SiteSettingsViewModel {
    private final Workstation ws;
    private final BackgroundTasks tasks;
    public final StringProperty name = new SimpleStringProperty(this, "name", "");
    public final StringProperty url = new SimpleStringProperty(this, "url", "");
    public final StringProperty copyright = new SimpleStringProperty(this, "copyright", "");
    /** Why the last save was refused, or empty. */
    public final StringProperty error = new SimpleStringProperty(this, "error", "");
    /** True while reading or saving: the window's fields and Save wait. */
    public final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);

    public SiteSettingsViewModel(Workstation ws, BackgroundTasks tasks) {
        this.ws = ws;
        this.tasks = tasks;
    }

    /** Reads the settings in force into the fields. */
    public void load() {
        busy.set(true);
        tasks.run(() -> ws.services().exports().site(), s -> {
            busy.set(false);
            show(s);
        }, e -> {
            busy.set(false);
            error.set("Could not read the site settings: " + ErrorText.oneLine(e));
        });
    }

    /** Saves the fields; onSaved runs on the FX thread with what is now in force. */
    public void save(Consumer<SiteSettings> onSaved) {
        String n = name.get();
        String u = url.get();
        String c = copyright.get();
        busy.set(true);
        error.set("");
        tasks.run(() -> ws.services().exports().setSite(n, u, c), s -> {
            busy.set(false);
            show(s);
            onSaved.accept(s);
        }, e -> {
            busy.set(false);
            error.set(ErrorText.oneLine(e));
        });
    }

    private void show(SiteSettings s) {
        name.set(s.siteName());
        url.set(s.baseUrl());
        copyright.set(s.copyrightHolder());
    }
}
