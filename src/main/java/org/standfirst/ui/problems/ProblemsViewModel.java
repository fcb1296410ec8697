package org.standfirst.ui.problems;

import org.standfirst.ui.ErrorText;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.standfirst.check.CheckResult;
import org.standfirst.check.Finding;
import org.standfirst.check.Readability;
import org.standfirst.check.RuleInfo;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.ui.BackgroundTasks;
import org.standfirst.ui.Workstation;
import org.standfirst.ui.editor.EditorViewModel;

/**
 * The problems of the item being edited: house style, spelling, readability and accessibility
 * findings for the text as typed. A check runs once typing has stopped for {@link #QUIET}, off the
 * FX thread; while one runs, later typing only marks that another is needed, and a result for text
 * that has since changed is dropped, so the latest text wins and the list never points at the
 * wrong words.
 */
public final class ProblemsViewModel {
    public static final Duration QUIET = Duration.millis(300);

    private final Workstation ws;
    private final BackgroundTasks tasks;
    private final EditorViewModel editor;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper readability = new ReadOnlyStringWrapper(this, "readability", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final PauseTransition quiet = new PauseTransition(QUIET);
    // The rules' explanations by id, read with the first check (FX thread only).
    private final java.util.Map<String, RuleInfo> rules = new java.util.HashMap<>();
    private boolean running;
    private boolean again;
    private String itemId;
    private ItemContent checked;
    private long checks;
    private Consumer<String> onProblem = m -> { };
    private Consumer<List<Finding>> onFindings = f -> { };

    public ProblemsViewModel(Workstation ws, BackgroundTasks tasks, EditorViewModel editor) {
        this.ws = ws;
        this.tasks = tasks;
        this.editor = editor;
        quiet.setOnFinished(e -> checkNow());
        for (var p : List.of(editor.headline, editor.standfirst, editor.body, editor.notesToEditors, editor.heroAlt, editor.heroAsset)) {
            p.addListener((o, a, b) -> quiet.playFromStart());
        }
        editor.itemProperty().addListener((o, a, it) -> {
            String id = it == null ? null : it.id();
            if (id == null) {
                itemId = null;
                checked = null;
                findings.clear();
                readability.set("");
                summary.set("");
                onFindings.accept(List.of());
            } else if (!id.equals(itemId)) {
                itemId = id;
                findings.clear();
                onFindings.accept(List.of());
                quiet.playFromStart();
            }
        });
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** "Reading ease 62 (plain English) · grade 8.1", or empty when there is no prose yet. */
    public ReadOnlyStringProperty readabilityProperty() {
        return readability.getReadOnlyProperty();
    }

    /** "2 errors, 1 warning", "No problems", or empty before the first check. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void setOnProblem(Consumer<String> c) {
        onProblem = c;
    }

    /** Called with the findings each time they change (for the editor's squiggles). */
    public void setOnFindings(Consumer<List<Finding>> c) {
        onFindings = c;
    }

    /** How many checks have finished and been shown (tests wait on it). */
    public long checksShown() {
        return checks;
    }

    /** The content the shown findings are for. */
    public ItemContent checkedContent() {
        return checked;
    }

    /** Checks the text as it stands now, off the FX thread. */
    public void checkNow() {
        Item it = editor.getItem();
        if (it == null) {
            return;
        }
        ItemContent content;
        try {
            content = editor.content();
        } catch (IllegalArgumentException e) {
            return; // an embargo half typed: the next keystroke checks again
        }
        if (running) {
            again = true;
            return;
        }
        running = true;
        String id = it.id();
        try {
            submit(id, content);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            running = false; // the window is closing: no more checks
        }
    }

    private void submit(String id, ItemContent content) {
        boolean needRules = rules.isEmpty();
        tasks.run(() -> new Checked(ws.services().checks().check(id, content),
                needRules ? ws.services().checks().rules() : List.of()), c -> {
            running = false;
            c.rules().forEach(info -> rules.put(info.id(), info));
            CheckResult r = c.result();
            if (again) {
                again = false;
                checkNow();
                return;
            }
            if (!id.equals(itemId) || !content.body().equals(editor.body.get())
                    || !content.headline().equals(editor.headline.get())) {
                return; // typed since: the pending pause checks the newer text
            }
            show(content, r);
        }, e -> {
            running = false;
            onProblem.accept("Could not check the text: " + ErrorText.oneLine(e));
        });
    }

    /** A check's findings, with the rules' explanations the first time round. */
    private record Checked(CheckResult result, List<RuleInfo> rules) {
    }

    /**
     * What the finding's rule says in general, when it adds to the finding's own message (a
     * token's message, say); empty when it would only repeat it or the rule is unknown.
     */
    public String explanation(Finding f) {
        RuleInfo info = rules.get(f.rule());
        if (info == null || info.message().isBlank()) {
            return "";
        }
        String e = info.explanation(f).strip();
        return e.equals(f.message().strip()) ? "" : e;
    }

    private void show(ItemContent content, CheckResult r) {
        checked = content;
        findings.setAll(r.findings());
        readability.set(describe(r.readability()));
        long errors = r.count(org.standfirst.check.Severity.ERROR);
        long warnings = r.count(org.standfirst.check.Severity.WARNING);
        long suggestions = r.count(org.standfirst.check.Severity.SUGGESTION);
        summary.set(r.findings().isEmpty() ? "No problems"
                : String.join(", ", java.util.stream.Stream.of(count(errors, "error"), count(warnings, "warning"),
                        count(suggestions, "suggestion")).filter(s -> !s.isEmpty()).toList()));
        checks++;
        onFindings.accept(List.copyOf(r.findings()));
    }

    private static String count(long n, String noun) {
        return n == 0 ? "" : n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Flesch reading ease with its band, and the Flesch–Kincaid grade. */
    static String describe(Readability r) {
        if (r == null || r.words() == 0) {
            return "";
        }
        double e = r.ease();
        String band = e >= 80 ? "easy" : e >= 60 ? "plain English" : e >= 50 ? "fairly hard" : e >= 30 ? "hard" : "very hard";
        return String.format(Locale.UK, "Reading ease %.0f (%s) · grade %.1f", e, band, r.grade());
    }

    /** Hides one finding in this item until the words around it change. */
    public void ignoreOnce(Finding f) {
        String id = itemId;
        ItemContent content = checked;
        if (id == null || content == null) {
            return;
        }
        findings.remove(f);
        tasks.run(() -> {
            ws.services().checks().ignoreOnce(id, content, f);
            return null;
        }, v -> checkNow(), e -> onProblem.accept("Could not ignore that finding: " + ErrorText.oneLine(e)));
    }

    /** Accepts the finding's word everywhere in this workspace from now on. */
    public void addToDictionary(Finding f) {
        String word = f.text();
        tasks.run(() -> {
            ws.services().checks().addToDictionary(word);
            return null;
        }, v -> checkNow(), e -> onProblem.accept("Could not add “" + word + "” to the dictionary: " + ErrorText.oneLine(e)));
    }

    /** True for a finding of the spelling rule, which can be added to the dictionary. */
    public static boolean isSpelling(Finding f) {
        return f.rule().toLowerCase(Locale.ROOT).contains("spell") && !f.text().isBlank()
                && f.text().chars().noneMatch(Character::isWhitespace);
    }
}
