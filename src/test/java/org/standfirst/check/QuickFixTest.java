package org.standfirst.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.standfirst.model.ItemContent;

/** Quick fixes change exactly the text they name, and refuse text that has moved. */
class QuickFixTest {
    @Test
    void oneFixTurnsSixtyPercentIntoPerCent() {
        ItemContent c = Checks.story("The breakthrough cured 60% of cancer victims.");
        Finding percent = Checks.ENGINE.findings(c).stream().filter(f -> f.rule().equals("house.per-cent")).findFirst().orElseThrow();
        assertThat(QuickFix.apply(c, percent).body()).isEqualTo("The breakthrough cured 60 per cent of cancer victims.");
    }

    @Test
    void allFixesApplyFromTheEndSoOffsetsStayRight() {
        ItemContent c = Checks.story("## Tumor results\n\nThe tumor shrank by 60% on August 3, 2025 in 3 people with leukemia.")
                .withHeadline("A tumor study");
        ItemContent fixed = QuickFix.applyAll(c, Checks.ENGINE.findings(c));
        assertThat(fixed.body()).isEqualTo("## Tumour results\n\nThe tumour shrank by 60 per cent on 3 August 2025 in three people with leukaemia.");
        assertThat(fixed.headline()).isEqualTo("A tumour study");
        assertThat(Checks.ENGINE.findings(fixed)).noneMatch(Finding::hasQuickFix);
    }

    @Test
    void aFindingWithoutAFixOrOnChangedTextIsRefused() {
        ItemContent c = Checks.story("A breakthrough, 60% of the time.");
        var found = Checks.ENGINE.findings(c);
        Finding hype = found.stream().filter(f -> f.rule().equals("house.hype")).findFirst().orElseThrow();
        assertThatThrownBy(() -> QuickFix.apply(c, hype)).isInstanceOf(IllegalArgumentException.class);
        Finding percent = found.stream().filter(f -> f.rule().equals("house.per-cent")).findFirst().orElseThrow();
        assertThatThrownBy(() -> QuickFix.apply(c.withBody("Now: " + c.body()), percent)).isInstanceOf(IllegalStateException.class);
    }
}
