package org.standfirst.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewBenchmarkTest {
    @Test
    void reportsTheReviewFigures(@TempDir Path dir) throws Exception {
        List<BenchFigure> figures = new ReviewBenchmark().run(new BenchContext(dir, 10, m -> { }));
        assertThat(figures).extracting(BenchFigure::name).containsExactly("review.diff.50k-words.ms",
                "review.reanchor.exact.50k-words.ms", "review.reanchor.fuzzy.50k-words.ms", "review.gate.verified-approval.ms",
                "review.gate.verified-approval.40-revisions.ms",
                "review.package.export.50k-words.ms", "review.package.import.50k-words.ms");
        assertThat(figures).allSatisfy(f -> assertThat(f.value()).isPositive());
    }
}
