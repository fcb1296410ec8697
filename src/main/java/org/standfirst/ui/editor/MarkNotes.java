package org.standfirst.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * Words shown beside marked words in the editor without being part of its text: a suggestion's
 * new words sit under the paragraph of the struck-through ones, starting where they start, the
 * way a proofreader writes a correction in the space below. Each is a label on a mouse-transparent layer over the editor, placed from
 * the characters' bounds after every layout pass (so it follows typing, wrapping and scrolling).
 * A paragraph holding one gets the {@value #SPACED} paragraph style, which opens a band under its
 * last line; the label sits in that band, starting where the struck words start. Its lines keep
 * the editor's own spacing (a gap under every line, as this once had, made the whole paragraph
 * look double-spaced), and no word of the text is ever covered. The document text, and so
 * autosave, undo, word count and search, never sees them.
 */
public final class MarkNotes {
    /** The paragraph style that opens a band under the last line of a paragraph holding a note. */
    static final String SPACED = "has-mark-note";
    /** Every note label's style class (panels.css: readable in both themes). */
    static final String NOTE = "mark-note";
    /** Pixels between a paragraph's last line and the note in the band under it. */
    private static final double AIR = 2;

    /** What to show beside a mark: the words, the style class of their kind and what a screen reader says. */
    public record Note(String text, String styleClass, String accessibleText) {
    }

    private final MarkdownEditor area;
    private final Pane layer = new Pane();
    private final Rectangle clip = new Rectangle();
    private final List<Label> labels = new ArrayList<>();
    private Function<MarkdownEditor.Mark, Note> describe = m -> null;
    private boolean spacingQueued;
    private int keepPasses;
    private boolean keepCaret;
    private boolean anySpaced;
    private Scene listeningOn;
    private final Runnable place = this::place;

    MarkNotes(MarkdownEditor area, javafx.collections.ObservableList<javafx.scene.Node> areaChildren) {
        this.area = area;
        layer.getStyleClass().add("mark-notes");
        layer.setManaged(false);
        layer.setMouseTransparent(true);
        layer.setClip(clip);
        areaChildren.add(layer);
        area.sceneProperty().addListener((o, a, s) -> listen(s));
        // Whatever the writer does to the view wins over keeping it at the top: the wheel, a key,
        // a click in the text or on its scroll bar (on the pane around it), and any move asked
        // for on their behalf ({@link #viewMoved}, from the editor's own show and scroll calls).
        area.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> viewMoved());
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> viewMoved());
        area.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> viewMoved());
        javafx.event.EventHandler<javafx.scene.input.InputEvent> moved = e -> viewMoved();
        area.parentProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, moved);
                a.removeEventFilter(javafx.scene.input.ScrollEvent.SCROLL, moved);
            }
            if (b != null) {
                b.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, moved);
                b.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, moved);
            }
        });
        listen(area.getScene());
    }

    /**
     * The view is being moved on purpose (by the writer, or for them): from now on it stays where
     * it is put. Keeping it at the top after a style change ends here, so that can never undo it.
     */
    void viewMoved() {
        keepPasses = 0;
    }

    /** Stops placing (the editor is not used afterwards). */
    void dispose() {
        listen(null);
    }

    void setDescribe(Function<MarkdownEditor.Mark, Note> d) {
        describe = d == null ? m -> null : d;
        queueSpacing();
    }

    /** The labels shown now (tests and the accessibility tree read them). */
    public List<Label> shown() {
        return labels.stream().filter(Label::isVisible).toList();
    }

    // Placing after each layout pass, rather than on chosen events, keeps the labels right
    // whatever moved the text: typing, a wrap at a new width, scrolling, a font change.
    private void listen(Scene s) {
        if (listeningOn != null) {
            listeningOn.removePostLayoutPulseListener(place);
        }
        listeningOn = s;
        if (s != null) {
            s.addPostLayoutPulseListener(place);
        }
    }

    private List<Note> notesFor(List<MarkdownEditor.Mark> marks, List<MarkdownEditor.Mark> noted) {
        List<Note> out = new ArrayList<>();
        for (MarkdownEditor.Mark m : marks) {
            Note n = describe.apply(m);
            if (n != null && !n.text().isBlank()) {
                out.add(n);
                noted.add(m);
            }
        }
        return out;
    }

    /** Sets the paragraph styles soon (not inside the text change that asked for it). */
    void queueSpacing() {
        if (!spacingQueued) {
            spacingQueued = true;
            Platform.runLater(() -> {
                spacingQueued = false;
                space();
            });
        }
    }

    /** Gives exactly the paragraphs that hold a note the spaced style. */
    private void space() {
        List<MarkdownEditor.Mark> noted = new ArrayList<>();
        notesFor(area.followingMarks(), noted);
        if (noted.isEmpty() && !anySpaced) {
            return;
        }
        int length = area.getLength();
        Set<Integer> want = new HashSet<>();
        for (MarkdownEditor.Mark m : noted) {
            int from = Math.min(m.start(), length);
            int to = Math.min(Math.max(m.end() - 1, from), length);
            int p1 = area.offsetToPosition(from, TwoDimensional.Bias.Forward).getMajor();
            int p2 = area.offsetToPosition(to, TwoDimensional.Bias.Forward).getMajor();
            for (int p = p1; p <= p2; p++) {
                want.add(p);
            }
        }
        int n = area.getParagraphs().size();
        Runnable keepPlace = null;
        for (int p = 0; p < n; p++) {
            Collection<String> style = area.getParagraph(p).getParagraphStyle();
            boolean has = style.contains(SPACED);
            if (has != want.contains(p)) {
                if (keepPlace == null) {
                    keepPlace = keepPlace();
                }
                List<String> next = new ArrayList<>(style);
                if (has) {
                    next.remove(SPACED);
                } else {
                    next.add(SPACED);
                }
                area.setParagraphStyle(p, next);
            }
        }
        anySpaced = !want.isEmpty();
        if (keepPlace != null) {
            keepPlace.run();
        }
    }

    /**
     * What keeps the view at the top of the text when it is there now. Changing the style of the
     * first paragraph while it is at the top makes the view anchor on a later line as the
     * paragraph grows (a body just opened would start in the middle of its first paragraph).
     * Anywhere else the view keeps its first paragraph by itself, and restoring there could undo
     * a scroll made in the moment between.
     */
    private Runnable keepPlace() {
        // Not laid out yet (a body opened at start-up): it will show from the top.
        if (area.getScene() == null || !area.getVisibleParagraphs().isEmpty() && !atTop()) {
            return () -> { };
        }
        // The new heights are known only after the next layout pass: back to the top then (and
        // for a few passes more while the view settles), in place().
        boolean caretInView = area.getCaretBounds().isPresent();
        return () -> {
            keepCaret = caretInView;
            keepPasses = 6;
        };
    }

    private boolean atTop() {
        return area.firstVisibleParToAllParIndex() == 0 && area.getEstimatedScrollY() <= 0.5;
    }

    /** After a layout pass: the view back at the top, where it was before the styles changed. */
    private void restorePlace() {
        if (keepPasses <= 0 || area.getVisibleParagraphs().isEmpty()) {
            return; // counted from the first pass that lays the text out
        }
        keepPasses--;
        if (!atTop()) {
            area.putBackAtTop(keepCaret);
        }
    }

    /** Puts each note's label under the last line of its words, or hides it when they are out of view. */
    private void place() {
        restorePlace();
        List<MarkdownEditor.Mark> noted = new ArrayList<>();
        List<Note> notes = notesFor(area.followingMarks(), noted);
        while (labels.size() < notes.size()) {
            Label l = new Label();
            l.setManaged(false);
            l.setAccessibleRole(AccessibleRole.TEXT);
            l.setTextOverrun(OverrunStyle.ELLIPSIS);
            labels.add(l);
            layer.getChildren().add(l);
        }
        for (int i = notes.size(); i < labels.size(); i++) {
            labels.get(i).setVisible(false);
        }
        if (notes.isEmpty()) {
            return;
        }
        clip.setWidth(area.getWidth());
        clip.setHeight(area.getHeight());
        // The band's height: the bottom padding the spaced style gives the paragraph's text.
        double band = area.lookupAll("." + SPACED).stream().filter(n -> n instanceof javafx.scene.text.TextFlow)
                .mapToDouble(n -> ((javafx.scene.text.TextFlow) n).getPadding().getBottom()).max().orElse(0);
        int length = area.getLength();
        double right = area.getWidth() - 4;
        List<Bounds> placed = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            Note note = notes.get(i);
            Label l = labels.get(i);
            if (!l.getText().equals(note.text())) {
                l.setText(note.text());
            }
            l.setAccessibleText(note.accessibleText());
            if (!l.getStyleClass().contains(note.styleClass())) {
                l.getStyleClass().setAll("label", NOTE, note.styleClass());
            }
            MarkdownEditor.Mark m = noted.get(i);
            int start = Math.min(m.start(), length);
            int end = Math.min(m.end(), length);
            Optional<Point2D> at = anchor(start, end);
            Optional<Bounds> paragraph = at.isEmpty() || band <= 0 ? Optional.empty() : bandOf(start, end);
            if (paragraph.isEmpty()) {
                // Out of view, or its paragraph not yet given its band: shown next pass, never over the text.
                l.setVisible(false);
                continue;
            }
            l.applyCss();
            l.setMaxWidth(Math.max(40, right - 8));
            l.autosize();
            double w = Math.min(l.prefWidth(-1), l.getMaxWidth());
            double h = Math.min(l.prefHeight(w), band - AIR);
            l.resize(w, h);
            Point2D p = layer.screenToLocal(at.get());
            double x = Math.max(0, Math.min(p.getX(), right - w));
            // In the band under the paragraph's last line, whichever line the words are on.
            double y = layer.screenToLocal(0, paragraph.get().getMaxY()).getY() - band + AIR;
            // Two notes on one line: the later one moves right of the earlier one.
            for (Bounds b : placed) {
                if (Math.abs(b.getMinY() - y) < h / 2 && x < b.getMaxX() + 6 && x + w > b.getMinX()) {
                    x = b.getMaxX() + 6;
                }
            }
            if (x + w > right) {
                w = Math.max(40, right - x); // the end of the later note gives way (an ellipsis)
                l.resize(w, h);
            }
            l.relocate(x, y);
            l.setVisible(y < area.getHeight() && y + h > 0);
            placed.add(new javafx.geometry.BoundingBox(x, y, w, h));
        }
    }

    /**
     * The on-screen bounds of the paragraph holding the end of a note's words, band included;
     * empty when that paragraph is not laid out or has no band yet.
     */
    private Optional<Bounds> bandOf(int start, int end) {
        int last = Math.max(start, end - 1);
        int p = area.offsetToPosition(Math.min(last, area.getLength()), TwoDimensional.Bias.Forward).getMajor();
        if (!area.getParagraph(p).getParagraphStyle().contains(SPACED)) {
            return Optional.empty();
        }
        try {
            return area.getParagraphBoundsOnScreen(p);
        } catch (RuntimeException e) {
            return Optional.empty(); // a paragraph being rebuilt mid-layout: placed again next pass
        }
    }

    /**
     * Where a note starts across the screen: where its words start on their last line (for an
     * insertion, at its place), with that line's bottom. Empty when not in view.
     */
    private Optional<Point2D> anchor(int start, int end) {
        if (area.getLength() == 0) {
            return Optional.empty();
        }
        if (end <= start) {
            // An insertion: at its place, after the character before it.
            int c = Math.min(Math.max(start - 1, 0), area.getLength() - 1);
            return bounds(c).map(b -> new Point2D(start > 0 ? b.getMaxX() : b.getMinX(), b.getMaxY()));
        }
        int last = Math.min(end - 1, area.getLength() - 1);
        Optional<Bounds> lastChar = bounds(last);
        if (lastChar.isEmpty()) {
            return Optional.empty();
        }
        double lineTop = lastChar.get().getMinY();
        int from = Math.min(start, last);
        // The first of the words on the last line: binary search, since a line's characters share its top.
        int lo = from;
        int hi = last;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Optional<Bounds> b = bounds(mid);
            if (b.isPresent() && Math.abs(b.get().getMinY() - lineTop) < 1) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Bounds first = bounds(lo).orElse(lastChar.get());
        return Optional.of(new Point2D(first.getMinX(), lastChar.get().getMaxY()));
    }

    private Optional<Bounds> bounds(int at) {
        try {
            return area.getCharacterBoundsOnScreen(at, at + 1);
        } catch (RuntimeException e) {
            return Optional.empty(); // a paragraph being rebuilt mid-layout: placed again next pass
        }
    }
}
