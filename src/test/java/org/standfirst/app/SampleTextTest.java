package org.standfirst.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Item;
import org.standfirst.model.ItemQuery;

/**
 * The sample newsroom a new user first opens: each paragraph of a body is one line, so the editor
 * wraps it to its own width instead of showing lines broken mid-sentence.
 */
class SampleTextTest {
    @TempDir
    Path dir;

    @Test
    void everySampleParagraphIsOneLineWithBlankLinesBetweenThem() {
        try (Standfirst sf = Standfirst.open(dir, Standfirst.Options.defaults().withClock(Workspaces.CLOCK).withoutBackups())) {
            List<Item> items = sf.items().list(ItemQuery.all());
            assertThat(items).hasSizeGreaterThanOrEqualTo(12);
            Parser parser = Parser.builder().extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create(),
                    org.commonmark.ext.footnotes.FootnotesExtension.create())).build();
            for (Item item : items) {
                String body = item.content().body();
                List<String> broken = new ArrayList<>();
                int[] paragraphs = {0};
                parser.parse(body).accept(new AbstractVisitor() {
                    @Override
                    public void visit(Paragraph p) {
                        paragraphs[0]++;
                        visitChildren(p);
                    }

                    @Override
                    public void visit(SoftLineBreak b) {
                        broken.add(b.getPrevious() == null ? "?" : String.valueOf(b.getPrevious()));
                    }
                });
                assertThat(broken).as("lines broken inside a paragraph of '%s'", item.headline()).isEmpty();
                // Still paragraphs, not one run-on line: blank lines keep them apart.
                assertThat(paragraphs[0]).as("paragraphs in '%s'", item.headline()).isGreaterThan(1);
                assertThat(body).as(item.headline()).contains("\n\n").doesNotContain("\n\n\n");
            }
        }
    }
}
