package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The sample institute's own name is a word the sample workspace knows, wherever it stands in a sentence. */
class SampleDictionaryTest extends WindowTest {
    @Test
    void aHeadlineStartingWithTheInstitutesNameIsNotASpellingProblem(FxRobot robot) {
        newStory(robot);
        robot.interact(() -> fx.window.editorPane().headlineField().requestFocus());
        // "Resulst" is there to know the check has read this headline.
        robot.write("Northfield opens a trials centre: resulst soon");
        Fx.waitUntil(() -> fx.window.problemsViewModel().findings().stream()
                .anyMatch(f -> f.field().equals("headline") && "resulst".equals(f.text())));
        assertThat(Fx.call(() -> fx.window.problemsViewModel().findings().stream()
                .filter(f -> f.field().equals("headline")).map(f -> f.text()).toList()))
                .doesNotContain("Northfield");
    }
}
