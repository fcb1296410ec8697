package org.standfirst.publish;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.standfirst.model.Asset;
import org.standfirst.model.Item;
import org.standfirst.model.Report;

/**
 * What the export pipeline reads: items, reports, image bytes and people's names. The app layer
 * implements it over the workspace store; tests implement it over records in memory. The
 * pipeline never writes through it.
 */
public interface PublishSource {
    /**
     * Every item that could be exported (report sections included), in any order, each with the
     * content that would be published: for an approved item, the approved revision's content.
     */
    List<Item> items();

    /** Every report, in any order. */
    List<Report> reports();

    /** The stored image with this SHA-256, if there is one. */
    Optional<Asset> asset(String assetId);

    /** A stored image by the file name it was imported under, for body images written as ![alt](name.png). */
    default Optional<Asset> assetByFileName(String fileName) {
        return Optional.empty();
    }

    /** The bytes of a stored image. */
    byte[] assetBytes(String assetId) throws IOException;

    /** The name of a person by id, or an empty string when unknown. */
    String personName(String personId);

    /**
     * When an item counts as published for datePublished, the feed and the ninjs times. By
     * default: the end of its embargo if it has one, else its last change. A store that records
     * publications can answer with the first publication instead; it must not answer "now", or
     * two exports of the same workspace would differ.
     */
    default Instant publishedAt(Item item) {
        Instant embargo = item.content().embargo();
        return embargo != null ? embargo : item.updated();
    }

    /**
     * When the published content last changed, for dateModified and ninjs versionCreated. By
     * default the item's last update; a store with revisions answers with the head revision's
     * time, so that a change of workflow state alone does not count as a new version.
     */
    default Instant modifiedAt(Item item) {
        return item.updated();
    }

    /** An introduction for a topic page, or an empty string to use the standard one. */
    default String topicIntro(String topic) {
        return "";
    }
}
