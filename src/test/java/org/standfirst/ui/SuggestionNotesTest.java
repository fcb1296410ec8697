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
 * A suggestion's new words in the editor: shown under the paragraph of the struck-through words
 * (whose lines keep their spacing), never in the text (what is saved, counted and searched stays
 * the writer's), following typing and scrolling, readable in both themes and named for a screen
 * reader.
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

    /** The note starts where the struck words start and sits under their paragraph, covering no character. */
    private boolean placedUnder(String words) {
        return Fx.call(() -> body().markNotes().size() == 1 && placedUnder(words, body().markNotes().get(0).getText()));
    }

    /**
     * The note with these words starts where the struck words start on their last line and sits
     * under the last line of their paragraph, above the next paragraph, covering no character.
     */
    private boolean placedUnder(String words, String noteText) {
        return Fx.call(() -> {
            List<Label> shown = body().markNotes().stream().filter(x -> x.getText().equals(noteText)).toList();
            if (shown.size() != 1) {
                return false;
            }
            Label l = shown.get(0);
            Bounds note = l.localToScreen(l.getBoundsInLocal());
            String text = body().getText();
            int at = text.indexOf(words);
            Optional<Bounds> last = body().getCharacterBoundsOnScreen(at + words.length() - 1, at + words.length());
            // The words may wrap: the note starts under their first character on their last line.
            Optional<Bounds> first = java.util.stream.IntStream.range(at, at + words.length())
                    .mapToObj(i -> body().getCharacterBoundsOnScreen(i, i + 1)).flatMap(Optional::stream)
                    .filter(b -> last.isPresent() && Math.abs(b.getMinY() - last.get().getMinY()) < 1).findFirst();
            int paragraphEnd = text.indexOf('\n', at + words.length() - 1);
            paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
            Optional<Bounds> paragraphLast = body().getCharacterBoundsOnScreen(paragraphEnd - 1, paragraphEnd);
            if (first.isEmpty() || last.isEmpty() || paragraphLast.isEmpty() || note.getHeight() < 8
                    || Math.abs(note.getMinX() - first.get().getMinX()) > 2
                    || note.getMinY() < paragraphLast.get().getMaxY() - 1) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                Optional<Bounds> b = body().getCharacterBoundsOnScreen(i, i + 1);
                // A character's bounds reach a pixel past its line on either side.
                if (text.charAt(i) != '\n' && b.isPresent() && b.get().getWidth() > 0
                        && b.get().getMinX() < note.getMaxX() - 0.5 && b.get().getMaxX() > note.getMinX() + 0.5
                        && b.get().getMinY() + 1 < note.getMaxY() - 0.25 && b.get().getMaxY() - 1 > note.getMinY() + 0.25) {
                    return false; // the note would hide this character
                }
            }
            return true;
        });
    }

    /**
     * How a paragraph's lines sit, as a reader sees them: the distance from one line to the next
     * (from the top of its first character to the top of the first one on the following line)
     * and from the top of the first line to the bottom of the last.
     */
    private double[] lines(int start, int end) {
        return Fx.call(() -> {
            Bounds first = body().getCharacterBoundsOnScreen(start, start + 1).orElseThrow();
            Bounds last = body().getCharacterBoundsOnScreen(end - 1, end).orElseThrow();
            double next = java.util.stream.IntStream.range(start, end)
                    .mapToObj(i -> body().getCharacterBoundsOnScreen(i, i + 1)).flatMap(Optional::stream)
                    .mapToDouble(Bounds::getMinY).filter(y -> y > first.getMinY() + 1).findFirst().orElseThrow();
            return new double[] {next - first.getMinY(), last.getMaxY() - first.getMinY()};
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
    void theSuggestedWordsShowUnderTheStruckOnesWithoutEnteringTheText(FxRobot robot) {
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
        assertThat(plain[1]).isGreaterThan(plain[0] * 2);

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

        // The writer sees the new words under the struck-through ones, hiding none of the text.
        robot.interact(() -> fx.window.workAs(writer));
        Fx.waitUntil(() -> notes().size() == 1 && placedUnder("about 60 per cent"));
        Shots.save(stage, "suggestion-note-light");
        // Its lines sit as they did: the note takes a band under the paragraph, not a gap under every line.
        assertThat(lines(0, FIRST.length())).containsExactly(plain);
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
        Fx.waitUntil(() -> placedUnder("about 60 per cent") && noteBounds().getMinX() != before.getMinX());
        assertThat(Fx.call(() -> body().getText())).isEqualTo("Good news is scarce. " + written);

        // Scrolled out of view it goes; scrolled back, it is under the words again.
        robot.interact(() -> body().showParagraphAtTop(body().getParagraphs().size() - 1));
        Fx.waitUntil(() -> notes().isEmpty());
        assertThat(Fx.call(() -> body().firstVisibleParToAllParIndex())).isGreaterThan(0);
        robot.interact(() -> body().showParagraphAtTop(0));
        Fx.waitUntil(() -> placedUnder("about 60 per cent"));

        // Readable in the light theme and in the dark one.
        assertThat(contrast()).isGreaterThanOrEqualTo(4.5);
        robot.interact(() -> fx.window.setTheme(Theme.DARK));
        Fx.waitUntil(() -> ((Color) body().getBackground().getFills().get(0).getFill()).getBrightness() < 0.5);
        Fx.waitUntil(() -> placedUnder("about 60 per cent"));
        Shots.save(stage, "suggestion-note-dark");
        assertThat(contrast()).isGreaterThanOrEqualTo(4.5);
        robot.interact(() -> fx.window.setTheme(Theme.LIGHT));

        // Accepted, the words are the text's own and the note has gone.
        robot.interact(() -> fx.window.showReviewPanel());
        robot.interact(() -> fx.window.reviewViewModel().decideAll(true));
        Fx.waitUntil(() -> Fx.call(() -> body().getText()).contains("fell by roughly three fifths during"));
        Fx.waitUntil(() -> notes().isEmpty());
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
        Fx.waitUntil(() -> notes().size() == 1 && placedUnder(words));

        // Typing at the very start of the paragraph gives it a new paragraph style (the editor's
        // own doing), so its band for the note is put back; the writer scrolls to the end at once.
        robot.interact(() -> {
            body().insertText(0, "In short: ");
            Platform.runLater(() -> body().showParagraphAtTop(body().getParagraphs().size() - 1));
        });
        Fx.waitUntil(() -> body().getParagraph(0).getParagraphStyle().contains("has-mark-note"));
        // Two layout passes after the band was put back (each asked for, so none is waited for in vain).
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
        Fx.waitUntil(() -> notes().size() == 1 && placedUnder(words));
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
        Bounds before = charBounds(insertAt - 1).orElseThrow();
        Fx.waitUntil(() -> {
            Bounds b = Fx.call(() -> insertion.localToScreen(insertion.getBoundsInLocal()));
            return Math.abs(b.getMinX() - before.getMaxX()) <= 2 && b.getMinY() >= before.getMinY() + before.getHeight() / 2;
        });
        assertThat(Fx.call(insertion::getAccessibleText)).isEqualTo("Suggested by Rhiannon Reviewer: “ briefly\n\nAnd then” to insert here");
        assertThat(placedUnder(words, "what trial teams found")).isTrue();
    }
}
