package org.standfirst.model;

import java.util.Objects;

/** The lead image of an item: an asset by its SHA-256, with the words that travel with it. */
public record HeroImage(String assetId, String altText, String caption, String credit) {
    public HeroImage {
        Objects.requireNonNull(assetId, "assetId");
        altText = Text.orEmpty(altText);
        caption = Text.orEmpty(caption);
        credit = Text.orEmpty(credit);
    }
}
