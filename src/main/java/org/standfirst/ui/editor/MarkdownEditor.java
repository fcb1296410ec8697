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

    private final Subscription highlighting;
    private UnaryOperator<String> htmlToMarkdown;
    private volatile Marks marks = new Marks("", java.util.List.of());

    /** A style class laid over a range of the text on top of the Markdown colouring (a squiggle). */
    public record Mark(int start, int end, String styleClass) {
    }

    /** Marks are for one text: when the text has changed since, they are left off until renewed. */
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
    }

    /** Lays the marks over the text as it is now (the problems panel's squiggles); an empty list clears them. */
    public void setMarks(java.util.List<Mark> list) {
        marks = new Marks(getText(), java.util.List.copyOf(list));
        highlightLater();
    }

    private static StyleSpans<Collection<String>> withMarks(StyleSpans<Collection<String>> base, String text, Marks m) {
        if (m.marks().isEmpty() || !m.text().equals(text)) {
            return base;
        }
        var sorted = new java.util.ArrayList<>(m.marks());
        sorted.sort(java.util.Comparator.comparingInt(Mark::start));
        var b = new org.fxmisc.richtext.model.StyleSpansBuilder<Collection<String>>();
        int pos = 0;
        boolean any = false;
        for (Mark x : sorted) {
            if (x.start() < pos || x.end() > text.length() || x.end() <= x.start()) {
                continue; // overlapping or out of range: the first wins
            }
            b.add(java.util.List.of(), x.start() - pos);
            b.add(java.util.List.of(x.styleClass()), x.end() - x.start());
            pos = x.end();
            any = true;
        }
        if (!any) {
            return base;
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
