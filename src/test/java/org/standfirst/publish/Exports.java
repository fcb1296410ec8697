package org.standfirst.publish;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.standfirst.model.Channel;
import org.standfirst.render.MarkdownRenderer;
import org.standfirst.render.PageRenderer;

/** Shared set-up for export tests: the pipeline as the app wires it, and requests over the newsroom. */
final class Exports {
    static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    static final PageRenderer PAGES = new PageRenderer(MARKDOWN);

    private Exports() {
    }

    static PublishPipeline pipeline() {
        return PublishPipeline.standard(PAGES, MARKDOWN, ApprovalGate.byState());
    }

    static BodyRenderer renderer() {
        return BodyRenderer.markdown(MARKDOWN);
    }

    static ExportRequest request(Path out, Channel channel, ExportFormat... formats) {
        Set<ExportFormat> f = formats.length == 0 ? EnumSet.allOf(ExportFormat.class) : EnumSet.of(formats[0], formats);
        return ExportRequest.all(out, channel, Newsroom.NOW).withFormats(f);
    }
}
