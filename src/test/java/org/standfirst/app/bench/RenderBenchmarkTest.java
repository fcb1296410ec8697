package org.standfirst.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.render.MarkdownRenderer;
import org.standfirst.render.RenderedBody;

class RenderBenchmarkTest {
    @Test
    void theLongDocumentIsFiftyThousandWordsOfEveryKindOfBlock() {
        String md = RenderBenchmark.document(50_000, 11);
        RenderedBody body = new MarkdownRenderer().render(md);
        assertThat(body.wordCount()).isBetween(50_000, 52_000);
        assertThat(body.html()).contains("<h2", "<h3", "<ul>", "<ol>", "<blockquote>", "<table>", "<a href=\"https://example.org/",
                "<section class=\"footnotes\"");
        assertThat(RenderBenchmark.document(50_000, 11)).isEqualTo(md);
    }

    @Test
    void reportsTheRenderFigures(@TempDir Path dir) throws Exception {
        List<BenchFigure> figures = new RenderBenchmark().run(new BenchContext(dir, 10, m -> { }));
        assertThat(figures).extracting(BenchFigure::name).containsExactly("render.markdown.1500-words.ms",
                "render.markdown.50k-words.ms", "render.markdown.50k-words.cpu.ms", "render.markdown.50k-words.60-review-marks.ms",
                "render.page.preview.50k-words.ms");
        assertThat(figures).allSatisfy(f -> assertThat(f.value()).isPositive());
    }
}
