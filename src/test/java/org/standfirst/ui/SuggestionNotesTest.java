package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.standfirst.model.Person;
import org.standfirst.model.Role;
import org.testfx.api.FxRobot;

/**
 * A suggestion's new words in the editor: shown just over the struck-through words, on their own
 * line even in a long paragraph (whose other lines keep their spacing), in full (two that meet are
 * stacked, a long one wraps), never in the text (what is saved, counted and searched stays the
 * writer's), following typing and scrolling with nothing below moving, readable in both themes
 * and named for a screen reader.
 */
class SuggestionNotesTest extends WindowTest {
    private static final String FIRST = "Recruitment to cancer trials fell by about 60 per cent during the pandemic, "
            + "as hospitals redirected staff and space and many studies paused recruitment to protect the people taking part.";

    private List<Label> notes() {
        return Fx.call(() -> body().markNotes());
    }

    private Optional<Bounds> charBounds(int at) {
        return Fx.call(() -> body().getCharacterBoundsOnScreen(at, at + 1));
    }

    private Bounds noteBounds() {
        return Fx.call(() -> {
            Label l = body().markNotes().get(0);
            return l.localToScreen(l.getBoundsInLocal());
        });
    }

    /** The one note shown sits just over the struck words (see {@link #placedOver(String, String)}). */
    private boolean placedOver(String words) {
        return Fx.call(() -> body().markNotes().size() == 1 && placedOver(words, body().markNotes().get(0).getText()));
    }

    /** The height of a line of the editor with no note over it, as its characters' bounds give it (room only adds height). */
    private double plainLine() {
        return Fx.call(() -> {
            String text = body().getText();
            double least = Double.MAX_VALUE;
            for (int i = 0; i < Math.min(text.length(), 4000); i++) {
                if (text.charAt(i) != '\n') {
                    Optional<Bounds> b = body().getCharacterBoundsOnScreen(i, i + 1);
                    if (b.isPresent() && b.get().getHeight() > 1) {
                        least = Math.min(least, b.get().getHeight());
                    }
                }
            }
            return least;
        });
    }

    /**
     * What a reader sees of the note with these words: it is shown in full (no ellipsis), starts
     * where the struck words start (on the line they start on; pulled left only as far as the
     * editor's edge needs), and sits just over them, in the
     * room over their line and above where its letters begin, covering no character of the text.
     */
    private boolean placedOver(String words, String noteText) {
        double plain = plainLine();
        return Fx.call(() -> {
            List<Label> shown = body().markNotes().stream().filter(x -> x.getText().equals(noteText)).toList();
            if (shown.size() != 1) {
                return false;
            }
            Label l = shown.get(0);
            Bounds note = l.localToScreen(l.getBoundsInLocal());
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) l.lookup(".text");
            String text = body().getText();
            int at = text.indexOf(words);
            Optional<Bounds> first = body().getCharacterBoundsOnScreen(at, at + 1);
            // In full: every line of its words has room in it, and none ends in an ellipsis.
            if (first.isEmpty() || drawn == null || !drawn.getText().equals(noteText) || note.getHeight() < 8
                    || l.getHeight() < l.prefHeight(l.getWidth()) - 0.5
                    // Where they start; or, if it would run past the editor's edge, ending there, still over their start.
                    || Math.abs(note.getMinX() - (first.get().getMinX() + 1)) > 2
                    && !(note.getMinX() < first.get().getMinX() && note.getMaxX() >= first.get().getMaxX())
                    || note.getMinY() < first.get().getMinY() - 0.5
                    || note.getMaxY() > first.get().getMaxY() - plain + 0.5) {
                return false;
            }
            return coversNothing(note, plain);
        });
    }

    /**
     * No character of the text lies under the note: on its own line only the room over the
     * letters may be under it (a line is the plain height at its foot, with the room above).
     */
    private boolean coversNothing(Bounds note, double plain) {
        String text = body().getText();
        for (int i = 0; i < text.length(); i++) {
            Optional<Bounds> b = body().getCharacterBoundsOnScreen(i, i + 1);
            if (text.charAt(i) == '\n' || b.isEmpty() || b.get().getWidth() <= 0) {
                continue;
            }
            // A character's bounds reach a pixel past its line on either side.
            double top = b.get().getMaxY() - plain + 1;
            double bottom = b.get().getMaxY() - 1;
            if (b.get().getMinX() < note.getMaxX() - 0.5 && b.get().getMaxX() > note.getMinX() + 0.5
                    && top < note.getMaxY() - 0.25 && bottom > note.getMinY() + 0.25) {
                return false; // the note would hide this character
            }
        }
        return true;
    }

    /**
     * How a paragraph's lines sit, as a reader sees them: the height of each line, from the top
     * of its characters to the top of the next line's (the last: to its own bottom).
     */
    private double[] lines(int start, int end) {
        return Fx.call(() -> {
            java.util.TreeSet<Double> tops = new java.util.TreeSet<>();
            double bottom = 0;
            for (int i = start; i < end; i++) {
                Bounds b = body().getCharacterBoundsOnScreen(i, i + 1).orElseThrow();
                if (tops.isEmpty() || b.getMinY() > tops.last() + 1) {
                    tops.add(b.getMinY());
                }
                bottom = Math.max(bottom, b.getMaxY());
            }
            Double[] t = tops.toArray(new Double[0]);
            double[] out = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                out[i] = (i + 1 < t.length ? t[i + 1] : bottom) - t[i];
            }
            return out;
        });
    }

    /** The line (counted from the paragraph's first, at start) that holds a character. */
    private int lineOf(int start, int at) {
        return Fx.call(() -> {
            double y = body().getCharacterBoundsOnScreen(at, at + 1).orElseThrow().getMinY();
            int line = 0;
            double top = body().getCharacterBoundsOnScreen(start, start + 1).orElseThrow().getMinY();
            for (int i = start; i < at; i++) {
                double t = body().getCharacterBoundsOnScreen(i, i + 1).orElseThrow().getMinY();
                if (t > top + 1) {
                    line++;
                    top = t;
                }
            }
            return y > top + 1 ? line + 1 : line;
        });
    }

    /** WCAG contrast of the note's words against its own background. */
    private double contrast() {
        return Fx.call(() -> {
            Label l = body().markNotes().get(0);
            Color fg = (Color) l.getTextFill();
            Background bg = l.getBackground();
            Color back = bg == null || bg.getFills().isEmpty() ? Color.WHITE : (Color) bg.getFills().get(0).getFill();
            // The tint is drawn over the editor's own background: blend it as the screen shows it.
            Color base = (Color) body().getBackground().getFills().get(0).getFill();
            Color shown = back.getOpacity() >= 1 ? back : new Color(
                    back.getRed() * back.getOpacity() + base.getRed() * (1 - back.getOpacity()),
                    back.getGreen() * back.getOpacity() + base.getGreen() * (1 - back.getOpacity()),
                    back.getBlue() * back.getOpacity() + base.getBlue() * (1 - back.getOpacity()), 1);
            double a = luminance(fg);
            double b = luminance(shown);
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        });
    }

    private static double luminance(Color c) {
        double[] v = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            v[i] = v[i] <= 0.03928 ? v[i] / 12.92 : Math.pow((v[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }

    @Test
    void theSuggestedWordsShowOverTheStruckOnesWithoutEnteringTheText(FxRobot robot) {
        StringBuilder text = new StringBuilder(FIRST);
        for (int i = 1; i <= 40; i++) {
            text.append("\n\nParagraph ").append(i).append(" says what the trial teams learned in month ").append(i).append('.');
        }
        String written = text.toString();
        newStory(robot);
        Person writer = fx.window.me();
        robot.interact(() -> {
            fx.window.editorViewModel().headline.set("Trial recruitment fell");
            body().replaceText(written);
            body().requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Fx.waitUntil(() -> snap() != null && snap().history().revisions().size() == 1);
        String words = Fx.call(() -> fx.window.wordCountLabel().getText());

        // How the first paragraph's lines sit with no suggestion in it (it wraps over several lines).
        double[] plain = lines(0, FIRST.length());
        assertThat(plain.length).isGreaterThan(2);

        Person reviewer = fx.ws.services().people().add("Rhiannon Reviewer", Role.REVIEWER);
        robot.interact(() -> {
            fx.window.workAs(reviewer);
            int at = body().getText().indexOf("about 60 per cent");
            body().moveTo(0);
            body().requestFollowCaret();
            body().requestFocus();
            body().selectRange(at, at + "about 60 per cent".length());
        });
        Platform.runLater(() -> fx.window.suggestEdit());
        CommentMarkersTest.answerDialog(robot, stage, "roughly three fifths");
        Fx.waitUntil(() -> snap().suggestions().size() == 1);

        // The writer sees the new words just over the struck-through ones, hiding none of the text.
        robot.interact(() -> fx.window.workAs(writer));
        Fx.waitUntil(() -> notes().size() == 1 && placedOver("about 60 per cent"));
        Shots.save(stage, "suggestion-note-light");
        // Only the line of the struck words opens to hold the note over them: every other line
        // of the paragraph sits as it did (no gap under every line, no band under the paragraph).
        double[] now = lines(0, FIRST.length());
        int struck = lineOf(0, FIRST.indexOf("about 60 per cent"));
        assertThat(now).hasSameSizeAs(plain);
        for (int i = 0; i < now.length; i++) {
            if (i == struck) {
                assertThat(now[i]).isGreaterThanOrEqualTo(plain[i] + noteBounds().getHeight());
            } else {
                assertThat(now[i]).isCloseTo(plain[i], org.assertj.core.data.Offset.offset(0.5));
            }
        }
        Label note = notes().get(0);
        assertThat(Fx.call(note::getText)).isEqualTo("roughly three fifths");
        assertThat(Fx.call(note::getAccessibleText))
                .isEqualTo("Suggested by Rhiannon Reviewer: “roughly three fifths” in place of “about 60 per cent”");
        assertThat(Fx.call(note::isMouseTransparent) || Fx.call(() -> note.getParent().isMouseTransparent())).isTrue();

        // The text is the writer's alone: what is saved, counted and found has no trace of it.
        assertThat(Fx.call(() -> body().getText())).isEqualTo(written);
        assertThat(Fx.call(() -> fx.window.wordCountLabel().getText())).isEqualTo(words);
        assertThat(Fx.call(() -> fx.window.editorViewModel().body.get())).doesNotContain("roughly");
        robot.interact(() -> body().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Fx.waitUntil(() -> snap().history().revisions().size() == 1 || snap().history().revisions().size() == 2);
        assertThat(fx.ws.item(snap().item().id()).orElseThrow().content().body()).isEqualTo(written);

        // The caret in the struck words tells a screen reader who suggested what.
        robot.interact(() -> body().moveTo(body().getText().indexOf("60 per")));
        Fx.waitUntil(() -> String.valueOf(body().getAccessibleHelp()).contains("replacing these words with “roughly three fifths”"));
        assertThat(Fx.call(() -> body().getAccessibleHelp())).startsWith("Rhiannon Reviewer suggests");
        robot.interact(() -> body().moveTo(0));
        Fx.waitUntil(() -> body().getAccessibleHelp() == null);

        // Undo sees only the writer's typing: one Ctrl+Z takes it back, with no step for the note's room.
        robot.interact(() -> body().requestFocus());
        robot.write("Sadly ");
        Fx.waitUntil(() -> body().getText().startsWith("Sadly "));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Fx.waitUntil(() -> body().getText().equals(written));

        // Typing before the words: the note moves with them at once.
        Bounds before = noteBounds();
        robot.interact(() -> body().insertText(0, "Good news is scarce. "));
        Fx.waitUntil(() -> placedOver("about 60 per cent") && noteBounds().getMinX() != before.getMinX());
        assertThat(Fx.call(() -> body().getText())).isEqualTo("Good news is scarce. " + written);

        // Scrolled out of view it goes; scrolled back, it is under the words again.
        robot.interact(() -> body().showParagraphAtTop(body().getParagraphs().size() - 1));
        Fx.waitUntil(() -> notes().isEmpty());
        assertThat(Fx.call(() -> body().firstVisibleParToAllParIndex())).isGreaterThan(0);
        robot.interact(() -> body().showParagraphAtTop(0));
        Fx.waitUntil(() -> placedOver("about 60 per cent"));

        // Readable in the light theme and in the dark one.
        assertThat(contrast()).isGreaterThanOrEqualTo(4.5);
        robot.interact(() -> fx.window.setTheme(Theme.DARK));
        Fx.waitUntil(() -> ((Color) body().getBackground().getFills().get(0).getFill()).getBrightness() < 0.5);
        Fx.waitUntil(() -> placedOver("about 60 per cent"));
        Shots.save(stage, "suggestion-note-dark");
        assertThat(contrast()).isGreaterThanOrEqualTo(4.5);
        robot.interact(() -> fx.window.setTheme(Theme.LIGHT));

        // Accepted, the words are the text's own and the note has gone.
        robot.interact(() -> fx.window.showReviewPanel());
        robot.interact(() -> fx.window.reviewViewModel().decideAll(true));
        Fx.waitUntil(() -> Fx.call(() -> body().getText()).contains("fell by roughly three fifths during"));
        Fx.waitUntil(() -> notes().isEmpty());
        // And its line is back to the editor's own height: no room is left over it.
        Fx.waitUntil(() -> java.util.stream.IntStream.range(0, body().getLength())
                .noneMatch(i -> body().getStyleOfChar(i).stream().anyMatch(c -> c.startsWith("note-room-"))));
        double[] after = lines(0, body().getText().indexOf('\n'));
        for (int i = 0; i + 1 < after.length; i++) {
            assertThat(after[i]).isCloseTo(plain[0], org.assertj.core.data.Offset.offset(0.5));
        }
    }

    @Test
    void aScrollRightAfterTypingBesideANoteIsKept(FxRobot robot) {
        var section = fx.ws.sections(fx.ws.reports().get(0).id()).get(4);
        String text = section.content().body();
        String words = "what research teams learned";
        int at = text.indexOf(words);
        Person reviewer = fx.ws.services().people().add("Rhiannon Reviewer", Role.REVIEWER);
        fx.ws.services().comments().suggest(section.id(), reviewer.id(), at, at + words.length(), "what trial teams found", "");
        robot.interact(() -> fx.window.openItem(section));
        Fx.waitUntil(() -> notes().size() == 1 && placedOver(words));

        // Typing at the very start of the paragraph; the writer scrolls to the end at once.
        robot.interact(() -> {
            body().insertText(0, "In short: ");
            Platform.runLater(() -> body().showParagraphAtTop(body().getParagraphs().size() - 1));
        });
        Fx.waitUntil(() -> java.util.stream.IntStream.range(0, body().getParagraph(0).length())
                .anyMatch(i -> body().getStyleOfChar(i).stream().anyMatch(c -> c.startsWith("note-room-"))));
        // Two layout passes after the room was made (each asked for, so none is waited for in vain).
        java.util.concurrent.atomic.AtomicInteger passes = new java.util.concurrent.atomic.AtomicInteger();
        Runnable count = passes::incrementAndGet;
        robot.interact(() -> stage.getScene().addPostLayoutPulseListener(count));
        Fx.waitUntil(() -> {
            Platform.runLater(Platform::requestNextPulse);
            return passes.get() >= 2;
        });
        robot.interact(() -> stage.getScene().removePostLayoutPulseListener(count));
        // The view is where the writer put it, with the note (its words out of view) hidden.
        assertThat(Fx.call(() -> body().firstVisibleParToAllParIndex())).isGreaterThan(0);
        assertThat(Fx.call(() -> body().allParToVisibleParIndex(0)).isEmpty()).isTrue();
        Fx.waitUntil(() -> notes().isEmpty());
    }

    @Test
    void aBodyOpenedWithASuggestionStartsAtItsTop(FxRobot robot) {
        var section = fx.ws.sections(fx.ws.reports().get(0).id()).get(4);
        String text = section.content().body();
        String words = text.substring(text.indexOf("what research teams learned"),
                text.indexOf("what research teams learned") + "what research teams learned".length());
        int at = text.indexOf(words);
        Person reviewer = fx.ws.services().people().add("Rhiannon Reviewer", Role.REVIEWER);
        fx.ws.services().comments().suggest(section.id(), reviewer.id(), at, at + words.length(), "what trial teams found", "");

        robot.interact(() -> fx.window.openItem(section));
        Fx.waitUntil(() -> notes().size() == 1 && placedOver(words));
        // The first line is where the writer starts reading, not a line part way down the first paragraph.
        assertThat(Fx.call(() -> body().firstVisibleParToAllParIndex())).isZero();
        assertThat(Fx.call(() -> body().getEstimatedScrollY())).isLessThanOrEqualTo(0.5);
        Shots.save(stage, "suggestion-note-opened");

        // Words to insert show at their place, after the word before; new paragraphs in them as ¶.
        String later = "This section sets out";
        int insertAt = Fx.call(() -> body().getText().indexOf(later)) + "This section".length();
        fx.ws.services().comments().suggest(section.id(), reviewer.id(), insertAt, insertAt, " briefly\n\nAnd then", "");
        robot.interact(() -> fx.window.reviewViewModel().refresh());
        Fx.waitUntil(() -> notes().stream().anyMatch(l -> l.getText().equals("briefly ¶ And then")));
        Label insertion = Fx.call(() -> body().markNotes().stream().filter(l -> l.getText().startsWith("briefly")).findFirst().orElseThrow());
        // Over the line of its place, starting just after the word before, covering nothing.
        double plain = plainLine();
        Fx.waitUntil(() -> {
            Bounds before = charBounds(insertAt - 1).orElseThrow();
            Bounds b = Fx.call(() -> insertion.localToScreen(insertion.getBoundsInLocal()));
            return Math.abs(b.getMinX() - (before.getMaxX() - 1)) <= 2 && b.getMinY() >= before.getMinY() - 0.5
                    && b.getMaxY() <= before.getMaxY() - plain + 0.5 && Fx.call(() -> coversNothing(b, plain));
        });
        assertThat(Fx.call(insertion::getAccessibleText)).isEqualTo("Suggested by Rhiannon Reviewer: “ briefly\n\nAnd then” to insert here");
        assertThat(placedOver(words, "what trial teams found")).isTrue();
    }

    @Test
    void twoNotesThatMeetOnALineAreBothShownInFull(FxRobot robot) {
        var section = fx.ws.sections(fx.ws.reports().get(0).id()).get(4);
        String text = section.content().body();
        Person reviewer = fx.ws.services().people().add("Rhiannon Reviewer", Role.REVIEWER);
        String one = "earlier sections";
        String two = "this report";
        int a = text.indexOf(one);
        int b = text.indexOf(two);
        String longer = "first three sections of the report";
        fx.ws.services().comments().suggest(section.id(), reviewer.id(), a, a + one.length(), longer, "");
        fx.ws.services().comments().suggest(section.id(), reviewer.id(), b, b + two.length(), "this review", "");
        robot.interact(() -> fx.window.openItem(section));

        // Both sets of new words are read in full, each over the words it replaces: the later
        // one, which the first would run into, takes a row of its own rather than being cut short.
        Fx.waitUntil(() -> notes().size() == 2 && placedOver(one, longer) && placedOver(two, "this review"));
        Shots.save(stage, "suggestion-notes-stacked");
        Bounds first = Fx.call(() -> noteWith(longer));
        Bounds second = Fx.call(() -> noteWith("this review"));
        assertThat(second.getMaxY() <= first.getMinY() + 0.5 || second.getMinY() >= first.getMaxY() - 0.5).isTrue();

        // A third on the same line takes a third row; all three are still read in full.
        int t = text.indexOf("The earlier");
        fx.ws.services().comments().suggest(section.id(), reviewer.id(), t, t + 3, "All of these", "");
        robot.interact(() -> fx.window.reviewViewModel().refresh());
        Fx.waitUntil(() -> notes().size() == 3 && placedOver("The earlier", "All of these")
                && placedOver(one, longer) && placedOver(two, "this review"));
        Shots.save(stage, "suggestion-notes-three");

        // A note too long for the line wraps over more rows, still in full, still over its words.
        String three = "every person with cancer";
        int c = text.indexOf(three);
        String whole = "each and every person with cancer, whatever their age, wherever they live and however they are treated,";
        fx.ws.services().comments().suggest(section.id(), reviewer.id(), c, c + three.length(), whole, "");
        robot.interact(() -> fx.window.reviewViewModel().refresh());
        Fx.waitUntil(() -> notes().size() == 4 && placedOver(three, whole)
                && noteWith(whole).getHeight() > noteWith("this review").getHeight() * 1.5);
        Shots.save(stage, "suggestion-notes-long");
    }

    private Bounds noteWith(String words) {
        Label l = body().markNotes().stream().filter(x -> x.getText().equals(words)).findFirst().orElseThrow();
        return l.localToScreen(l.getBoundsInLocal());
    }

    @Test
    void typingAtTheStartOfAParagraphWithANoteMovesNothingBelowIt(FxRobot robot) {
        newStory(robot);
        String written = "Recruitment fell by about 60 per cent.\n\nHospitals redirected staff.\n\nMany studies paused.";
        robot.interact(() -> {
            fx.window.editorViewModel().headline.set("Trial recruitment fell");
            body().replaceText(written);
        });
        robot.interact(() -> body().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Fx.waitUntil(() -> snap() != null && snap().history().revisions().size() == 1);
        Person reviewer = fx.ws.services().people().add("Rhiannon Reviewer", Role.REVIEWER);
        int at = written.indexOf("about 60 per cent");
        fx.ws.services().comments().suggest(snap().item().id(), reviewer.id(), at, at + "about 60 per cent".length(),
                "roughly three fifths", "");
        robot.interact(() -> fx.window.reviewViewModel().refresh());
        Fx.waitUntil(() -> notes().size() == 1 && placedOver("about 60 per cent"));

        // Where the next paragraph is drawn after every layout pass while the writer types at the
        // very start of the paragraph that holds the note (a one-line paragraph: nothing rewraps).
        java.util.Set<Double> tops = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Runnable watch = () -> {
            int below = body().getText().indexOf("Hospitals");
            body().getCharacterBoundsOnScreen(below, below + 1)
                    .ifPresent(bb -> tops.add(Math.rint(bb.getMinY() - body().localToScreen(0, 0).getY())));
        };
        robot.interact(() -> {
            stage.getScene().addPostLayoutPulseListener(watch);
            body().requestFocus();
            body().moveTo(0);
        });
        robot.write("Sadly ");
        Fx.waitUntil(() -> body().getText().startsWith("Sadly Recruitment"));
        // A few passes more, so that a late change would be seen.
        java.util.concurrent.atomic.AtomicInteger passes = new java.util.concurrent.atomic.AtomicInteger();
        Runnable count = passes::incrementAndGet;
        robot.interact(() -> stage.getScene().addPostLayoutPulseListener(count));
        Fx.waitUntil(() -> {
            Platform.runLater(Platform::requestNextPulse);
            return passes.get() >= 6;
        });
        robot.interact(() -> {
            stage.getScene().removePostLayoutPulseListener(count);
            stage.getScene().removePostLayoutPulseListener(watch);
        });
        assertThat(tops).hasSize(1);
        Fx.waitUntil(() -> placedOver("about 60 per cent"));
    }
}
