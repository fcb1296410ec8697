package org.standfirst.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.standfirst.model.ItemContent;

/** The house pack over a corpus of sentences with the findings each must give, no more and no fewer. */
class CorpusTest {
    static Stream<Arguments> corpus() throws IOException {
        try (InputStream in = CorpusTest.class.getResourceAsStream("corpus.txt")) {
            List<Arguments> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int arrow = line.indexOf(" => ");
                String sentence = line.substring(0, arrow).replace("\\n", "\n");
                String expected = line.substring(arrow + 4).strip();
                List<String> findings = expected.equals("-") ? List.of()
                        : Stream.of(expected.split(" ; ")).map(String::strip).toList();
                out.add(Arguments.of(sentence, findings));
            }
            return out.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void sentenceGivesExactlyItsFindings(String sentence, List<String> expected) {
        ItemContent story = Checks.story(sentence)
                .withStandfirst("News from the Northfield Institute of Cancer Research.");
        List<String> actual = Checks.ENGINE.findings(story).stream()
                .filter(f -> f.field().equals(Fields.BODY))
                .map(f -> f.rule() + ":" + f.text() + (f.replacement() == null ? "" : "=" + f.replacement()))
                .toList();
        assertThat(actual).as(sentence).containsExactlyInAnyOrderElementsOf(expected);
    }
}
