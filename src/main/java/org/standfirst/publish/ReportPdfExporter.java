package org.standfirst.publish;

import org.standfirst.render.HouseDates;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.standfirst.model.Channel;
import org.standfirst.model.Hashing;
import org.standfirst.model.HeroImage;

/**
 * Reports as PDF with openhtmltopdf: a cover, contents with page numbers, each section with its
 * images and captions, a running header and "Page n of m" footer, DejaVu fonts embedded, tagged
 * for accessibility. Dates and the document id come from the content, so the same report gives
 * the same bytes. Only images inside the bundle are loaded: a PDF never fetches from the network.
 */
public final class ReportPdfExporter implements Exporter {
    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public int steps(ExportPlan plan) {
        return plan.reports().size();
    }

    @Override
    public void write(ExportContext ctx) throws IOException, ExportException {
        for (PreparedReport report : ctx.plan().reports()) {
            String path = "reports/" + report.slug() + ".pdf";
            String html = html(ctx, report);
            byte[] pdf;
            try {
                pdf = render(html, ctx.files().root().resolve(path).toUri().toString(),
                        ctx.files().root().toUri().toString(), report, rights(ctx, report));
            } catch (RuntimeException e) {
                throw new ExportException("Could not make " + path + ": " + PublishPipeline.oneLine(e), e);
            }
            ctx.files().write(path, pdf);
            ctx.step(path);
        }
    }

    /** The report as XHTML for the PDF: also what a test or a person can read to see what went in. */
    static String html(ExportContext ctx, PreparedReport report) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", report.sections().isEmpty() ? "en-GB" : report.sections().get(0).content().language());
        m.put("title", report.report().title());
        m.put("summary", report.report().summary());
        m.put("topic", report.report().topic());
        m.put("siteName", ctx.site().siteName());
        m.put("date", HouseDates.date(report.published(), ctx.site().zone()));
        // The imprint's year is the year the report was published (the date on the cover), as a
        // publisher prints it, not the year of the export: re-exporting next January must not
        // re-date the copyright, and the same report keeps giving the same bytes. No holder set
        // means no line: the PDF claims no copyright for someone the institute did not name.
        m.put("rights", rights(ctx, report));
        Set<String> authors = new LinkedHashSet<>();
        report.sections().forEach(s -> {
            if (!s.byline().isBlank()) {
                authors.add(s.byline());
            }
        });
        m.put("authors", joinNames(new ArrayList<>(authors)));
        boolean draft = ctx.channel() == Channel.DRAFT;
        m.put("draft", draft);
        Instant embargo = report.embargo();
        m.put("stamp", embargo != null && embargo.isAfter(ctx.request().now()) && ctx.channel() != Channel.PUBLIC
                ? HouseDates.embargoStamp(embargo, ctx.site().zone()) : null);
        m.put("css", Templates.text("report-pdf.css"));
        List<Map<String, Object>> sections = new ArrayList<>();
        int n = 0;
        for (PreparedItem s : report.sections()) {
            n++;
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("id", "section-" + n);
            sm.put("number", n);
            sm.put("headline", s.headline());
            sm.put("byline", s.byline());
            sm.put("standfirst", s.content().standfirst());
            HeroImage hero = s.content().hero();
            if (hero != null && s.hero().isPresent()) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("src", "../" + ctx.writeAsset(s.hero().get()));
                h.put("alt", hero.altText().isBlank() ? "Image without a description" : hero.altText());
                h.put("caption", hero.caption());
                h.put("credit", hero.credit());
                h.put("hasCaption", !hero.caption().isBlank() || !hero.credit().isBlank());
                sm.put("hero", h);
            }
            sm.put("body", s.body("pdf", ctx.renderer(), 3, "s" + n + "-", ctx.images("../", false)).html());
            sections.add(sm);
        }
        m.put("sections", sections);
        return Templates.render("report-pdf.html", m);
    }

    /** The copyright line, "© YEAR HOLDER", or null when the site names no holder. */
    private static String rights(ExportContext ctx, PreparedReport report) {
        return ctx.site().copyrightHolder().isEmpty() ? null
                : "© " + report.published().atZone(ctx.site().zone()).getYear() + " " + ctx.site().copyrightHolder();
    }

    private static byte[] render(String html, String documentUri, String bundleUri, PreparedReport report,
                                 String rights) throws IOException {
        PdfLogging.install();
        org.w3c.dom.Document doc = new W3CDom().fromJsoup(Jsoup.parse(html, documentUri));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Standfirst");
        for (String[] font : new String[][] {
                {"DejaVuSerif.ttf", "DejaVu Serif", "400", "NORMAL"},
                {"DejaVuSerif-Bold.ttf", "DejaVu Serif", "700", "NORMAL"},
                {"DejaVuSerif-Italic.ttf", "DejaVu Serif", "400", "ITALIC"},
                {"DejaVuSans.ttf", "DejaVu Sans", "400", "NORMAL"},
                {"DejaVuSans-Bold.ttf", "DejaVu Sans", "700", "NORMAL"}}) {
            byte[] bytes = Fonts.bytes(font[0]);
            builder.useFont(() -> new ByteArrayInputStream(bytes), font[1], Integer.valueOf(font[2]),
                    BaseRendererBuilder.FontStyle.valueOf(font[3]), true);
        }
        // Only files inside the bundle being written; never the network or the rest of the disk.
        java.nio.file.Path bundle = java.nio.file.Path.of(java.net.URI.create(bundleUri)).normalize();
        builder.useExternalResourceAccessControl((uri, type) -> insideBundle(uri, bundle),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(doc, documentUri);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument pdf = renderer.createPDFKeepOpen();
            try {
                fixIdentity(pdf, report, rights);
                pdf.save(out);
            } finally {
                pdf.close();
            }
        }
        return out.toByteArray();
    }

    /**
     * Dates and the trailer id from the content rather than the clock, so that exporting the same
     * report twice gives the same bytes.
     */
    private static void fixIdentity(PDDocument pdf, PreparedReport report, String rights) throws IOException {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        when.setTimeInMillis(report.modified().toEpochMilli());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        StringBuilder key = new StringBuilder(report.report().id());
        report.sections().forEach(s -> key.append('/').append(s.revisionId()));
        byte[] id = java.util.HexFormat.of().parseHex(Hashing.sha256(key.toString()).substring(0, 32));
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
        var meta = pdf.getDocumentCatalog().getMetadata();
        if (meta != null) {
            String xmp = new String(meta.toByteArray(), StandardCharsets.UTF_8);
            String iso = report.modified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            String fixed = xmp.replaceAll("(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)", "$1" + iso + "$2")
                    .replaceAll("(xmp:(?:CreateDate|ModifyDate|MetadataDate)=\")[^\"]*(\")", "$1" + iso + "$2");
            // The copyright line in the document's own metadata too (dc:rights), where a reader's
            // Document Properties and a library's catalogue look for it.
            int title = fixed.indexOf("</dc:title>");
            if (rights != null && title >= 0 && !fixed.contains("<dc:rights>")) {
                int at = title + "</dc:title>".length();
                fixed = fixed.substring(0, at) + "\n      <dc:rights>\n        <rdf:Alt>\n          <rdf:li xml:lang=\"x-default\">"
                        + rights.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</rdf:li>\n        </rdf:Alt>\n      </dc:rights>"
                        + fixed.substring(at);
            }
            if (!fixed.equals(xmp)) {
                try (var os = meta.getCOSObject().createOutputStream()) {
                    os.write(fixed.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static boolean insideBundle(String uri, java.nio.file.Path bundle) {
        try {
            java.net.URI u = java.net.URI.create(uri);
            return "file".equalsIgnoreCase(u.getScheme()) && java.nio.file.Path.of(u).normalize().startsWith(bundle);
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
