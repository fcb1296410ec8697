package org.standfirst.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.standfirst.model.Channel;
import org.standfirst.publish.ExportCancelledException;
import org.standfirst.publish.ExportFormat;
import org.standfirst.publish.ExportListener;
import org.standfirst.publish.ExportRequest;
import org.standfirst.publish.ExportResult;
import org.standfirst.publish.HeldBack;
import org.standfirst.model.Report;
import org.standfirst.publish.SiteSettings;
import org.standfirst.ui.BackgroundTasks;
import org.standfirst.ui.ErrorText;
import org.standfirst.ui.Workstation;

/**
 * One export as the dialog sets it up: what (ids), which formats, for which channel, into which
 * folder; runs it in the background with progress and cancel, and words the outcome.
 */
public final class ExportViewModel {
    private final Workstation ws;
    private final BackgroundTasks tasks;
    public final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    public final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    public final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private ExportResult last;

    public ExportViewModel(Workstation ws, BackgroundTasks tasks) {
        this.ws = ws;
        this.tasks = tasks;
    }

    /** The workspace's reports, to choose one from; failed runs when they cannot be read. */
    public void reports(Consumer<List<Report>> then, Runnable failed) {
        tasks.run(ws::reports, then, e -> failed.run());
    }

    /** The site every export names, in one line ("name · address"), or why it cannot be read. */
    public void site(Consumer<SiteSettings> then, Consumer<String> failed) {
        tasks.run(() -> ws.services().exports().site(), then,
                e -> failed.accept("The site settings cannot be read: " + ErrorText.oneLine(e)));
    }

    /** What a finished (or refused, or cancelled) export comes to, in words for the summary. */
    public record Outcome(boolean written, Path folder, List<String> writtenLines, List<String> heldBackLines, String message) {
    }

    /**
     * Starts the export.
     *
     * @param ids       item or report ids; empty means everything in the workspace
     * @param personId  who is exporting, recorded with each publication
     */
    public void export(List<String> ids, Set<ExportFormat> formats, Channel channel, Path folder, String personId,
                       Consumer<Outcome> onDone) {
        if (running.get()) {
            return;
        }
        cancelled.set(false);
        running.set(true);
        progress.set(ProgressIndicatorValues.INDETERMINATE);
        status.set("Preparing the export…");
        ExportListener listener = new ExportListener() {
            @Override
            public void progress(int done, int total, String message) {
                Platform.runLater(() -> {
                    if (running.get()) {
                        progress.set(total <= 0 ? ProgressIndicatorValues.INDETERMINATE : (double) done / total);
                        status.set("Writing " + message + " (" + done + " of " + total + ")");
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        Set<ExportFormat> fmts = formats.isEmpty() ? EnumSet.allOf(ExportFormat.class) : EnumSet.copyOf(formats);
        tasks.run(() -> {
            var exports = ws.services().exports();
            ExportRequest request = exports.request(folder).withFormats(fmts).withChannel(channel)
                    .withSelection(ids);
            try {
                return outcome(exports.export(request, personId, listener));
            } catch (ExportCancelledException e) {
                return new Outcome(false, folder, List.of(), List.of(), e.getMessage() + ".");
            }
        }, o -> {
            running.set(false);
            progress.set(o.written() ? 1 : 0);
            status.set(o.message());
            onDone.accept(o);
        }, e -> {
            running.set(false);
            progress.set(0);
            String m = ErrorText.oneLine(e);
            status.set("The export failed: " + m);
            onDone.accept(new Outcome(false, folder, List.of(), List.of(), "The export failed: " + m));
        });
    }

    /** Asks the running export to stop between files; the previous bundle stays as it was. */
    public void cancel() {
        if (running.get()) {
            cancelled.set(true);
            status.set("Cancelling…");
        }
    }

    public ExportResult lastResult() {
        return last;
    }

    private Outcome outcome(ExportResult r) {
        last = r;
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, Integer> e : r.countsByClass().entrySet()) {
            written.add(e.getValue() + " × " + e.getKey());
        }
        if (r.written()) {
            written.add("manifest.json");
        }
        List<String> held = new ArrayList<>();
        for (HeldBack h : r.heldBack()) {
            held.add(h.kind() + " “" + h.title() + "”: " + h.reason());
        }
        int files = r.files().size();
        String message;
        if (!r.written()) {
            message = "Nothing was written: " + (held.isEmpty() ? "there was nothing to export."
                    : held.size() + (held.size() == 1 ? " item was" : " items were") + " held back.");
        } else {
            message = "Exported " + files + (files == 1 ? " file" : " files") + " to " + r.out()
                    + (held.isEmpty() ? "." : "; " + held.size() + " held back.");
        }
        return new Outcome(r.written(), r.out(), written, held, message);
    }

    /** ProgressBar's value for "working, amount unknown". */
    static final class ProgressIndicatorValues {
        static final double INDETERMINATE = -1;

        private ProgressIndicatorValues() {
        }
    }
}
