package org.standfirst.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Person;
import org.standfirst.model.Report;
import org.standfirst.ui.library.SmartList;
import org.standfirst.ui.preview.PreviewBlock;

/**
 * What the desktop app asks of the application services, in its own words. View models call
 * this, always from the background lane; {@link AppWorkstation} implements it over the app facade.
 * Keeping the seam here means a rename in the facade touches one class of the UI.
 */
public interface Workstation extends AutoCloseable {
    /** The workspace folder, named in the window title. */
    Path folder();

    /** The person using this workstation (smart lists such as My drafts are theirs). */
    Person currentUser();

    List<Person> people();

    int count(SmartList list);

    /** Items of a smart list that match the search words (word prefixes) and filters; null means any. */
    List<Item> list(SmartList list, String search, ItemKind kind, String topic, int limit);

    List<String> topics();

    Optional<Item> item(String id);

    /** Saves the working copy (autosave): no revision, nothing lost. */
    Item saveWorkingCopy(String id, ItemContent content);

    /** Makes a checkpoint revision of the working copy (Ctrl+S). Returns the item with its new head. */
    Item checkpoint(String id, String message);

    /** True when the working copy differs from the head revision (there is unsaved work since the last checkpoint). */
    boolean aheadOfCheckpoint(String id);

    Item create(ItemKind kind, String headline);

    Item duplicate(String id);

    Item archive(String id);

    Item restore(String id);

    List<Report> reports();

    Report createReport(String title);

    Optional<Report> report(String id);

    /** The report's sections in reading order. */
    List<Item> sections(String reportId);

    Item addSection(String reportId, String headline);

    /** Moves a section to a new place (from 0) in its report. */
    void moveSection(String reportId, String sectionId, int newIndex);

    void assignWriter(String itemId, String personId);

    /** The article page shell for an item, with empty regions for the blocks. */
    String previewShell(ItemKind kind);

    /** The preview of content, as blocks for each region of the shell (region id to blocks). */
    java.util.Map<String, List<PreviewBlock>> preview(String itemId, ItemContent content);

    /** The preview of a whole report with its contents list. */
    java.util.Map<String, List<PreviewBlock>> reportPreview(String reportId);

    /** Pasted HTML as clean Markdown. */
    String htmlToMarkdown(String html);

    @Override
    void close();
}
