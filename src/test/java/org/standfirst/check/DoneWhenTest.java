package org.standfirst.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "done when" sentence, as a writer would type it. */
class DoneWhenTest {
    @Test
    void theBreakthroughSentenceGivesItsFindingsWithReasons() {
        List<Finding> found = Checks.body("The breakthrough cured 60% of cancer victims.");
        assertThat(found).extracting(Finding::rule, Finding::text, Finding::replacement).containsExactly(
                tuple("house.hype", "breakthrough", null),
                tuple("house.cure", "cured", null),
                tuple("house.per-cent", "60%", "60 per cent"),
                tuple("house.person-first", "cancer victims", null));
        assertThat(found).allSatisfy(f -> assertThat(f.message()).isNotBlank());
        assertThat(found.get(2).column()).isEqualTo(24);
        assertThat(found.get(2).severity()).isEqualTo(Severity.ERROR);
        assertThat(Checks.ENGINE.hasErrors(Checks.story("The breakthrough cured 60% of cancer victims."))).isTrue();
    }
}
