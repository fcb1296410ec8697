package org.standfirst.render;

/**
 * Maps an image reference to the URL a page should load. A reference is what an author wrote
 * in {@code ![alt](reference)} or a hero image's asset id: a SHA-256 asset id, the file name of
 * a workspace image, or a URL. The preview answers with a workspace URL, the export with
 * {@code assets/<sha256>.<ext>}.
 *
 * <p>References written by an author are checked by {@link UrlPolicy} before they reach the
 * resolver ({@code javascript:} and the like never get here); the answer is trusted as the
 * application's own, but is still refused if it would run script.
 */
@FunctionalInterface
public interface ImageResolver {
    /** The URL for the reference, or null when the image cannot be found (it is then not shown). */
    String resolve(String reference);

    /** Keeps every reference as written: right for plain URLs and relative paths. */
    ImageResolver AS_WRITTEN = reference -> reference;
}
