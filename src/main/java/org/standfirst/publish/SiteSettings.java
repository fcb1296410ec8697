package org.standfirst.publish;

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
        if (!baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
            throw new IllegalArgumentException("The site address must start with https:// or http://, not '" + baseUrl + "'");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        siteName = siteName == null || siteName.isBlank() ? "News" : siteName.strip();
        copyrightHolder = copyrightHolder == null ? "" : copyrightHolder.strip();
    }

    public SiteSettings withBaseUrl(String url) {
        return new SiteSettings(url, siteName, copyrightHolder, zone);
    }

    /** The absolute URL of a path inside the bundle, such as "items/x.html". */
    public String url(String bundlePath) {
        return baseUrl + bundlePath;
    }
}
