package org.standfirst.ui.preview;

import org.standfirst.ui.ErrorText;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.publish.NinjsVersion;
import org.standfirst.ui.BackgroundTasks;
import org.standfirst.ui.Workstation;
import org.standfirst.ui.editor.EditorViewModel;

/**
 * What the preview shows (the page, or the open item's ninjs 3.1 or 2.2) and, in a ninjs mode,
 * the document the item would export as with its text as typed. The JSON is made off the FX
 * thread once typing pauses; one at a time, and a result for text that has since changed is
 * dropped for the newer one, so the view never shows an older document than the editor's text.
 */
public final class NinjsViewModel {
    public static final Duration QUIET = Duration.millis(250);

    /** What the preview tab shows. */
    public enum Mode {
        PAGE("Page", null), NINJS_3_1("ninjs 3.1", NinjsVersion.V3_1), NINJS_2_2("ninjs 2.2", NinjsVersion.V2_2);

        private final String label;
        private final NinjsVersion version;

        Mode(String label, NinjsVersion version) {
            this.label = label;
            this.version = version;
        }

        public String label() {
            return label;
        }

        /** How the window remembers the mode: "page", "ninjs-3.1", "ninjs-2.2". */
        public String key() {
            return version == null ? "page" : "ninjs-" + version.label();
        }

        /** The mode a key names; the page for anything else. */
        public static Mode parse(String key) {
            for (Mode m : values()) {
                if (m.key().equals(key)) {
                    return m;
                }
            }
            return PAGE;
        }

        /** The ninjs version shown, or null for the page. */
        public NinjsVersion version() {
            return version;
        }
    }

    private final Workstation ws;
    private final BackgroundTasks tasks;
    private final EditorViewModel editor;
    public final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.PAGE);
    private final ReadOnlyStringWrapper json = new ReadOnlyStringWrapper(this, "json", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final PauseTransition quiet = new PauseTransition(QUIET);
    private boolean running;
    private long requested;
    private long shown;

    public NinjsViewModel(Workstation ws, BackgroundTasks tasks, EditorViewModel editor) {
        this.ws = ws;
        this.tasks = tasks;
        this.editor = editor;
        quiet.setOnFinished(e -> refresh());
        List<Observable> fields = List.of(editor.headline, editor.standfirst, editor.byline, editor.topic, editor.tags,
                editor.body, editor.notesToEditors, editor.embargoDate, editor.embargoTime, editor.heroAlt,
                editor.heroCaption, editor.heroCredit);
        fields.forEach(f -> f.addListener(o -> changed(false)));
        editor.itemProperty().addListener((o, a, b) -> {
            boolean another = a == null || b == null || !a.id().equals(b.id());
            if (another) {
                json.set(""); // never show one item's document under another's text
            }
            changed(another);
        });
        mode.addListener((o, a, b) -> changed(true));
    }

    /** The document shown: pretty-printed JSON, or empty when there is none to show. */
    public ReadOnlyStringProperty jsonProperty() {
        return json.getReadOnlyProperty();
    }

    /** Why there is no document (no item open, a report section), or what went wrong; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How many documents have been shown (tests wait on it). */
    public long documentsShown() {
        return shown;
    }

    private void changed(boolean now) {
        requested++;
        if (mode.get().version() == null) {
            quiet.stop();
            return;
        }
        if (now) {
            quiet.stop();
            refresh();
        } else {
            quiet.playFromStart();
        }
    }

    /** Makes the document for the item and text as they stand now, off the FX thread. */
    public void refresh() {
        NinjsVersion version = mode.get().version();
        Item it = editor.getItem();
        if (version == null) {
            return;
        }
        if (it == null) {
            json.set("");
            message.set("Open an item to see the ninjs it exports as.");
            return;
        }
        ItemContent content;
        try {
            content = editor.content();
        } catch (IllegalArgumentException e) {
            return; // an embargo half typed: the next change tries again
        }
        if (json.get().isEmpty()) {
            message.set("Preparing the " + mode.get().label() + " document…");
        }
        if (running) {
            return; // the running one sees that more was asked for, and asks again
        }
        running = true;
        long generation = requested;
        String id = it.id();
        tasks.run(() -> ws.services().exports().ninjs(id, content, version), doc -> done(generation, doc, ""),
                e -> done(generation, null, ErrorText.oneLine(e)));
    }

    private void done(long generation, String doc, String error) {
        running = false;
        if (generation != requested) {
            refresh(); // the text or the mode changed meanwhile: show the newer one instead
            return;
        }
        json.set(doc == null ? "" : doc.strip());
        message.set(error);
        shown++;
    }
}
