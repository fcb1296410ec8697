package org.standfirst.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Comment;
import org.standfirst.model.Item;
import org.standfirst.model.Suggestion;
import org.standfirst.workflow.Anchor;

class CommentServiceTest {
    private static final String BODY = "Recruitment to cancer trials fell by about 60 per cent during the pandemic.";
    @TempDir
    Path dir;
    Newsroom n;
    CommentService comments;
    Item item;

    @BeforeEach
    void open() {
        n = new Newsroom(dir);
        comments = n.sf.comments();
        item = n.draft("Trials fell", BODY);
    }

    @AfterEach
    void close() {
        n.close();
    }

    private Comment commentOn(String quote, String text) {
        int s = BODY.indexOf(quote);
        return comments.add(item.id(), n.reviewer.id(), s, s + quote.length(), text);
    }

    @Test
    void aCommentFollowsItsQuoteWhenTheTextMoves() {
        commentOn("about 60 per cent", "Source for this figure?");
        n.sf.items().autosave(item.id(), n.get(item).content().withBody("New figures show it. " + BODY));

        CommentThread t = comments.threads(item.id()).get(0);
        String body = n.get(item).content().body();
        assertThat(t.anchor().status()).isEqualTo(Anchor.Status.MOVED);
        assertThat(body.substring(t.anchor().start(), t.anchor().end())).isEqualTo("about 60 per cent");
        assertThat(t.root().authorName()).isEqualTo("Ruth Reviewer");
    }

    @Test
    void aCommentWhoseTextIsGoneIsOrphanedAndSaysSo() {
        commentOn("during the pandemic", "Which years?");
        n.sf.items().autosave(item.id(), n.get(item).content().withBody("Recruitment to cancer trials fell sharply."));
        CommentThread t = comments.threads(item.id()).get(0);
        assertThat(t.orphaned()).isTrue();
        assertThat(t.anchor().describe()).isEqualTo("the quoted text is no longer in this revision");
        // In the revision it was made on, it is still in place.
        assertThat(comments.threadsAt(item.id(), "1").get(0).anchor().status()).isEqualTo(Anchor.Status.UNCHANGED);
    }

    @Test
    void threadsResolveAndReopen() {
        Comment root = commentOn("fell", "Fell from what?");
        Comment reply = comments.reply(root.id(), n.writer.id(), "From 2019 levels.");
        comments.resolve(reply.id(), n.writer.id());
        CommentThread t = comments.threads(item.id()).get(0);
        assertThat(t.resolved()).isTrue();
        assertThat(t.replies()).extracting(CommentView::authorName).containsExactly("Will Writer");
        comments.reopen(root.id(), n.reviewer.id());
        assertThat(comments.threads(item.id()).get(0).resolved()).isFalse();
        assertThatThrownBy(() -> comments.reply(root.id(), n.writer.id(), "  ")).hasMessage("A comment needs some text");
    }

    @Test
    void theWriterAcceptsASuggestionAndItBecomesARevision() {
        Suggestion s = comments.suggestReplacing(item.id(), n.reviewer.id(), "about 60 per cent", "about 60%", "");
        assertThatThrownBy(() -> comments.accept(s.id(), n.reviewer.id()))
                .hasMessage("Reviewers suggest changes rather than edit someone else's work");

        SuggestionOutcome o = comments.accept(s.id(), n.writer.id());
        assertThat(o.decided()).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(Suggestion.Status.ACCEPTED));
        assertThat(n.get(item).content().body()).isEqualTo(BODY.replace("about 60 per cent", "about 60%"));
        assertThat(o.revision().message()).isEqualTo("Accepted a suggestion by Ruth Reviewer");
        assertThat(n.get(item).headRevisionId()).isEqualTo(o.revision().id());
    }

    @Test
    void acceptAllAppliesWhatFitsAndSaysWhyTheRestWasLeft() {
        comments.suggestReplacing(item.id(), n.reviewer.id(), "Recruitment", "Enrolment", "");
        comments.suggestReplacing(item.id(), n.reviewer.id(), "during the pandemic", "in 2020 and 2021", "");
        comments.suggestReplacing(item.id(), n.reviewer.id(), "cancer trials", "clinical trials", "");
        n.sf.items().autosave(item.id(), n.get(item).content().withBody(BODY.replace(" during the pandemic", "")));

        SuggestionOutcome o = comments.acceptAll(item.id(), n.writer.id());
        assertThat(o.decided()).hasSize(2);
        assertThat(o.skipped()).containsExactly("'during the pandemic': The text this suggestion changes is no longer there");
        assertThat(n.get(item).content().body()).isEqualTo("Enrolment to clinical trials fell by about 60 per cent.");

        SuggestionOutcome r = comments.rejectAll(item.id(), n.writer.id());
        assertThat(r.decided()).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(Suggestion.Status.REJECTED));
        assertThat(comments.suggestions(item.id())).noneMatch(v -> v.suggestion().isOpen());
    }
}
