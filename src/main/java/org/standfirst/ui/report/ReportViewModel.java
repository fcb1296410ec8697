package org.standfirst.ui.report;

import org.standfirst.ui.ErrorText;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.standfirst.model.Item;
import org.standfirst.model.Person;
import org.standfirst.model.Report;
import org.standfirst.model.Text;
import org.standfirst.ui.BackgroundTasks;
import org.standfirst.ui.ReadingLength;
import org.standfirst.ui.Workstation;

/** One report and its sections in order: reorder, add, archive, assign a writer. */
public final class ReportViewModel {
    private final Workstation ws;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<Item> sections = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper length = new ReadOnlyStringWrapper(this, "length", "");
    private Consumer<String> onProblem = m -> { };
    private Runnable onChanged = () -> { };
    private Consumer<Item> onArchived = i -> { };

    public ReportViewModel(Workstation ws, BackgroundTasks tasks) {
        this.ws = ws;
        this.tasks = tasks;
    }

    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<Item> sections() {
        return sections;
    }

    /** The whole report's length, for the status bar: "5 sections · 12,345 words · 49 min read". */
    public ReadOnlyStringProperty lengthProperty() {
        return length.getReadOnlyProperty();
    }

    public ObservableList<Person> people() {
        return people;
    }

    public void setOnProblem(Consumer<String> onProblem) {
        this.onProblem = onProblem;
    }

    /** Called with a section once it has been removed to the archive (the window offers Undo). */
    public void setOnArchived(Consumer<Item> onArchived) {
        this.onArchived = onArchived;
    }

    /** Called after any change to the report's sections (the preview and library follow). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void open(String reportId) {
        tasks.run(() -> new Loaded(ws.report(reportId).orElseThrow(), ws.sections(reportId), ws.people()), l -> {
            report.set(l.report());
            setSections(l.sections());
            people.setAll(l.people());
        }, e -> onProblem.accept(ErrorText.oneLine(e)));
    }

    public void reload() {
        if (report.get() != null) {
            open(report.get().id());
        }
    }

    /**
     * Moves a section to a new place. The list changes at once (the writer sees it move), the
     * store follows on the background lane, and the list is read back from the store after.
     */
    public void move(Item section, int newIndex) {
        int from = sections.indexOf(section);
        int to = Math.max(0, Math.min(newIndex, sections.size() - 1));
        if (from < 0 || from == to) {
            return;
        }
        List<Item> reordered = new java.util.ArrayList<>(sections);
        reordered.add(to, reordered.remove(from));
        setSections(reordered);
        String reportId = report.get().id();
        tasks.run(() -> {
            ws.moveSection(reportId, section.id(), to);
            return new Loaded(ws.report(reportId).orElseThrow(), ws.sections(reportId), ws.people());
        }, l -> {
            report.set(l.report());
            setSections(l.sections());
            onChanged.run();
        }, e -> {
            onProblem.accept(ErrorText.oneLine(e));
            reload();
        });
    }

    public void addSection(Consumer<Item> onAdded) {
        String reportId = report.get().id();
        tasks.run(() -> ws.addSection(reportId, "New section"), added -> {
            reload();
            onChanged.run();
            onAdded.accept(added);
        }, e -> onProblem.accept(ErrorText.oneLine(e)));
    }

    /** Removes a section from the report by archiving it (restore brings it back). */
    public void archive(Item section) {
        tasks.run(() -> ws.archive(section.id()), a -> {
            reload();
            onChanged.run();
            onArchived.accept(a);
        }, e -> onProblem.accept(ErrorText.oneLine(e)));
    }

    public void assignWriter(Item section, Person person) {
        if (person == null || person.id().equals(section.writerId())) {
            return;
        }
        tasks.run(() -> {
            ws.assignWriter(section.id(), person.id());
            return ws.sections(report.get().id());
        }, s -> {
            setSections(s);
            onChanged.run();
        }, e -> onProblem.accept(ErrorText.oneLine(e)));
    }

    private boolean updating;

    /** True while the section list is being replaced (a selection change then is not the user's). */
    public boolean isUpdating() {
        return updating;
    }

    private void setSections(List<Item> s) {
        updating = true;
        try {
            sections.setAll(s);
            int words = s.stream().mapToInt(i -> Text.wordCount(i.content().body())).sum();
            length.set((s.size() == 1 ? "1 section" : s.size() + " sections") + " · " + ReadingLength.of(words));
        } finally {
            updating = false;
        }
    }

    public String nameOf(String personId) {
        return people.stream().filter(p -> p.id().equals(personId)).map(Person::name).findFirst().orElse("No writer");
    }

    private record Loaded(Report report, List<Item> sections, List<Person> people) {
    }
}
