package org.standfirst.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Text;

/** The check benchmark measures what it says: a 1,500-word story, with findings, and every figure named. */
class CheckBenchmarkTest {
    @TempDir
    Path scratch;

    @Test
    void measuresAFifteenHundredWordStory() throws Exception {
        assertThat(Text.wordCount(CheckBenchmark.story(1500).body())).isEqualTo(1500);
        assertThat(Benchmarks.all()).anyMatch(b -> b instanceof CheckBenchmark);
        List<BenchFigure> figures = new CheckBenchmark().run(new BenchContext(scratch, 10, m -> { }));
        assertThat(figures).extracting(BenchFigure::name).contains("check.story.1500-words.ms",
                "check.wordlists.load.ms", "check.wordlists.heap.mb");
        assertThat(figures).filteredOn(f -> f.name().equals("check.story.1500-words.findings"))
                .singleElement().satisfies(f -> assertThat(f.value()).isGreaterThan(10));
        assertThat(figures).filteredOn(f -> f.name().equals("check.story.1500-words.ms"))
                .singleElement().satisfies(f -> assertThat(f.value()).isPositive());
    }
}
