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

    /**
     * The person using this workstation (smart lists such as My drafts are theirs): the one
     * chosen, else the workspace's first writer, or null in a workspace with nobody in it.
     */
    Person currentUser();

    /** Works as another person from now on (the Working as menu). */
    void setCurrentUser(String personId);

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

    /**
     * The preview of an item as an article page. Called on the render lane.
     *
     * @param withPage also build the whole page (first show); otherwise page is null
     */
    ArticlePreview previewArticle(String itemId, ItemContent content, boolean withPage);

    /**
     * The preview of an item with its open comments and suggestions marked in the body (preview
     * only: exports never carry them). The marks' ranges are offsets in content's body.
     */
    default ArticlePreview previewArticle(String itemId, ItemContent content, boolean withPage,
                                          List<org.standfirst.ui.review.ReviewMark> marks) {
        return previewArticle(itemId, content, withPage);
    }

    /**
     * The preview of a report with one section's content as being edited (or none: null ids).
     *
     * @param withPage also build the whole page; otherwise page is null
     */
    ReportPreview previewReport(String reportId, String sectionId, ItemContent sectionContent, boolean withPage);

    /** As above, with the edited section's open comments and suggestions marked in its blocks (preview only). */
    default ReportPreview previewReport(String reportId, String sectionId, ItemContent sectionContent, boolean withPage,
                                        List<org.standfirst.ui.review.ReviewMark> marks) {
        return previewReport(reportId, sectionId, sectionContent, withPage);
    }

    /**
     * @param page   the whole page, or null
     * @param frame  the inner HTML of the page's article element with an empty body region:
     *               compared between renders to know when the furniture changed
     * @param blocks the body's blocks
     */
    record ArticlePreview(String page, String frame, List<PreviewBlock> blocks) {
    }

    /**
     * @param page     the whole page, or null
     * @param frameKey changes whenever anything but the edited section's body changes
     * @param region   the selector of the edited section's body, or null
     * @param blocks   that body's blocks, or null
     */
    record ReportPreview(String page, String frameKey, String region, List<PreviewBlock> blocks) {
    }

    /**
     * The application services behind the review, export and problems panels
     * ({@code ui.review}, {@code ui.export}, {@code ui.problems}): their view models call them on
     * the background lane only.
     */
    org.standfirst.app.Standfirst services();

    /** The workspace's images, newest first (the hero image chooser). */
    List<org.standfirst.model.Asset> images();

    /** An image's bytes (thumbnails in the chooser and the editor). */
    byte[] imageBytes(String assetId);

    /**
     * Imports an image file into the workspace's assets; the same bytes already there give the
     * stored image back. Throws with a one-line reason naming the file when it is not an image.
     */
    org.standfirst.model.Asset importImage(Path file);

    /** Pasted HTML as clean Markdown. */
    String htmlToMarkdown(String html);

    @Override
    void close();
}
