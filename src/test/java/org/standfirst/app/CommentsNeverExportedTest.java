package org.standfirst.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Channel;
import org.standfirst.model.Item;
import org.standfirst.publish.ExportListener;

/** Comments and suggestions (marked in the desktop preview) never reach an exported file. */
class CommentsNeverExportedTest {
    private static final String BODY = "Recruitment to cancer trials fell by about 60 per cent during the pandemic.";

    @TempDir
    Path dir;

    @Test
    void anExportOfACommentedStoryHoldsNoCommentMarkupOrText() throws Exception {
        try (Newsroom n = new Newsroom(dir.resolve("ws"))) {
            Item item = n.draft("Trials fell", BODY);
            int at = BODY.indexOf("cancer trials");
            n.sf.comments().add(item.id(), n.reviewer.id(), at, at + "cancer trials".length(), "Which trials exactly?");
            n.sf.comments().suggestReplacing(item.id(), n.reviewer.id(), "about 60 per cent", "roughly three fifths", "Plainer");

            Path out = dir.resolve("out");
            n.sf.exports().export(n.sf.exports().request(out).withChannel(Channel.DRAFT), n.writer.id(), ExportListener.NONE);

            List<Path> files;
            try (Stream<Path> s = Files.walk(out)) {
                files = s.filter(Files::isRegularFile).toList();
            }
            assertThat(files).anySatisfy(p -> assertThat(p.toString()).endsWith(".html"));
            assertThat(files).anySatisfy(p -> assertThat(p.toString()).endsWith(".ninjs.json"));
            boolean storySeen = false;
            for (Path f : files) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                storySeen |= text.contains("cancer trials");
                assertThat(text).as(f.toString())
                        .doesNotContain("sf-comment").doesNotContain("data-thread").doesNotContain("<mark")
                        .doesNotContain("sf-suggest").doesNotContain("data-suggestion")
                        .doesNotContain("Which trials exactly?").doesNotContain("roughly three fifths")
                        .doesNotContain("\u00e2\u00b8\u00aa"); // the preview's token, as UTF-8 bytes
            }
            assertThat(storySeen).as("the story itself was exported").isTrue();
        }
    }
}
