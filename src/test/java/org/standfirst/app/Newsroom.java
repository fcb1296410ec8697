package org.standfirst.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Person;
import org.standfirst.model.Role;

/** An empty workspace with a writer, a reviewer and an editor, and a clock that moves a second per reading. */
final class Newsroom implements AutoCloseable {
    final Standfirst sf;
    final Person writer;
    final Person reviewer;
    final Person editor;

    Newsroom(Path dir) {
        this(dir, "Will Writer", "Ruth Reviewer", "Ed Editor");
    }

    Newsroom(Path dir, String writerName, String reviewerName, String editorName) {
        sf = Standfirst.open(dir, Standfirst.Options.defaults().withClock(new Ticking()).withoutSample().withoutBackups());
        writer = writerName == null ? null : sf.people().add(writerName, Role.WRITER);
        reviewer = reviewerName == null ? null : sf.people().add(reviewerName, Role.REVIEWER);
        editor = editorName == null ? null : sf.people().add(editorName, Role.EDITOR);
    }

    static ItemContent story(String headline, String body) {
        return ItemContent.blank(ItemKind.NEWS_STORY).withHeadline(headline).withStandfirst("A short standfirst.")
                .withBody(body).withTags(List.of("trials"));
    }

    Item draft(String headline, String body) {
        return sf.items().createChecked(story(headline, body), writer.id(), "First draft");
    }

    /** Edits the body as a person and saves a revision, as the editor would. */
    Item edit(Item item, String personId, String body) {
        Item current = sf.items().get(item.id());
        sf.items().save(item.id(), current.content().withBody(body), personId, "Edited");
        return sf.items().get(item.id());
    }

    Item get(Item item) {
        return sf.items().get(item.id());
    }

    @Override
    public void close() {
        sf.close();
    }

    /** Each reading is a second after the last, so "oldest first" and audit order are real. */
    static final class Ticking extends Clock {
        private Instant next = Instant.parse("2026-11-29T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            next = next.plusSeconds(1);
            return next;
        }
    }
}
