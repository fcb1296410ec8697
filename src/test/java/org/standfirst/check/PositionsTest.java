package org.standfirst.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings point at the Markdown source: line, column, offset and text, around headings, links and code. */
class PositionsTest {
    private static final String BODY = String.join("\n",
            "## The tumor study",                                            // line 1
            "",
            "Read [the tumor results](https://example.org/tumor?x=60%) now.", // line 3
            "",
            "```",
            "tumor = 60%",                                                   // line 6: code block
            "```",
            "",
            "Inline `tumor` code, then **a tumor** and 60%.",                // line 9
            "",
            "> Quoted: the breakthrough came in *2025*.",                     // line 11
            "",
            "![A tumor under the microscope](tumor.png)",                    // line 13: image alt
            "",
            "- A list item about a tumor.");                                 // line 15

    @Test
    void positionsPointAtTheSource() {
        List<Finding> found = Checks.body(BODY);
        for (Finding f : found) {
            assertThat(BODY.substring(f.offset(), f.end())).as(f.rule()).isEqualTo(f.text());
            String line = BODY.split("\n", -1)[f.line() - 1];
            assertThat(line.substring(f.column() - 1)).as(f.rule()).startsWith(f.text().lines().findFirst().orElse(""));
        }
        assertThat(found).filteredOn(f -> f.text().equals("tumor"))
                .extracting(Finding::line, Finding::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 8),
                        org.assertj.core.groups.Tuple.tuple(3, 11),
                        org.assertj.core.groups.Tuple.tuple(9, 31),
                        org.assertj.core.groups.Tuple.tuple(15, 23));
        assertThat(found).filteredOn(f -> f.rule().equals("house.per-cent"))
                .extracting(Finding::line, Finding::column, Finding::replacement)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(9, 43, "60 per cent"));
        assertThat(found).filteredOn(f -> f.rule().equals("house.hype"))
                .extracting(Finding::line, Finding::column).containsExactly(org.assertj.core.groups.Tuple.tuple(11, 15));
    }

    @Test
    void quickFixesAreOnlyOfferedWhereNoMarkupIsInside() {
        List<Finding> found = Checks.body("Support for cancer *victims* here. Support for cancer victims there.", "house.person-first");
        assertThat(found).hasSize(2);
        List<Finding> swap = Checks.body("The **cancer** patients came. Cancer patients came.", "house.cancer-patients");
        assertThat(swap).extracting(Finding::text, Finding::replacement).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cancer** patients", null),
                org.assertj.core.groups.Tuple.tuple("Cancer patients", "People with cancer"));
    }

    @Test
    void headlineAndStandfirstFindingsNameTheirField() {
        var content = Checks.story("Fine text.").withHeadline("A tumor study").withStandfirst("It was a breakthrough.");
        assertThat(Checks.ENGINE.findings(content)).extracting(Finding::field, Finding::rule, Finding::column)
                .contains(org.assertj.core.groups.Tuple.tuple(Fields.HEADLINE, "house.spelling", 3),
                        org.assertj.core.groups.Tuple.tuple(Fields.STANDFIRST, "house.hype", 10));
    }

    @Test
    void windowsLineEndingsKeepLinesRight() {
        List<Finding> found = Checks.body("First line.\r\nThe tumor grew.", "house.spelling");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo(5);
        });
    }
}
