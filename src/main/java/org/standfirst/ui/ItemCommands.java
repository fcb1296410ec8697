package org.standfirst.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.standfirst.model.Item;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Report;

/**
 * The main window's item commands: open, new, duplicate, archive, restore and reopening what was
 * open last time. Each runs on the I/O lane; what to show and what to say comes back to the
 * window through {@link Window}, on the FX thread. Nothing is ever deleted: undoing a duplicate
 * puts the copy in the archive.
 */
public final class ItemCommands {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    /** What the window does with a command's outcome. */
    public interface Window {
        /** Shows the item in the editor. */
        void show(Item item);

        /** The library's lists are out of date. */
        void listsChanged();

        /** Says what was done. */
        void say(String message);

        /** Says what was done and offers to undo it (the notice's Undo, and Edit > Undo straight after). */
        void sayWithUndo(String message, Runnable undo);

        /** Says what went wrong, in one line. */
        void problem(String message);
    }

    /** The item open when the app last ran, and whether its autosaved text is newer than its last checkpoint. */
    public record LastOpen(Item item, boolean aheadOfCheckpoint) {
    }

    private final Workstation ws;
    private final BackgroundTasks tasks;
    private final Window window;

    public ItemCommands(Workstation ws, BackgroundTasks tasks, Window window) {
        this.ws = ws;
        this.tasks = tasks;
        this.window = window;
    }

    /** Reads the item as stored now and shows it. */
    public void open(String id) {
        tasks.run(() -> ws.item(id).orElseThrow(() -> new IllegalStateException("That item no longer exists")),
                window::show, this::failed);
    }

    /** A new, empty draft of a kind; then is given it once it is made. */
    public void create(ItemKind kind, Consumer<Item> then) {
        tasks.run(() -> ws.create(kind, ""), then, this::failed);
    }

    /** A new, empty report; then is given it once it is made. */
    public void createReport(Consumer<Report> then) {
        tasks.run(() -> ws.createReport("Untitled report"), r -> {
            window.listsChanged();
            then.accept(r);
        }, this::failed);
    }

    /** The reports, for the sidebar; a failure leaves the list as it is. */
    public void reports(Consumer<List<Report>> then) {
        tasks.run(ws::reports, then, e -> { });
    }

    /**
     * A copy of the item, shown for editing, with Undo.
     *
     * @param headlineAsTyped the headline on screen: the stored item may not have the latest typing yet
     */
    public void duplicate(Item original, String headlineAsTyped) {
        tasks.run(() -> ws.duplicate(original.id()), copy -> {
            window.listsChanged();
            window.show(copy);
            window.sayWithUndo("Made a copy of “" + HeadlineText.of(headlineAsTyped) + "”. You are now editing the copy.",
                    () -> undoDuplicate(copy, original));
        }, this::failed);
    }

    private void undoDuplicate(Item copy, Item original) {
        tasks.run(() -> {
            ws.archive(copy.id());
            return ws.item(original.id()).orElseThrow(() -> new IllegalStateException("The original no longer exists"));
        }, back -> {
            window.listsChanged();
            window.show(back);
            window.say("Put the copy in the archive. You are editing “" + HeadlineText.of(back.headline()) + "” again.");
        }, this::failed);
    }

    /** Puts the item in the archive, with Undo; then is given the archived item. */
    public void archive(Item item, Consumer<Item> then) {
        tasks.run(() -> ws.archive(item.id()), archived -> {
            window.listsChanged();
            then.accept(archived);
            window.sayWithUndo("Archived “" + HeadlineText.of(item.headline()) + "”.", () -> restore(archived.id(), r -> { }));
        }, this::failed);
    }

    /** Takes the item out of the archive; then is given it as restored. */
    public void restore(String id, Consumer<Item> then) {
        tasks.run(() -> ws.restore(id), restored -> {
            window.listsChanged();
            then.accept(restored);
            window.say("Restored “" + HeadlineText.of(restored.headline()) + "” from the archive.");
        }, this::failed);
    }

    /** Puts a section removed from a report back in it; then runs once it is back. */
    public void restoreSection(Item section, Runnable then) {
        tasks.run(() -> ws.restore(section.id()), restored -> {
            window.listsChanged();
            then.run();
            window.say("Put “" + HeadlineText.of(restored.headline()) + "” back in the report.");
        }, this::failed);
    }

    /** The item open last time, if it still exists; a failure is not said (the window simply opens empty). */
    public void lastOpen(String id, Consumer<LastOpen> then) {
        tasks.run(() -> ws.item(id).map(it -> new LastOpen(it, ws.aheadOfCheckpoint(id))), found -> found.ifPresent(then), e -> { });
    }

    /** The report open last time, if it still exists. */
    public void lastReport(String id, Consumer<Report> then) {
        tasks.run(() -> ws.report(id), found -> found.ifPresent(then), e -> { });
    }

    /** What to say after a crash about the item opened again. */
    public static String recovered(LastOpen last) {
        Item i = last.item();
        return last.aheadOfCheckpoint()
                ? "Standfirst did not close properly last time. “" + HeadlineText.of(i.headline()) + "” is open again with your typing as autosaved at "
                        + CLOCK.format(i.updated()) + ", which is newer than its last checkpoint."
                : "Standfirst did not close properly last time. “" + HeadlineText.of(i.headline()) + "” is open again; nothing was lost.";
    }

    private void failed(Throwable e) {
        window.problem(ErrorText.oneLine(e));
    }
}
