package org.standfirst.publish;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standfirst.model.Channel;
import org.standfirst.model.Text;

/** Shared set-up for export tests: the pipeline as the app wires it, and requests over the newsroom. */
final class Exports {
    private Exports() {
    }

    static PublishPipeline pipeline() {
        return new PublishPipeline(renderer(), ApprovalGate.byState(), List.of(new NinjsExporter(), new ReportPdfExporter()));
    }

    static ExportRequest request(Path out, Channel channel, ExportFormat... formats) {
        Set<ExportFormat> f = formats.length == 0 ? EnumSet.allOf(ExportFormat.class) : EnumSet.of(formats[0], formats);
        return ExportRequest.all(out, channel, Newsroom.NOW).withFormats(f);
    }

    /** A minimal Markdown renderer (paragraphs, ## headings, images) until the real one is wired. */
    static BodyRenderer renderer() {
        Pattern image = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)]*)\\)");
        return (md, level, images) -> {
            StringBuilder html = new StringBuilder();
            int noAlt = 0;
            for (String block : md.strip().split("\\n\\s*\\n")) {
                if (block.isBlank()) {
                    continue;
                }
                if (block.startsWith("## ")) {
                    html.append("<h").append(level).append('>').append(esc(block.substring(3))).append("</h").append(level).append(">\n");
                    continue;
                }
                Matcher m = image.matcher(block);
                StringBuilder p = new StringBuilder();
                int last = 0;
                while (m.find()) {
                    p.append(esc(block.substring(last, m.start())));
                    if (m.group(1).isBlank()) {
                        noAlt++;
                    }
                    String src = images.apply(m.group(2));
                    if (src != null) {
                        p.append("<img src=\"").append(esc(src)).append("\" alt=\"").append(esc(m.group(1))).append("\">");
                    }
                    last = m.end();
                }
                p.append(esc(block.substring(last)));
                html.append("<p>").append(p).append("</p>\n");
            }
            String text = md.replaceAll("!\\[[^\\]]*\\]\\([^)]*\\)", "").replace("## ", "");
            return new BodyRenderer.Body(html.toString(), Text.wordCount(text), text.strip().length(), noAlt);
        };
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
