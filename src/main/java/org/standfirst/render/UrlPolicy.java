package org.standfirst.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which URLs written by an author may reach a page. Links: http, https, mailto, tel, relative
 * paths and {@code #} anchors. Images: the same (less mailto and tel) plus inline raster
 * {@code data:image/...;base64} pictures. Everything else ({@code javascript:}, {@code vbscript:},
 * {@code data:text/html}, {@code file:}, unknown schemes) is refused: the caller drops the link
 * or image rather than keeping a dangerous href.
 *
 * <p>The scheme is found the way a browser finds it (tabs and line breaks removed anywhere,
 * leading controls and spaces ignored), so tricks such as {@code "java\tscript:"} or a leading
 * space are caught. Entities are already decoded by the Markdown parser before this sees the URL.
 */
public final class UrlPolicy {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final Set<String> NEVER = Set.of("javascript", "vbscript", "livescript", "mocha");
    private static final Pattern DATA_IMAGE =
            Pattern.compile("data:image/(png|jpeg|jpg|gif|webp);base64,[A-Za-z0-9+/=\\s]*", Pattern.CASE_INSENSITIVE);

    private UrlPolicy() {
    }

    /** The link target to use, or null when the link must be dropped (its text is kept). */
    public static String link(String raw) {
        String url = normalise(raw);
        if (url == null) {
            return null;
        }
        String scheme = scheme(url);
        return scheme == null || LINK_SCHEMES.contains(scheme) ? url : null;
    }

    /** The image source to use, or null when the image must not be shown. */
    public static String image(String raw) {
        String url = normalise(raw);
        if (url == null) {
            return null;
        }
        String scheme = scheme(url);
        if (scheme == null || IMAGE_SCHEMES.contains(scheme)) {
            return url;
        }
        return "data".equals(scheme) && DATA_IMAGE.matcher(url).matches() ? url : null;
    }

    /**
     * Belt and braces for URLs the application itself made (an image resolver's answer): any
     * scheme the application chose is kept, but never one that runs script or carries markup.
     */
    public static String trusted(String raw) {
        String url = normalise(raw);
        if (url == null) {
            return null;
        }
        String scheme = scheme(url);
        if (scheme == null) {
            return url;
        }
        if (NEVER.contains(scheme)) {
            return null;
        }
        return !"data".equals(scheme) || DATA_IMAGE.matcher(url).matches() ? url : null;
    }

    /** True when a URL leaves the page's own site (it has a scheme or starts with //). */
    public static boolean isAbsolute(String url) {
        return url != null && (scheme(url) != null || url.startsWith("//"));
    }

    /**
     * Strips what browsers strip (tab, CR, LF anywhere; C0 controls and spaces at the ends) and
     * refuses any other control character outright: no honest URL has one.
     */
    static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            sb.append(c);
        }
        int start = 0;
        int end = sb.length();
        while (start < end && sb.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && sb.charAt(end - 1) <= ' ') {
            end--;
        }
        String url = sb.substring(start, end);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < ' ' || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
                return null;
            }
        }
        return url;
    }

    /**
     * The URL's scheme in lower case, or null for a relative URL. Per the URL standard a scheme
     * is an ASCII letter followed by letters, digits, '+', '-' or '.', then ':'.
     */
    static String scheme(String url) {
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
            return null;
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return url.substring(0, i).toLowerCase(Locale.ROOT);
            }
            if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                return null;
            }
        }
        return null;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
