package org.standfirst.ui.editor;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.reactfx.Subscription;

/**
 * The Markdown body editor: a RichTextFX CodeArea with syntax colouring computed off the FX
 * thread, formatting edits that undo in one step, and paste that turns rich text into Markdown.
 */
public final class MarkdownEditor extends CodeArea {
    // Colouring is pure computation, so it has its own daemon thread rather than the I/O lane.
    private static final ExecutorService HIGHLIGHT = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "standfirst-highlight");
        t.setDaemon(true);
        return t;
    });

    /** The layer of the problems panel's squiggles ({@link #setMarks}). */
    public static final String PROBLEMS = "problems";
    /** The layer of spaces styled to make room over a line for the notes (MarkNotes): no mark of its own. */
    static final String NOTE_ROOM = "note-room";

    private final Subscription highlighting;
    private final Subscription following;
    private UnaryOperator<String> htmlToMarkdown;
    // Layers of marks in the order they are laid over the colouring; each layer is changed alone.
    private final java.util.Map<String, Marks> layers = new java.util.LinkedHashMap<>();
    private java.util.function.Function<Mark, String> markTip = m -> null;
    private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
    private final MarkNotes notes;

    /**
     * A style class laid over a range of the text on top of the Markdown colouring (a squiggle, a
     * comment's highlight), with the id of what it marks (null when it needs none).
     */
    public record Mark(int start, int end, String styleClass, String id) {
        public Mark(int start, int end, String styleClass) {
            this(start, end, styleClass, null);
        }

        boolean covers(int position) {
            return position >= start && position <= end && end > start;
        }
    }

    /**
     * Marks are for one text: when the text has changed since, they are left off until renewed.
     * A layer that follows edits (text null) instead moves its marks with every change.
     */
    private record Marks(String text, java.util.List<Mark> marks) {
    }

    public MarkdownEditor() {
        getStyleClass().add("markdown-editor");
        setWrapText(true);
        setParagraphGraphicFactory(LineNumberFactory.get(this));
        setAccessibleText("Body, in Markdown");
        highlighting = multiPlainChanges()
                .successionEnds(Duration.ofMillis(60))
                .subscribe(ignore -> highlightLater());
        // Moving marks is a few comparisons per mark per change: cheap enough for every keystroke.
        following = plainTextChanges().subscribe(this::follow);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        setMouseOverTextDelay(Duration.ofMillis(400));
        addEventHandler(org.fxmisc.richtext.event.MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String text = tipAt(e.getCharacterIndex());
            if (text != null) {
                tip.setText(text);
                tip.show(this, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() + 12);
            }
        });
        addEventHandler(org.fxmisc.richtext.event.MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
        notes = new MarkNotes(this, getChildren());
        // Tab on a list item nests it (Shift+Tab takes it back out); anywhere else Tab and
        // Shift+Tab move on to the next or previous control, as in every other field, instead of
        // typing a tab: a tab at a paragraph's start makes it a block of code in Markdown, and the
        // writer could never Tab out of the body. IGNORE leaves the key unhandled by the editor,
        // so the window moves the focus in its own order.
        org.fxmisc.wellbehaved.event.Nodes.addInputMap(this, org.fxmisc.wellbehaved.event.InputMap.process(
                org.fxmisc.wellbehaved.event.EventPattern.keyPressed(javafx.scene.input.KeyCode.TAB,
                        javafx.scene.input.KeyCombination.SHIFT_ANY),
                e -> isEditable() && nestList(e.isShiftDown()) ? org.fxmisc.wellbehaved.event.InputHandler.Result.CONSUME
                        : org.fxmisc.wellbehaved.event.InputHandler.Result.IGNORE));
        addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            if ("\t".equals(e.getCharacter())) {
                e.consume();
            }
        });
        // Enter in a list carries the list on (or ends it on an empty item), as word processors do.
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShiftDown() && !e.isControlDown()
                    && !e.isAltDown() && !e.isMetaDown() && isEditable()) {
                var r = getSelection();
                Formatting.Edit edit = Formatting.newLine(getText(), r.getStart(), r.getEnd());
                if (edit != null) {
                    apply(edit);
                    e.consume();
                }
            }
        });
    }

    private boolean nestList(boolean out) {
        var r = getSelection();
        Formatting.Edit edit = Formatting.nestList(getText(), r.getStart(), r.getEnd(), out);
        if (edit == null) {
            return false;
        }
        apply(edit);
        return true;
    }

    /**
     * What to show beside a mark of a layer that follows edits (a suggestion's new words), or
     * null for nothing. The words are shown, never inserted: the text stays the writer's.
     */
    public void setMarkNotes(java.util.function.Function<Mark, MarkNotes.Note> describe) {
        notes.setDescribe(describe);
    }

    /** The notes shown beside marks now, as labels over the text. */
    public java.util.List<javafx.scene.control.Label> markNotes() {
        return notes.shown();
    }

    // Every way of moving the view on purpose tells the notes first (MarkNotes.viewMoved), so
    // their keeping the view at the top after a style change can never undo it.
    @Override
    public void showParagraphAtTop(int paragraph) {
        notes.viewMoved();
        super.showParagraphAtTop(paragraph);
    }

    @Override
    public void showParagraphAtBottom(int paragraph) {
        notes.viewMoved();
        super.showParagraphAtBottom(paragraph);
    }

    @Override
    public void showParagraphAtCenter(int paragraph) {
        notes.viewMoved();
        super.showParagraphAtCenter(paragraph);
    }

    @Override
    public void showParagraphInViewport(int paragraph) {
        notes.viewMoved();
        super.showParagraphInViewport(paragraph);
    }

    @Override
    public void showParagraphRegion(int paragraph, javafx.geometry.Bounds region) {
        notes.viewMoved();
        super.showParagraphRegion(paragraph, region);
    }

    @Override
    public void scrollYToPixel(double pixel) {
        notes.viewMoved();
        super.scrollYToPixel(pixel);
    }

    @Override
    public void scrollYBy(double deltaY) {
        notes.viewMoved();
        super.scrollYBy(deltaY);
    }

    /** The view back at the top after a style change moved it (MarkNotes), and the caret followed if asked. */
    void putBackAtTop(boolean followCaret) {
        super.showParagraphAtTop(0);
        if (followCaret) {
            requestFollowCaret(); // typing at the foot of the view stays in view
        }
    }

    /** The marks of every layer that follows edits, as they are now. */
    java.util.List<Mark> followingMarks() {
        java.util.List<Mark> out = new java.util.ArrayList<>();
        for (var e : layers.entrySet()) {
            if (e.getValue().text() == null && !e.getKey().equals(NOTE_ROOM)) {
                out.addAll(e.getValue().marks());
            }
        }
        return out;
    }

    /** Lays the marks over the text as it is now (the problems panel's squiggles); an empty list clears them. */
    public void setMarks(java.util.List<Mark> list) {
        setLayer(PROBLEMS, list, false);
    }

    /**
     * Lays a layer of marks over the text as it is now, replacing that layer only.
     *
     * @param followEdits move the marks with the text as it is edited (comments), rather than
     *                    leaving them off once the text changes until they are renewed (squiggles)
     */
    public void setLayer(String layer, java.util.List<Mark> list, boolean followEdits) {
        layers.put(layer, new Marks(followEdits ? null : getText(), java.util.List.copyOf(list)));
        highlightLater();
        if (followEdits) {
            notes.queueSpacing();
        }
    }

    /** The marks of a layer as they are now (moved with the edits when the layer follows them). */
    public java.util.List<Mark> layer(String layer) {
        Marks m = layers.get(layer);
        return m == null ? java.util.List.of() : m.marks();
    }

    /**
     * The marks of a layer that hold a position (touching counts), innermost first; of two the
     * same length, the later in the layer (the more recent) first.
     */
    public java.util.List<Mark> marksAt(String layer, int position) {
        java.util.List<Mark> all = layer(layer);
        java.util.List<Mark> here = new java.util.ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).covers(position)) {
                here.add(all.get(i));
            }
        }
        here.sort(java.util.Comparator.comparingInt(m -> m.end() - m.start())); // stable: later first among equals
        return here;
    }

    /** What to say about a mark when the mouse rests on it (null: nothing). */
    public void setMarkTip(java.util.function.Function<Mark, String> describe) {
        markTip = describe;
    }

    /** What the marks under the mouse say, innermost first, one line each (overlapping comments all speak). */
    private String tipAt(int position) {
        StringBuilder out = new StringBuilder();
        for (var e : layers.entrySet()) {
            if (e.getValue().text() != null || e.getKey().equals(NOTE_ROOM)) {
                continue;
            }
            for (Mark x : marksAt(e.getKey(), position)) {
                String t = position < x.end() ? markTip.apply(x) : null;
                if (t != null) {
                    out.append(out.length() == 0 ? "" : "\n").append(t);
                }
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Moves the marks of the layers that follow edits: typing inside a mark grows it, deleting it drops it. */
    private void follow(org.fxmisc.richtext.model.PlainTextChange c) {
        int at = c.getPosition();
        int removedEnd = at + c.getRemoved().length();
        int inserted = c.getInserted().length();
        int delta = inserted - c.getRemoved().length();
        for (var e : layers.entrySet()) {
            Marks m = e.getValue();
            if (m.text() != null || m.marks().isEmpty()) {
                continue;
            }
            var moved = new java.util.ArrayList<Mark>(m.marks().size());
            for (Mark x : m.marks()) {
                int s = x.start() < at ? x.start() : x.start() >= removedEnd ? x.start() + delta : at + inserted;
                int end = x.end() <= at ? x.end() : x.end() >= removedEnd ? x.end() + delta : at + inserted;
                if (x.start() == x.end() || end > s) {
                    moved.add(new Mark(s, Math.max(s, end), x.styleClass(), x.id()));
                }
            }
            e.setValue(new Marks(null, moved));
            notes.textChanged();
            notes.queueSpacing();
        }
    }

    private static StyleSpans<Collection<String>> withMarks(StyleSpans<Collection<String>> base, String text,
                                                           java.util.List<Marks> all) {
        StyleSpans<Collection<String>> out = base;
        for (Marks m : all) {
            out = withMarks(out, text, m);
        }
        return out;
    }

    /** The style class added where two or more marks of one class overlap (a stronger tint). */
    public static String overlapClass(String styleClass) {
        return styleClass + "-overlap";
    }

    /**
     * Lays one layer over the colouring. Where marks overlap, the words carry every mark's class,
     * and where two or more of one class meet, that class's {@link #overlapClass} too, so that
     * each comment shows however they nest or cross.
     */
    private static StyleSpans<Collection<String>> withMarks(StyleSpans<Collection<String>> base, String text, Marks m) {
        if (m.marks().isEmpty() || m.text() != null && !m.text().equals(text)) {
            return base;
        }
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        var valid = new java.util.ArrayList<Mark>(m.marks().size());
        for (Mark x : m.marks()) {
            if (x.end() > x.start() && x.start() >= 0 && x.end() <= text.length()) {
                valid.add(x);
                cuts.add(x.start());
                cuts.add(x.end());
            }
        }
        if (valid.isEmpty()) {
            return base;
        }
        var b = new org.fxmisc.richtext.model.StyleSpansBuilder<Collection<String>>();
        int pos = 0;
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            // The classes over [from, to): every mark holding it, once per class, and the overlap
            // class where a class is there more than once. A few marks: a scan per piece is enough.
            var counts = new java.util.LinkedHashMap<String, Integer>();
            for (Mark x : valid) {
                if (x.start() <= from && x.end() >= to) {
                    counts.merge(x.styleClass(), 1, Integer::sum);
                }
            }
            if (!counts.isEmpty()) {
                var classes = new java.util.ArrayList<String>(counts.size() + 1);
                counts.forEach((c, n) -> {
                    classes.add(c);
                    if (n > 1) {
                        classes.add(overlapClass(c));
                    }
                });
                b.add(java.util.List.of(), from - pos);
                b.add(classes, to - from);
                pos = to;
            }
            from = to;
        }
        b.add(java.util.List.of(), text.length() - pos);
        return base.overlay(b.create(), (a, c) -> {
            if (c.isEmpty()) {
                return a;
            }
            var u = new java.util.ArrayList<String>(a);
            u.addAll(c);
            return u;
        });
    }

    /** How pasted HTML becomes Markdown (the render layer's converter); null pastes plain text. */
    public void setHtmlToMarkdown(UnaryOperator<String> converter) {
        this.htmlToMarkdown = converter;
    }

    /** Replaces the whole text as loading, not editing: colours at once and clears undo history. */
    public void load(String text) {
        replaceText(text);
        getUndoManager().forgetHistory();
        moveTo(0);
        requestFollowCaret();
        if (!text.isEmpty()) {
            setStyleSpans(0, MarkdownHighlighter.compute(text));
        }
    }

    private void highlightLater() {
        String text = getText();
        // Taken with the text on the FX thread, so the marks and the text they fit travel together.
        java.util.List<Marks> marks = java.util.List.copyOf(layers.values());
        HIGHLIGHT.submit(() -> {
            StyleSpans<Collection<String>> spans = withMarks(MarkdownHighlighter.compute(text), text, marks);
            Platform.runLater(() -> {
                // Stale colouring for text that has since changed would be misplaced: drop it.
                if (getText().equals(text) && !text.isEmpty()) {
                    setStyleSpans(0, spans);
                }
            });
        });
    }

    /** Applies a formatting edit as one undoable change and selects what it says. */
    public void apply(Formatting.Edit e) {
        getUndoManager().preventMerge();
        replaceText(e.start(), e.end(), e.text());
        getUndoManager().preventMerge();
        selectRange(e.selStart(), e.selEnd());
        requestFollowCaret();
    }

    public void format(FormattingAction action) {
        var r = getSelection();
        apply(action.edit(getText(), r.getStart(), r.getEnd()));
        requestFocus();
    }

    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (htmlToMarkdown != null && clipboard.hasHtml()) {
            String md = htmlToMarkdown.apply(clipboard.getHtml());
            if (md != null && !md.isBlank()) {
                getUndoManager().preventMerge();
                replaceSelection(md);
                getUndoManager().preventMerge();
                requestFollowCaret();
                return;
            }
        }
        if (clipboard.hasString()) {
            replaceSelection(clipboard.getString());
            requestFollowCaret();
        }
    }

    /** Stops listening; the editor is not used afterwards. */
    public void dispose() {
        highlighting.unsubscribe();
        following.unsubscribe();
        notes.dispose();
    }

    /** The toolbar's formatting actions. */
    public enum FormattingAction {
        BOLD, ITALIC, HEADING, LINK, QUOTE, LIST, IMAGE;

        Formatting.Edit edit(String text, int from, int to) {
            return switch (this) {
                case BOLD -> Formatting.bold(text, from, to);
                case ITALIC -> Formatting.italic(text, from, to);
                case HEADING -> Formatting.heading(text, from, to);
                case LINK -> Formatting.link(text, from, to);
                case QUOTE -> Formatting.quote(text, from, to);
                case LIST -> Formatting.bulletList(text, from, to);
                case IMAGE -> Formatting.image(text, from, to);
            };
        }
    }
}
