package org.standfirst.ui.editor;

import org.standfirst.ui.HeadlineText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.util.Duration;
import org.standfirst.model.Asset;
import org.standfirst.model.HeroImage;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.ui.BackgroundTasks;
import org.standfirst.ui.ErrorText;
import org.standfirst.ui.Workstation;

/**
 * The open item's fields and their saving. Every edit marks the working copy unsaved; it is
 * saved about a second after typing stops, and at least every {@link #MAX_UNSAVED} while typing
 * goes on, so a crash loses at most about a second. Saves go through the background lane in
 * order; the FX thread only takes a snapshot of the fields.
 */
public final class EditorViewModel {
    public static final Duration QUIET = Duration.millis(1000);
    public static final java.time.Duration MAX_UNSAVED = java.time.Duration.ofMillis(1000);

    private final Workstation ws;
    private final BackgroundTasks tasks;

    private final ReadOnlyObjectWrapper<Item> item = new ReadOnlyObjectWrapper<>(this, "item");
    public final StringProperty headline = new SimpleStringProperty(this, "headline", "");
    public final StringProperty standfirst = new SimpleStringProperty(this, "standfirst", "");
    public final StringProperty byline = new SimpleStringProperty(this, "byline", "");
    public final StringProperty topic = new SimpleStringProperty(this, "topic", "");
    public final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    public final StringProperty body = new SimpleStringProperty(this, "body", "");
    public final StringProperty notesToEditors = new SimpleStringProperty(this, "notesToEditors", "");
    public final ObjectProperty<LocalDate> embargoDate = new SimpleObjectProperty<>(this, "embargoDate");
    public final StringProperty embargoTime = new SimpleStringProperty(this, "embargoTime", "");
    public final ObjectProperty<ZoneId> embargoZone = new SimpleObjectProperty<>(this, "embargoZone", ZoneId.of("Europe/London"));
    public final StringProperty heroAlt = new SimpleStringProperty(this, "heroAlt", "");
    public final StringProperty heroCaption = new SimpleStringProperty(this, "heroCaption", "");
    public final StringProperty heroCredit = new SimpleStringProperty(this, "heroCredit", "");
    /** The hero image's asset id, or null for no image. */
    public final StringProperty heroAsset = new SimpleStringProperty(this, "heroAsset");
    private final ReadOnlyObjectWrapper<Asset> heroInfo = new ReadOnlyObjectWrapper<>(this, "heroInfo");
    private final java.util.Deque<HeroState> heroUndo = new java.util.ArrayDeque<>();
    private final java.util.Deque<HeroState> heroRedo = new java.util.ArrayDeque<>();
    private final BooleanProperty heroUndoable = new SimpleBooleanProperty(this, "heroUndoable", false);
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(this, "saveState", SaveState.SAVED);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    private final PauseTransition quiet = new PauseTransition(QUIET);
    private Instant firstUnsaved;
    private long editGeneration;
    private long savedGeneration;
    // Which load the edit generations count from: a save of an item shown earlier finishing late
    // must not mark the item shown now as saved.
    private long session;
    private Consumer<Item> onSaved = i -> { };

    public EditorViewModel(Workstation ws, BackgroundTasks tasks) {
        this.ws = ws;
        this.tasks = tasks;
        quiet.setOnFinished(e -> save());
        for (var p : List.of(headline, standfirst, byline, topic, tags, body, notesToEditors, embargoTime, heroAlt, heroCaption, heroCredit)) {
            p.addListener((o, a, b) -> edited());
        }
        embargoDate.addListener((o, a, b) -> edited());
        heroAsset.addListener((o, a, b) -> {
            edited();
            describeHero(b);
        });
        embargoZone.addListener((o, a, b) -> edited());
    }

    /** Called after each successful save with the saved item (for lists and counts). */
    public void setOnSaved(Consumer<Item> onSaved) {
        this.onSaved = onSaved;
    }

    public ReadOnlyObjectProperty<Item> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public Item getItem() {
        return item.get();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** The last problem saving or checking the fields, in one line; empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Shows an item's working copy. Anything typed into the item shown now that is not yet saved
     * is saved first: keystrokes that land while another item is on its way from the store
     * belong to the item they were typed into, and are never dropped. The same item loaded again
     * (its state changed) keeps what is being typed.
     *
     * @return true when the fields now hold the loaded item's text (the caller shows its body),
     *         false when they kept the typing of the same item
     */
    public boolean load(Item it) {
        Item current = item.get();
        if (current != null && hasUnsavedEdits()) {
            if (current.id().equals(it.id())) {
                item.set(it);
                return false;
            }
            save();
        }
        loading.set(true);
        try {
            quiet.stop();
            session++;
            item.set(it);
            ItemContent c = it.content();
            headline.set(c.headline());
            standfirst.set(c.standfirst());
            byline.set(c.byline());
            topic.set(c.topic());
            tags.set(String.join(", ", c.tags()));
            body.set(c.body());
            notesToEditors.set(c.notesToEditors());
            if (c.embargo() != null) {
                ZonedDateTime z = c.embargo().atZone(embargoZone.get());
                embargoDate.set(z.toLocalDate());
                embargoTime.set(z.toLocalTime().toString());
            } else {
                embargoDate.set(null);
                embargoTime.set("");
            }
            HeroImage h = c.hero();
            heroAlt.set(h == null ? "" : h.altText());
            heroCaption.set(h == null ? "" : h.caption());
            heroCredit.set(h == null ? "" : h.credit());
            heroAsset.set(h == null ? null : h.assetId());
            heroUndo.clear();
            heroRedo.clear();
            heroUndoable.set(false);
            editGeneration = 0;
            savedGeneration = 0;
            firstUnsaved = null;
            saveState.set(SaveState.SAVED);
            problem.set("");
        } finally {
            loading.set(false);
        }
        return true;
    }

    /** Shows nothing (no item open). */
    public void clear() {
        quiet.stop();
        item.set(null);
    }

    private void edited() {
        if (loading.get() || item.get() == null) {
            return;
        }
        editGeneration++;
        saveState.set(SaveState.UNSAVED);
        if (firstUnsaved == null) {
            firstUnsaved = Instant.now();
        }
        if (java.time.Duration.between(firstUnsaved, Instant.now()).compareTo(MAX_UNSAVED) >= 0) {
            // Typing without a pause: save now so a crash loses at most about a second.
            save();
        } else {
            quiet.playFromStart();
        }
    }

    /** The fields as content, as of now. Throws IllegalArgumentException for an unreadable embargo. */
    public ItemContent content() {
        Item it = item.get();
        ItemContent c = it.content();
        return new ItemContent(c.kind(), headline.get(), standfirst.get(), byline.get(), body.get(), topic.get(),
                Arrays.asList(tags.get().split(",")), c.slug(), hero(), embargo(), notesToEditors.get(), c.language());
    }

    private HeroImage hero() {
        return heroAsset.get() == null ? null
                : new HeroImage(heroAsset.get(), heroAlt.get(), heroCaption.get(), heroCredit.get());
    }

    private Instant embargo() {
        if (embargoDate.get() == null) {
            return null;
        }
        String t = embargoTime.get().isBlank() ? "00:01" : embargoTime.get().strip();
        LocalTime time;
        try {
            time = LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("Embargo time: '" + t + "' is not a time such as 09:30");
        }
        return ZonedDateTime.of(embargoDate.get(), time, embargoZone.get()).toInstant();
    }

    /** Saves the working copy now if anything changed (focus loss, switching items, Ctrl+S). */
    public void save() {
        quiet.stop();
        Item it = item.get();
        if (it == null || savedGeneration == editGeneration) {
            return;
        }
        ItemContent content;
        try {
            content = content();
        } catch (IllegalArgumentException e) {
            // Keep the rest of the work safe: save with the embargo as it was, and say why.
            problem.set(e.getMessage());
            content = contentWithStoredEmbargo();
        }
        long generation = editGeneration;
        firstUnsaved = null;
        saveState.set(SaveState.SAVING);
        String id = it.id();
        ItemContent snapshot = content;
        long from = session;
        tasks.run(() -> ws.saveWorkingCopy(id, snapshot), saved -> {
            if (from == session) {
                savedGeneration = Math.max(savedGeneration, generation);
                item.set(saved);
                if (savedGeneration == editGeneration) {
                    saveState.set(SaveState.SAVED);
                }
            }
            onSaved.accept(saved);
        }, err -> {
            if (from == session) {
                saveState.set(SaveState.FAILED);
                problem.set(ErrorText.oneLine(err));
            } else {
                problem.set("Could not save “" + HeadlineText.of(it) + "”: " + ErrorText.oneLine(err));
            }
        });
    }

    private ItemContent contentWithStoredEmbargo() {
        ItemContent c = item.get().content();
        return new ItemContent(c.kind(), headline.get(), standfirst.get(), byline.get(), body.get(), topic.get(),
                Arrays.asList(tags.get().split(",")), c.slug(), hero(), c.embargo(), notesToEditors.get(), c.language());
    }

    /** Saves, then makes a checkpoint revision; onDone runs on the FX thread with the new item. */
    public void checkpoint(Consumer<Item> onDone) {
        Item it = item.get();
        if (it == null) {
            return;
        }
        save();
        String id = it.id();
        // Same lane as the save above, so the checkpoint always sees the saved text.
        tasks.run(() -> ws.checkpoint(id, "Saved by the writer"), saved -> {
            Item current = item.get();
            if (current != null && current.id().equals(saved.id())) {
                item.set(saved);
            }
            onDone.accept(saved);
        }, err -> problem.set(ErrorText.oneLine(err)));
    }

    public boolean hasUnsavedEdits() {
        return item.get() != null && savedGeneration != editGeneration;
    }

    // ---- The hero image -------------------------------------------------------------------------

    /** The stored image behind the hero (file name, size), or null: filled in off the FX thread. */
    public ReadOnlyObjectProperty<Asset> heroInfoProperty() {
        return heroInfo.getReadOnlyProperty();
    }

    /** True when an image change can be undone. */
    public ReadOnlyBooleanProperty heroUndoableProperty() {
        return heroUndoable;
    }

    private void describeHero(String assetId) {
        if (assetId == null) {
            heroInfo.set(null);
            return;
        }
        if (heroInfo.get() != null && heroInfo.get().id().equals(assetId)) {
            return;
        }
        tasks.run(() -> ws.images().stream().filter(a -> a.id().equals(assetId)).findFirst().orElse(null), a -> {
            if (assetId.equals(heroAsset.get())) {
                heroInfo.set(a);
            }
        }, e -> { });
    }

    /** The workspace's images for the chooser; onDone runs on the FX thread. */
    public void images(Consumer<List<Asset>> onDone) {
        tasks.run(ws::images, onDone, err -> problem.set("Could not list the workspace's images: " + ErrorText.oneLine(err)));
    }

    /** A small picture of an image for lists, decoded off the FX thread; null for one that cannot be shown (SVG). */
    public void thumbnail(String assetId, double width, double height, Consumer<javafx.scene.image.Image> onDone) {
        tasks.run(() -> {
            javafx.scene.image.Image img = new javafx.scene.image.Image(
                    new java.io.ByteArrayInputStream(ws.imageBytes(assetId)), width, height, true, true);
            return img.isError() ? null : img;
        }, onDone, err -> onDone.accept(null));
    }

    /**
     * Imports an image file into the workspace (off the FX thread) and makes it the hero image.
     * A file that is not an image is refused with one line naming it; nothing changes.
     */
    public void importHero(java.nio.file.Path file, Consumer<Asset> onDone) {
        String forItem = item.get() == null ? null : item.get().id();
        tasks.run(() -> ws.importImage(file), a -> {
            if (item.get() != null && item.get().id().equals(forItem)) {
                useHero(a);
            }
            onDone.accept(a);
        }, err -> problem.set(ErrorText.oneLine(err)));
    }

    /**
     * Makes an image the hero. Its own words (alt text, caption, credit as stored with the image)
     * replace the old image's, which described another picture; Undo brings the old ones back.
     */
    public void useHero(Asset a) {
        if (item.get() == null || a.id().equals(heroAsset.get())) {
            return;
        }
        remember();
        heroInfo.set(a);
        heroAsset.set(a.id());
        heroAlt.set(a.altText());
        heroCaption.set(a.caption());
        heroCredit.set(a.credit());
    }

    /** Takes the hero image off the item (Undo puts it back with its words). */
    public void removeHero() {
        if (item.get() == null || heroAsset.get() == null) {
            return;
        }
        remember();
        heroAsset.set(null);
        heroAlt.set("");
        heroCaption.set("");
        heroCredit.set("");
    }

    /** Undoes the last change of image (choose, import or remove). */
    public void undoHero() {
        if (!heroUndo.isEmpty()) {
            heroRedo.push(HeroState.of(this));
            heroUndo.pop().restore(this);
            heroUndoable.set(!heroUndo.isEmpty());
        }
    }

    /** Redoes an undone change of image. */
    public void redoHero() {
        if (!heroRedo.isEmpty()) {
            heroUndo.push(HeroState.of(this));
            heroRedo.pop().restore(this);
            heroUndoable.set(true);
        }
    }

    private void remember() {
        heroUndo.push(HeroState.of(this));
        heroRedo.clear();
        heroUndoable.set(true);
    }

    /** The hero as it stood before a change of image. */
    private record HeroState(String asset, String alt, String caption, String credit) {
        static HeroState of(EditorViewModel vm) {
            return new HeroState(vm.heroAsset.get(), vm.heroAlt.get(), vm.heroCaption.get(), vm.heroCredit.get());
        }

        void restore(EditorViewModel vm) {
            vm.heroAsset.set(asset);
            vm.heroAlt.set(alt);
            vm.heroCaption.set(caption);
            vm.heroCredit.set(credit);
        }
    }
}
