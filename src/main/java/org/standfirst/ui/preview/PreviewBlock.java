package org.standfirst.ui.preview;

/**
 * One top-level block of the preview: its stable key (same content, same key), its HTML (already
 * made safe by the render layer) and the source lines it came from, for scroll sync.
 */
public record PreviewBlock(String key, String html, int startLine, int endLine) {
}
