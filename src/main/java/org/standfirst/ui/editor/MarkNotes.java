package org.standfirst.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

/**
 * Words shown beside marked words in the editor without being part of its text: a suggestion's
 * new words are written just above the struck-through ones, starting where they start, the way
 * an editor writes a correction over the line on a typescript. Each is a label on a
 * mouse-transparent layer over the editor, placed from the characters' bounds after every layout
 * pass (so it follows typing, wrapping and scrolling).
 *
 * <p>The room over that one line comes from one space on it: the space is given a larger font
 * ({@value #ROOM}N in panels.css, N rows of notes), which raises only that line's top, so the
 * other lines of the paragraph keep their spacing and no word is covered. The space moves with
 * the text like any styled character, so typing anywhere moves nothing for a frame. The document
 * text, and so autosave, undo, word count and search, never sees the notes.
 */
public final class MarkNotes {
    /** The style class, followed by a number of rows (1 to {@value #MAX_ROWS}), that makes room for notes over a line. */
    static final String ROOM = "note-room-";
    /** The most rows of notes over one line; longer words end in an ellipsis (the mouse-over and the Review tab say them in full). */
    static final int MAX_ROWS = 3;
    /** How many times a note's room may move before the text changes again (a wrap that moves with it ends there). */
    private static final int MAX_MOVES = 4;
    /** Every note label's style class (panels.css: readable in both themes). */
    static final String NOTE = "mark-note";
    /** Pixels between the top of the line's room and the note. */
    private static final double AIR = 1;

    /** What to show beside a mark: the words, the style class of their kind and what a screen reader says. */
    public record Note(String text, String styleClass, String accessibleText) {
    }

    private final MarkdownEditor area;
    private final Pane layer = new Pane();
    private final Rectangle clip = new Rectangle();
    private final List<Label> labels = new ArrayList<>();
    private final Label probe = new Label("X");
    private Function<MarkdownEditor.Mark, Note> describe = m -> null;
    private boolean spacingQueued;
    private int keepPasses;
    private boolean keepCaret;
    // A move asked for since the last layout pass: until it is laid out, the view's place is not known.
    private boolean movedSinceLayout;
    private Scene listeningOn;
    private final Runnable place = this::place;
    // By note (its mark's id): the rows its line needs and, once laid out, the space on its line to raise.
    private final Map<String, Integer> rowsWanted = new HashMap<>();
    private final Map<String, Integer> roomHint = new HashMap<>();
    private final Map<String, Integer> moves = new HashMap<>();

    MarkNotes(MarkdownEditor area, javafx.collections.ObservableList<javafx.scene.Node> areaChildren) {
        this.area = area;
        layer.getStyleClass().add("mark-notes");
        layer.setManaged(false);
        layer.setMouseTransparent(true);
        layer.setClip(clip);
        probe.setManaged(false);
        probe.setVisible(false);
        probe.getStyleClass().add(NOTE);
        layer.getChildren().add(probe);
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
        movedSinceLayout = true;
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

    /** The text changed: a note's room may move again. */
    void textChanged() {
        moves.clear();
    }

    /** Sets the room over the notes' lines soon (not inside the text change that asked for it). */
    void queueSpacing() {
        if (!spacingQueued) {
            spacingQueued = true;
            Platform.runLater(() -> {
                spacingQueued = false;
                space();
            });
        }
    }

    /** The key a note is known by between passes: its mark's id, or its place for a mark without one. */
    private static String key(MarkdownEditor.Mark m) {
        return m.id() != null ? m.id() : m.start() + ":" + m.end();
    }

    /**
     * Gives each note's line its room: one space on the line (the one chosen from the layout when
     * known, else the one it had while still a space of that paragraph, else a guess), styled for
     * the rows the note needs there. The editor's layer changes only when something changed.
     */
    private void space() {
        List<MarkdownEditor.Mark> noted = new ArrayList<>();
        notesFor(area.followingMarks(), noted);
        List<MarkdownEditor.Mark> current = area.layer(MarkdownEditor.NOTE_ROOM);
        if (noted.isEmpty() && current.isEmpty()) {
            return;
        }
        Map<String, MarkdownEditor.Mark> had = new HashMap<>();
        current.forEach(r -> had.put(r.id(), r));
        String text = area.getText();
        List<MarkdownEditor.Mark> want = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (MarkdownEditor.Mark m : noted) {
            String key = key(m);
            if (!keys.add(key)) {
                continue;
            }
            int anchor = anchorChar(text, m);
            if (anchor < 0) {
                continue;
            }
            Integer hint = roomHint.remove(key);
            MarkdownEditor.Mark old = had.get(key);
            int at;
            if (hint != null && hint < text.length() && isSpace(text.charAt(hint)) && sameParagraph(text, hint, anchor)) {
                at = hint;
            } else if (old != null && old.start() < text.length() && isSpace(text.charAt(old.start()))
                    && sameParagraph(text, old.start(), anchor)) {
                at = old.start();
            } else {
                at = guessRoom(text, m, anchor);
            }
            if (at >= 0) {
                int rows = Math.max(1, Math.min(MAX_ROWS, rowsWanted.getOrDefault(key, 1)));
                want.add(new MarkdownEditor.Mark(at, at + 1, ROOM + rows, key));
            }
        }
        rowsWanted.keySet().retainAll(keys);
        roomHint.keySet().retainAll(keys);
        if (!want.equals(current)) {
            Runnable keepPlace = keepPlace();
            area.setLayer(MarkdownEditor.NOTE_ROOM, want, true);
            keepPlace.run();
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean sameParagraph(String text, int a, int b) {
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        return text.indexOf('\n', from) < 0 || text.indexOf('\n', from) >= to;
    }

    /**
     * The character whose line the note goes over: the first struck one, or for words to insert
     * the one before their place (the first after it at the start of a paragraph); -1 for none
     * (an insertion in an empty paragraph).
     */
    private static int anchorChar(String text, MarkdownEditor.Mark m) {
        int length = text.length();
        int s = Math.min(m.start(), length);
        if (m.end() > m.start() && s < length && text.charAt(s) != '\n') {
            return s;
        }
        if (s > 0 && text.charAt(s - 1) != '\n') {
            return s - 1;
        }
        return s < length && text.charAt(s) != '\n' ? s : -1;
    }

    /**
     * A space likely on the anchor's line before it is laid out: the one just before the words,
     * else one among them, else the first after them, else the last before them in the paragraph;
     * -1 when the paragraph has none.
     */
    private static int guessRoom(String text, MarkdownEditor.Mark m, int anchor) {
        int paraStart = text.lastIndexOf('\n', Math.max(anchor - 1, 0)) + 1;
        if (anchor == 0) {
            paraStart = 0;
        }
        int paraEnd = text.indexOf('\n', anchor);
        paraEnd = paraEnd < 0 ? text.length() : paraEnd;
        if (anchor > paraStart && isSpace(text.charAt(anchor - 1))) {
            return anchor - 1;
        }
        for (int i = anchor; i < paraEnd; i++) {
            if (isSpace(text.charAt(i))) {
                return i;
            }
        }
        for (int i = anchor - 1; i >= paraStart; i--) {
            if (isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What keeps the view at the top of the text when it is there now. Making room over a line
     * of the first paragraph while it is at the top makes the view anchor on a later line as the
     * paragraph grows (a body just opened would start in the middle of its first paragraph).
     * Anywhere else the view keeps its first paragraph by itself, and restoring there could undo
     * a scroll made in the moment between.
     */
    private Runnable keepPlace() {
        // Not laid out yet (a body opened at start-up): it will show from the top.
        if (area.getScene() == null || movedSinceLayout || !area.getVisibleParagraphs().isEmpty() && !atTop()) {
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

    /** After a layout pass: the view back at the top, where it was before the room changed. */
    private void restorePlace() {
        if (keepPasses <= 0 || area.getVisibleParagraphs().isEmpty()) {
            return; // counted from the first pass that lays the text out
        }
        keepPasses--;
        if (!atTop()) {
            area.putBackAtTop(keepCaret);
        }
    }

    /**
     * Puts each note's label over the line of its words, starting where they start; a note
     * whose line has no room yet (the style is on its way) or is out of view is hidden until a
     * later pass. Two notes that would meet on one line are stacked, the later one a row higher
     * up, rather than shortened.
     */
    private void place() {
        movedSinceLayout = false;
        restorePlace();
        List<MarkdownEditor.Mark> noted = new ArrayList<>();
        List<Note> notes = notesFor(area.followingMarks(), noted);
        while (labels.size() < notes.size()) {
            Label l = new Label();
            l.setManaged(false);
            l.setAccessibleRole(AccessibleRole.TEXT);
            l.setTextOverrun(OverrunStyle.ELLIPSIS);
            l.setWrapText(true);
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
        probe.applyCss();
        double row = Math.ceil(probe.prefHeight(-1));
        String text = area.getText();
        Map<String, MarkdownEditor.Mark> rooms = new HashMap<>();
        area.layer(MarkdownEditor.NOTE_ROOM).forEach(r -> rooms.put(r.id(), r));
        double right = area.getWidth() - 4;
        List<Placed> placed = new ArrayList<>();
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
            String key = key(m);
            int anchor = anchorChar(text, m);
            Optional<Bounds> line = anchor < 0 ? Optional.empty() : bounds(anchor);
            if (line.isEmpty()) {
                l.setVisible(false); // out of view: placed when it comes back
                continue;
            }
            double anchorTop = layer.screenToLocal(0, line.get().getMinY()).getY();
            // Notes on one line share the space that makes its room (two spaces would widen two gaps).
            Optional<Placed> sameLine = placed.stream().filter(p -> Math.abs(p.lineTop() - anchorTop) < 1).findFirst();
            MarkdownEditor.Mark room = rooms.get(key);
            // The space chosen from the layout as it is; once a room has moved MAX_MOVES times since
            // the text last changed, one still over the words is kept (it would chase a wrap it moves).
            boolean settled = moves.getOrDefault(key, 0) >= MAX_MOVES;
            int wanted = sameLine.map(p -> p.room().start()).orElseGet(() -> settled && holdsWords(room, m, line.get())
                    || nearestBefore(text, room, anchor, line.get()) ? room.start() : spaceOnLine(text, anchor, line.get()));
            if (room == null || wanted != room.start()) {
                // Its space is not the one for its words' line (they wrapped afresh, or it was a guess).
                if (wanted >= 0 && !settled && !Integer.valueOf(wanted).equals(roomHint.get(key))) {
                    moves.merge(key, 1, Integer::sum);
                    roomHint.put(key, wanted);
                    queueSpacing();
                }
                if (room == null || !holdsWords(room, m, line.get())) {
                    l.setVisible(false);
                    continue;
                }
            }
            Optional<Bounds> roomLine = bounds(room.start());
            int roomRows = rowsOf(area.getStyleOfChar(room.start()));
            if (roomRows == 0 || roomLine.isEmpty()) {
                l.setVisible(false); // its room is on its way (styles are worked out off the FX thread)
                continue;
            }
            double lineTop = layer.screenToLocal(0, roomLine.get().getMinY()).getY();
            boolean onAnchorLine = Math.abs(lineTop - anchorTop) < 1;
            l.applyCss();
            double left = layer.screenToLocal(lineLeft(text, anchor).orElse(line.get().getMinX()), 0).getX();
            double w = Math.min(Math.ceil(l.prefWidth(-1)), Math.max(40, right - left));
            int rows = Math.max(1, (int) Math.round(l.prefHeight(w) / row));
            // Over the first struck character (a character's bounds reach a pixel past it), or
            // just after the character before the place where words go in.
            // (When its room is on a later line of the words, they run on from that line's start.)
            double at = !onAnchorLine ? layer.localToScreen(left, 0).getX()
                    : m.end() > m.start() || anchor >= Math.min(m.start(), text.length())
                    ? line.get().getMinX() + 1 : line.get().getMaxX() - 1;
            double x = Math.max(left, Math.min(layer.screenToLocal(at, 0).getX(), right - w));
            // A row of its own, under any note already on this line that it would meet.
            int first = 0;
            for (Placed p : placed) {
                if (Math.abs(p.lineTop() - lineTop) < 1 && x < p.maxX() + 6 && x + w > p.x()) {
                    first = Math.max(first, p.rowsTo());
                }
            }
            int need = Math.min(MAX_ROWS, first + rows);
            if (rowsWanted.getOrDefault(key, 1) != need) {
                rowsWanted.put(key, need);
                queueSpacing();
            }
            int shownRows = Math.min(rows, roomRows - first);
            if (shownRows <= 0) {
                l.setVisible(false); // its room is on its way
                continue;
            }
            double h = shownRows * row;
            double y = lineTop + AIR + first * row;
            l.resize(w, h);
            l.relocate(x, y);
            l.setVisible(y < area.getHeight() && y + h > 0);
            placed.add(new Placed(x, x + w, lineTop, first + shownRows, room));
        }
    }

    /** A note placed in this pass: across the screen, the top of its line, the rows down to its foot, and its line's space. */
    private record Placed(double x, double maxX, double lineTop, int rowsTo, MarkdownEditor.Mark room) {
    }

    /**
     * Whether a note's space is on a line that holds its words: the line they start on, or a later
     * one they run on to (after a wrap its own room moved).
     */
    private boolean holdsWords(MarkdownEditor.Mark room, MarkdownEditor.Mark m, Bounds line) {
        if (room == null || room.start() >= area.getLength()) {
            return false;
        }
        Optional<Bounds> b = bounds(room.start());
        if (b.isEmpty()) {
            return false;
        }
        if (Math.abs(b.get().getMinY() - line.getMinY()) < 1 || room.start() > m.start() && room.start() < m.end()) {
            return true;
        }
        Optional<Bounds> last = m.end() > m.start() ? bounds(Math.min(m.end(), area.getLength()) - 1) : Optional.empty();
        return room.start() >= m.end() && last.isPresent() && Math.abs(last.get().getMinY() - b.get().getMinY()) < 1;
    }

    /**
     * Whether a note's space is the one {@link #spaceOnLine} would choose first, the nearest before
     * its words on their line: known without scanning the line, as it is on almost every pass.
     */
    private boolean nearestBefore(String text, MarkdownEditor.Mark room, int anchor, Bounds line) {
        if (room == null || room.start() >= anchor) {
            return false;
        }
        for (int i = room.start() + 1; i < anchor; i++) {
            if (isSpace(text.charAt(i)) || text.charAt(i) == '\n') {
                return false;
            }
        }
        Optional<Bounds> b = bounds(room.start());
        return b.isPresent() && Math.abs(b.get().getMinY() - line.getMinY()) < 1;
    }

    /** The space a line wraps after (the last character of the line, when the paragraph goes on), or -1. */
    private int wrapSpace(String text, int from, Bounds line) {
        int last = -1;
        for (int i = from; i < text.length() && text.charAt(i) != '\n'; i++) {
            Optional<Bounds> b = bounds(i);
            if (b.isEmpty() || Math.abs(b.get().getMinY() - line.getMinY()) >= 1) {
                break;
            }
            last = i;
        }
        boolean wraps = last >= 0 && last + 1 < text.length() && text.charAt(last + 1) != '\n';
        return wraps && last != from && isSpace(text.charAt(last)) ? last : -1;
    }

    /** The rows of room a character's style gives its line (0: none). */
    private static int rowsOf(Collection<String> style) {
        int rows = 0;
        for (String c : style) {
            if (c.startsWith(ROOM)) {
                try {
                    rows = Math.max(rows, Integer.parseInt(c.substring(ROOM.length())));
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
        return rows;
    }

    /** Where the lines of the anchor's paragraph start across the screen (its first character's left). */
    private Optional<Double> lineLeft(String text, int anchor) {
        int paraStart = anchor == 0 ? 0 : text.lastIndexOf('\n', anchor - 1) + 1;
        return bounds(paraStart).map(Bounds::getMinX);
    }

    /**
     * The space on the anchor's line to make its room: the nearest to the anchor, the one before
     * it first; the space the line wraps after only when there is no other (set larger, it takes
     * the word before it to the next line); -1 for none.
     */
    private int spaceOnLine(String text, int anchor, Bounds line) {
        int wrap = wrapSpace(text, anchor, line);
        int near = nearestSpaceOnLine(text, anchor, line, wrap);
        return near >= 0 ? near : wrap;
    }

    private int nearestSpaceOnLine(String text, int anchor, Bounds line, int except) {
        for (int i = anchor - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            Optional<Bounds> b = bounds(i);
            if (b.isEmpty() || Math.abs(b.get().getMinY() - line.getMinY()) >= 1) {
                break;
            }
            if (isSpace(text.charAt(i))) {
                return i;
            }
        }
        for (int i = anchor; i < text.length() && text.charAt(i) != '\n'; i++) {
            Optional<Bounds> b = bounds(i);
            if (b.isEmpty() || Math.abs(b.get().getMinY() - line.getMinY()) >= 1) {
                break;
            }
            if (isSpace(text.charAt(i)) && i != except) {
                return i;
            }
        }
        return -1;
    }

    private Optional<Bounds> bounds(int at) {
        try {
            return area.getCharacterBoundsOnScreen(at, at + 1);
        } catch (RuntimeException e) {
            return Optional.empty(); // a paragraph being rebuilt mid-layout: placed again next pass
        }
    }
}
