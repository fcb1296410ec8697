package org.standfirst.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.standfirst.model.ItemContent;

/** Whatever a writer types, the checks do not fail, and every finding points at its own text. */
class CheckPropertiesTest {
    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> pieces = Arbitraries.of("The ", "tumor ", "breakthrough ", "60% ", "cancer victims ", "3 ", "`code 60%` ",
                "[here](https://example.org/60%) ", "![](x.png) ", "![IMG_1.jpg](IMG_1.jpg) ", "## ", "#### ", "\n", "\n\n", "> ",
                "- ", "1. ", "**", "*", "_", "\\", "&amp; ", "<b>", "</b> ", "August 3, 2025 ", "03/08/2025 ", "NICR ",
                "the Institute ", "EMBARGOED UNTIL NOW ", ". ", "? ", "```\n", "| a | b |\n|---|---|\n| 1 | 2 |\n", "[^1]",
                "[^1]: note\n", "www.example.org ", "a@b.org ", "’s ", "-", "\r\n", "\t", "é ", "😀 ");
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void findingsPointAtTheirTextAndNeverThrow(@ForAll("markdown") String body) {
        ItemContent c = Checks.story(body).withHeadline(body.length() > 80 ? body.substring(0, 80) : body)
                .withStandfirst(body.length() > 120 ? body.substring(0, 120) : body);
        List<Finding> found = Checks.ENGINE.findings(c);
        for (Finding f : found) {
            String source = QuickFix.fieldText(c, f.field());
            assertThat(f.offset()).isBetween(0, source.length());
            assertThat(source.substring(f.offset(), f.end())).isEqualTo(f.text());
            assertThat(f.line()).isPositive();
            assertThat(f.column()).isPositive();
            assertThat(f.message()).doesNotContain("\n").doesNotContain("{text}");
            if (f.hasQuickFix()) {
                assertThat(QuickFix.apply(c, f)).isNotNull();
            }
        }
        assertThat(QuickFix.applyAll(c, found)).isNotNull();
    }
}
