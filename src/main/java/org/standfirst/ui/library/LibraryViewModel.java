package org.standfirst.ui.library;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.util.Duration;
import org.standfirst.model.Item;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Person;
import org.standfirst.ui.BackgroundTasks;
import org.standfirst.ui.ErrorText;
import org.standfirst.ui.Workstation;

/**
 * The library: which smart list is chosen, the search words and filters, and the items that
 * match. Queries run on the background lane; a result for an older query is dropped.
 */
public final class LibraryViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LibraryViewModel.class);
    /** The list shows this many items; search narrows it further. */
    public static final int PAGE = 200;

    private final Workstation ws;
    private final BackgroundTasks tasks;
    public final ObjectProperty<SmartList> smartList = new SimpleObjectProperty<>(this, "smartList", SmartList.ALL);
    public final StringProperty search = new SimpleStringProperty(this, "search", "");
    public final ObjectProperty<ItemKind> kind = new SimpleObjectProperty<>(this, "kind");
    public final StringProperty topic = new SimpleStringProperty(this, "topic");
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObservableMap<SmartList, Integer> counts = FXCollections.observableMap(new EnumMap<>(SmartList.class));
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();
    private final PauseTransition typing = new PauseTransition(Duration.millis(120));
    private long generation;
    private Runnable onRefreshed = () -> { };
    private java.util.concurrent.Future<FirstPage> firstPage;
    private final java.util.List<Runnable> onceRefreshed = new java.util.ArrayList<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean countsHeld;
    private Runnable heldCount;

    public LibraryViewModel(Workstation ws, BackgroundTasks tasks) {
        this.ws = ws;
        this.tasks = tasks;
        typing.setOnFinished(e -> refresh());
        search.addListener((o, a, b) -> typing.playFromStart());
        smartList.addListener((o, a, b) -> refresh());
        kind.addListener((o, a, b) -> refresh());
        topic.addListener((o, a, b) -> refresh());
    }

    public ObservableList<Item> items() {
        return items;
    }

    /** Why the last listing failed, in one line; empty when it worked. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableMap<SmartList, Integer> counts() {
        return counts;
    }

    public ObservableList<String> topics() {
        return topics;
    }

    /** A writer's name by person id ("" when unknown), for the list rows. */
    public String nameOf(String personId) {
        return personId == null ? "" : names.getOrDefault(personId, "");
    }

    /** Runs once, after the next results arrive. */
    public void whenRefreshed(Runnable r) {
        onceRefreshed.add(r);
    }

    public void setOnRefreshed(Runnable r) {
        this.onRefreshed = r;
    }

    /** What the library shows first (All, no search, no filter), with the writers' names by id. */
    public record FirstPage(List<Item> items, Map<String, String> names) {
    }

    /**
     * Fetches the first page as {@link #refresh} would for the library as it opens. Start-up calls
     * it on the I/O lane right after the workspace opens, so the query runs while the window is
     * being built instead of after.
     */
    public static FirstPage fetchFirstPage(Workstation ws) {
        long t0 = System.nanoTime();
        Map<String, String> names = new java.util.HashMap<>();
        for (Person p : ws.people()) {
            names.put(p.id(), p.name());
        }
        List<Item> found = ws.list(SmartList.ALL, "", null, null, PAGE);
        LOG.debug("Listed the first {} items in {} ms", found.size(), (System.nanoTime() - t0) / 1_000_000);
        return new FirstPage(found, names);
    }

    /**
     * Hands over a first page already on its way (see {@link #fetchFirstPage}): the next refresh
     * uses it, if the library is still as it opens, instead of asking the store again.
     */
    public void useFirstPage(java.util.concurrent.Future<FirstPage> page) {
        this.firstPage = page;
    }

    /**
     * Runs the current query, then recounts the smart lists: the list shows first, the counts
     * follow a moment later (counting every list is the slower half on a large workspace).
     */
    public void refresh() {
        long g = ++generation;
        SmartList list = smartList.get();
        String words = search.get();
        ItemKind k = kind.get();
        String t = topic.get();
        java.util.concurrent.Future<FirstPage> head = firstPage;
        firstPage = null;
        boolean asOpened = list == SmartList.ALL && (words == null || words.isEmpty()) && k == null && t == null;
        tasks.run(() -> {
            if (head != null && asOpened) {
                try {
                    FirstPage p = head.get();
                    names.putAll(p.names());
                    return p.items();
                } catch (java.util.concurrent.ExecutionException e) {
                    LOG.debug("The first page was not fetched ahead, so it is fetched now: {}", e.getCause().toString());
                }
            }
            long t0 = System.nanoTime();
            for (Person p : ws.people()) {
                names.put(p.id(), p.name());
            }
            List<Item> found = ws.list(list, words, k, t, PAGE);
            LOG.debug("Listed {} items in {} ms", found.size(), (System.nanoTime() - t0) / 1_000_000);
            return found;
        }, found -> {
            if (g != generation) {
                return; // a newer query is on its way
            }
            problem.set("");
            items.setAll(found);
            onRefreshed.run();
            runOnceRefreshed();
        }, err -> {
            if (g != generation) {
                return;
            }
            // Said where the list would be, and start-up goes on as after results: the window
            // stays usable (menus, other items by search once the cause is gone) instead of
            // waiting for a list that is not coming.
            items.clear();
            problem.set("The library could not be read: " + ErrorText.oneLine(err));
            runOnceRefreshed();
        });
        Runnable recount = () -> tasks.run(() -> {
            Map<SmartList, Integer> c = new EnumMap<>(SmartList.class);
            for (SmartList s : SmartList.values()) {
                c.put(s, ws.count(s));
            }
            return new Counts(c, ws.topics());
        }, r -> {
            counts.putAll(r.counts());
            if (!topics.equals(r.topics())) {
                topics.setAll(r.topics());
            }
        }, err -> { });
        if (countsHeld) {
            heldCount = recount;
        } else {
            recount.run();
        }
    }

    private void runOnceRefreshed() {
        List<Runnable> once = List.copyOf(onceRefreshed);
        onceRefreshed.clear();
        once.forEach(Runnable::run);
    }

    /**
     * Holds the smart lists' counting until {@link #releaseCounts}: start-up counts after the first
     * frame, so that counting every list (the slower half of a refresh on a large workspace) does
     * not take the processor from the window being drawn.
     */
    public void holdCounts() {
        countsHeld = true;
    }

    /** Counts now if a refresh was held, and from now on counts with every refresh. */
    public void releaseCounts() {
        countsHeld = false;
        Runnable r = heldCount;
        heldCount = null;
        if (r != null) {
            r.run();
        }
    }

    /** Replaces one item in the list after a save, without a new query. */
    public void updated(Item item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(item.id())) {
                items.set(i, item);
                return;
            }
        }
    }

    private record Counts(Map<SmartList, Integer> counts, List<String> topics) {
    }
}
