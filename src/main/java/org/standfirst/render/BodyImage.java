package org.standfirst.render;

/**
 * An image written in a body, so checks can flag missing alt text and the export can copy it.
 *
 * @param reference what the author wrote as the image's target
 * @param src       the URL the page loads, or null when the image was refused or not found
 * @param alt       the alt text, empty when the author gave none
 * @param line      the source line of the block that holds it, from 1
 */
public record BodyImage(String reference, String src, String alt, int line) {
    public boolean hasAlt() {
        return !alt.isBlank();
    }

    public boolean shown() {
        return src != null;
    }
}
