package org.standfirst.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Facts about the site the bundle is for: where it will be served (absolute URLs in Open Graph,
 * the feed, the sitemap and ninjs renditions need it), its name, the copyright holder, and the
 * time zone dates are shown in. The zone is fixed rather than the machine's so that two
 * machines export the same bytes.
 */
public record SiteSettings(String baseUrl, String siteName, String copyrightHolder, ZoneId zone) {
    public static final SiteSettings DEFAULT = new SiteSettings(
            "https://news.example.org/", "Institute News", "The Institute", ZoneId.of("Europe/London"));

    public SiteSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(zone, "zone");
        baseUrl = checkedBaseUrl(baseUrl);
        siteName = siteName == null || siteName.isBlank() ? "News" : siteName.strip();
        copyrightHolder = copyrightHolder == null ? "" : copyrightHolder.strip();
    }

    /**
     * The site address as typed, checked and ending in "/": an absolute http or https address
     * with a host name and no query or fragment, because every page, feed entry and ninjs
     * rendition URL is built by appending a bundle path to it.
     *
     * @throws IllegalArgumentException with one line that says what is wrong
     */
    public static String checkedBaseUrl(String url) {
        String u = url == null ? "" : url.strip();
        String example = " (for example https://news.example.org/)";
        if (u.isEmpty()) {
            throw new IllegalArgumentException("The site address is empty: give the web address the bundle will be served from" + example);
        }
        if (!u.regionMatches(true, 0, "https://", 0, 8) && !u.regionMatches(true, 0, "http://", 0, 7)) {
            throw new IllegalArgumentException("The site address must start with https:// or http://, not '" + u + "'" + example);
        }
        if (u.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("The site address '" + u + "' has a space in it" + example);
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The site address '" + u + "' is not a valid web address ("
                    + e.getReason().toLowerCase(java.util.Locale.ROOT) + ")" + example);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("The site address '" + u + "' has no valid host name" + example);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("The site address '" + u + "' must not have a query (?) or a fragment (#)" + example);
        }
        return u.endsWith("/") ? u : u + "/";
    }

    public SiteSettings withBaseUrl(String url) {
        return new SiteSettings(url, siteName, copyrightHolder, zone);
    }

    /** The absolute URL of a path inside the bundle, such as "items/x.html". */
    public String url(String bundlePath) {
        return baseUrl + bundlePath;
    }
}
