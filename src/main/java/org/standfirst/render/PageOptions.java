package org.standfirst.render;

import java.util.Objects;
import org.standfirst.model.Channel;

/**
 * How a page is made: for which channel, stamped how, with which images and extras.
 *
 * @param channel         the export channel; decides the default stamps
 * @param draftWatermark  every page carries a DRAFT watermark (the draft channel)
 * @param embargoStamp    an embargoed item carries "EMBARGOED UNTIL ..." (the press channel, the preview)
 * @param baseUrl         the site's absolute root, such as "https://news.example.org/", for
 *                        og:url and absolute image URLs; null when unknown (preview)
 * @param images          image references (body and hero asset ids) to URLs relative to the page
 * @param extraHeadHtml   trusted HTML from the application appended to the head; "" for none
 * @param bridgeScript    trusted JavaScript for the preview's patch bridge, put in the page's one
 *                        extra script element; "" in every export
 * @param stylesheetHref  link to this stylesheet instead of inlining site.css; null to inline
 * @param sourcePositions wrap body blocks with their keys and source lines and mark the header
 *                        fields with data-field, for the preview's patching and scroll sync
 * @param siteName        the publisher's name shown in the header and used as og:site_name
 * @param copyrightHolder who the footer's copyright line names; the site name when empty
 * @param homeHref        the link from the masthead to the site's home page, relative to the
 *                        page (such as "../index.html"); null for no link (the preview)
 * @param topicHrefPrefix where topic pages are, relative to the page (such as "../topics/"), so
 *                        an article's topic links to its page; null for no link
 * @param reportPdfLink   a report page offers its PDF ("slug.pdf" beside it) for download
 */
public record PageOptions(Channel channel, boolean draftWatermark, boolean embargoStamp, String baseUrl,
                          ImageResolver images, String extraHeadHtml, String bridgeScript,
                          String stylesheetHref, boolean sourcePositions, String siteName,
                          String copyrightHolder, String homeHref, String topicHrefPrefix, boolean reportPdfLink) {
    public static final String DEFAULT_SITE_NAME = "Institute News";

    public PageOptions {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(images, "images");
        extraHeadHtml = extraHeadHtml == null ? "" : extraHeadHtml;
        bridgeScript = bridgeScript == null ? "" : bridgeScript;
        siteName = siteName == null || siteName.isBlank() ? DEFAULT_SITE_NAME : siteName.strip();
        copyrightHolder = copyrightHolder == null ? "" : copyrightHolder.strip();
        homeHref = homeHref == null || homeHref.isBlank() ? null : homeHref;
        topicHrefPrefix = topicHrefPrefix == null || topicHrefPrefix.isBlank() ? null : topicHrefPrefix;
        if (baseUrl != null && !baseUrl.isBlank() && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        if (baseUrl != null && baseUrl.isBlank()) {
            baseUrl = null;
        }
    }

    /** Without the copyright holder and home link (the footer names the site; no masthead link). */
    public PageOptions(Channel channel, boolean draftWatermark, boolean embargoStamp, String baseUrl,
                       ImageResolver images, String extraHeadHtml, String bridgeScript,
                       String stylesheetHref, boolean sourcePositions, String siteName) {
        this(channel, draftWatermark, embargoStamp, baseUrl, images, extraHeadHtml, bridgeScript, stylesheetHref,
                sourcePositions, siteName, null, null, null, false);
    }

    /** Whom the footer's copyright line names: the copyright holder, else the site. */
    public String footerCopyright() {
        return copyrightHolder.isEmpty() ? siteName : copyrightHolder;
    }

    /** An export page for a channel: watermark on draft, embargo stamp on press, no script but JSON-LD. */
    public static PageOptions export(Channel channel, ImageResolver images) {
        return new PageOptions(channel, channel == Channel.DRAFT, channel == Channel.PRESS, null,
                images, "", "", null, false, null);
    }

    /** The live preview: block positions on, embargo shown as it will be stamped, no watermark. */
    public static PageOptions preview(ImageResolver images) {
        return new PageOptions(Channel.DRAFT, false, true, null, images, "", "", null, true, null);
    }

    public PageOptions withBaseUrl(String v) {
        return new PageOptions(channel, draftWatermark, embargoStamp, v, images, extraHeadHtml, bridgeScript, stylesheetHref, sourcePositions, siteName, copyrightHolder, homeHref, topicHrefPrefix, reportPdfLink);
    }

    public PageOptions withImages(ImageResolver v) {
        return new PageOptions(channel, draftWatermark, embargoStamp, baseUrl, v, extraHeadHtml, bridgeScript, stylesheetHref, sourcePositions, siteName, copyrightHolder, homeHref, topicHrefPrefix, reportPdfLink);
    }

    public PageOptions withDraftWatermark(boolean v) {
        return new PageOptions(channel, v, embargoStamp, baseUrl, images, extraHeadHtml, bridgeScript, stylesheetHref, sourcePositions, siteName, copyrightHolder, homeHref, topicHrefPrefix, reportPdfLink);
    }

    public PageOptions withEmbargoStamp(boolean v) {
        return new PageOptions(channel, draftWatermark, v, baseUrl, images, extraHeadHtml, bridgeScript, stylesheetHref, sourcePositions, siteName, copyrightHolder, homeHref, topicHrefPrefix, reportPdfLink);
    }

    public PageOptions withExtraHeadHtml(String v) {
        return new PageOptions(channel, draftWatermark, embargoStamp, baseUrl, images, v, bridgeScript, stylesheetHref, sourcePositions, siteName, copyrightHolder, homeHref, topicHrefPrefix, reportPdfLink);
    }

    public PageOptions withBridgeScript(String v) {
        return new PageOptions(channel, draftWatermark, embargoStamp, baseUrl, images, extraHeadHtml, v, stylesheetHref, sourcePositions, siteName, copyrightHolder, homeHref, topicHrefPrefix, reportPdfLink);
    }

    public PageOptions withStylesheetHref(String v) {
        return new PageOptions(channel, draftWatermark, embargoStamp, baseUrl, images, extraHeadHtml, bridgeScript, v, sourcePositions, siteName, copyrightHolder, homeHref, topicHrefPrefix, reportPdfLink);
    }

    public PageOptions withSourcePositions(boolean v) {
        return new PageOptions(channel, draftWatermark, embargoStamp, baseUrl, images, extraHeadHtml, bridgeScript, stylesheetHref, v, siteName, copyrightHolder, homeHref, topicHrefPrefix, reportPdfLink);
    }

    public PageOptions withCopyrightHolder(String v) {
        return new PageOptions(channel, draftWatermark, embargoStamp, baseUrl, images, extraHeadHtml, bridgeScript, stylesheetHref, sourcePositions, siteName, v, homeHref, topicHrefPrefix, reportPdfLink);
    }

    public PageOptions withHomeHref(String v) {
        return new PageOptions(channel, draftWatermark, embargoStamp, baseUrl, images, extraHeadHtml, bridgeScript, stylesheetHref, sourcePositions, siteName, copyrightHolder, v, topicHrefPrefix, reportPdfLink);
    }

    public PageOptions withTopicHrefPrefix(String v) {
        return new PageOptions(channel, draftWatermark, embargoStamp, baseUrl, images, extraHeadHtml, bridgeScript, stylesheetHref, sourcePositions, siteName, copyrightHolder, homeHref, v, reportPdfLink);
    }

    public PageOptions withReportPdfLink(boolean v) {
        return new PageOptions(channel, draftWatermark, embargoStamp, baseUrl, images, extraHeadHtml, bridgeScript, stylesheetHref, sourcePositions, siteName, copyrightHolder, homeHref, topicHrefPrefix, v);
    }

    public PageOptions withSiteName(String v) {
        return new PageOptions(channel, draftWatermark, embargoStamp, baseUrl, images, extraHeadHtml, bridgeScript, stylesheetHref, sourcePositions, v, copyrightHolder, homeHref, topicHrefPrefix, reportPdfLink);
    }
}
