package org.standfirst.ui.report;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.standfirst.model.Item;
import org.standfirst.model.Person;
import org.standfirst.model.Report;
import org.standfirst.ui.BackgroundTasks;
import org.standfirst.ui.Workstation;

/** One report and its sections in order: reorder, add, archive, assign a writer. */
public final class ReportViewModel {
    private final Workstation ws;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<Item> sections = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private Consumer<String> onProblem = m -> { };
    private Runnable onChanged = () -> { };

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

    public ObservableList<Person> people() {
        return people;
    }

    public void setOnProblem(Consumer<String> onProblem) {
        this.onProblem = onProblem;
    }

    /** Called after any change to the report's sections (the preview and library follow). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void open(String reportId) {
        tasks.run(() -> new Loaded(ws.report(reportId).orElseThrow(), ws.sections(reportId), ws.people()), l -> {
            report.set(l.report());
            sections.setAll(l.sections());
            people.setAll(l.people());
        }, e -> onProblem.accept(e.getMessage()));
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
        sections.remove(from);
        sections.add(to, section);
        String reportId = report.get().id();
        tasks.run(() -> {
            ws.moveSection(reportId, section.id(), to);
            return new Loaded(ws.report(reportId).orElseThrow(), ws.sections(reportId), ws.people());
        }, l -> {
            report.set(l.report());
            sections.setAll(l.sections());
            onChanged.run();
        }, e -> {
            onProblem.accept(e.getMessage());
            reload();
        });
    }

    public void addSection(Consumer<Item> onAdded) {
        String reportId = report.get().id();
        tasks.run(() -> ws.addSection(reportId, "New section"), added -> {
            reload();
            onChanged.run();
            onAdded.accept(added);
        }, e -> onProblem.accept(e.getMessage()));
    }

    /** Removes a section from the report by archiving it (restore brings it back). */
    public void archive(Item section) {
        tasks.run(() -> ws.archive(section.id()), a -> {
            reload();
            onChanged.run();
        }, e -> onProblem.accept(e.getMessage()));
    }

    public void assignWriter(Item section, Person person) {
        if (person == null || person.id().equals(section.writerId())) {
            return;
        }
        tasks.run(() -> {
            ws.assignWriter(section.id(), person.id());
            return ws.sections(report.get().id());
        }, s -> {
            sections.setAll(s);
            onChanged.run();
        }, e -> onProblem.accept(e.getMessage()));
    }

    public String nameOf(String personId) {
        return people.stream().filter(p -> p.id().equals(personId)).map(Person::name).findFirst().orElse("No writer");
    }

    private record Loaded(Report report, List<Item> sections, List<Person> people) {
    }
}
