package org.standfirst.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Channel;

/** The report PDF read back with PDFBox, as a reader's PDF viewer would see it. */
class ReportPdfTest {
    @TempDir
    Path tmp;

    private Path export(Channel channel) throws Exception {
        Path out = tmp.resolve(channel.key());
        Exports.pipeline().export(Newsroom.sample(), Exports.request(out, channel, ExportFormat.PDF), ExportListener.NONE);
        return out.resolve("reports/clinical-trials-in-cancer.pdf");
    }

    @Test
    void hasACoverContentsWithPageNumbersAndEverySection() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(Channel.PUBLIC).toFile())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(4);
            String cover = pageText(pdf, 1);
            assertThat(cover).contains("Clinical trials in cancer").contains("How the pandemic changed cancer trials");
            String contents = pageText(pdf, 2);
            assertThat(contents).contains("Contents");
            // Each contents entry ends with the page its section starts on, and that page has the heading.
            String[] titles = {"1. Introduction", "2. Trials during the pandemic", "3. What happens next"};
            for (String title : titles) {
                Matcher m = Pattern.compile(Pattern.quote(title) + "[ .]*?(\\d+)\\s*$", Pattern.MULTILINE).matcher(contents);
                assertThat(m.find()).as("contents entry for " + title + " in:\n" + contents).isTrue();
                int page = Integer.parseInt(m.group(1));
                assertThat(page).isBetween(3, pages);
                assertThat(pageText(pdf, page)).contains(title);
            }
            assertThat(pageText(pdf, 3)).contains("Page 3 of " + pages).contains("Clinical trials in cancer");
            assertThat(pageText(pdf, pages)).contains("Page " + pages + " of " + pages);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Recovery").contains("fell by about 60 per cent");
        }
    }

    @Test
    void theCoverNamesTheCopyrightHolderWithTheYearOfPublication() throws Exception {
        // Exported in January of the next year: the line keeps the year the report came out (the
        // cover's date), and a holder with markup characters prints as typed.
        Path out = tmp.resolve("rights");
        SiteSettings site = new SiteSettings("https://news.example.org/", "Institute News",
                "Smith & Jones <Oncology>\u00a0Trust", java.time.ZoneId.of("Europe/London"));
        Exports.pipeline().export(Newsroom.sample(), Exports.request(out, Channel.PUBLIC, ExportFormat.PDF)
                .withNow(java.time.Instant.parse("2027-01-12T10:00:00Z")).withSite(site), ExportListener.NONE);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("reports/clinical-trials-in-cancer.pdf").toFile())) {
            String cover = pageText(pdf, 1);
            assertThat(cover).contains("20 November 2026").contains("© 2026 Smith & Jones <Oncology>\u00a0Trust");
            assertThat(cover).doesNotContain("2027");
            assertThat(pageText(pdf, 2)).doesNotContain("©");
            // And in the document's metadata (dc:rights), still well-formed XML.
            assertThat(rights(pdf)).isEqualTo("© 2026 Smith & Jones <Oncology>\u00a0Trust");
        }
    }

    @Test
    void withNoCopyrightHolderTheCoverClaimsNone() throws Exception {
        Path out = tmp.resolve("no-rights");
        SiteSettings site = new SiteSettings("https://news.example.org/", "Institute News", "  ",
                java.time.ZoneId.of("Europe/London"));
        Exports.pipeline().export(Newsroom.sample(), Exports.request(out, Channel.PUBLIC, ExportFormat.PDF)
                .withSite(site), ExportListener.NONE);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("reports/clinical-trials-in-cancer.pdf").toFile())) {
            String cover = pageText(pdf, 1);
            assertThat(cover).contains("Clinical trials in cancer").contains("20 November 2026");
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("©").doesNotContain("null");
            // The cover ends with its date: no empty imprint line left behind.
            assertThat(cover.strip()).endsWith("20 November 2026");
            assertThat(rights(pdf)).isNull();
        }
    }

    @Test
    void showsSectionImagesWithTheirCaptions() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(Channel.PUBLIC).toFile())) {
            int withImages = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        withImages++;
                    }
                }
            }
            assertThat(withImages).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Recruitment by month, 2019 to 2021")
                    .contains("Chart: Standfirst sample");
        }
    }

    @Test
    void embedsEveryFontAndIsTagged() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(Channel.PUBLIC).toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    fonts.add(res.getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(fonts).anySatisfy(f -> assertThat(f.getName()).contains("DejaVuSerif"));
            assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Clinical trials in cancer");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void theDraftChannelWatermarksEveryPage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export(Channel.DRAFT).toFile())) {
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                assertThat(pageText(pdf, p)).as("page " + p).contains("DRAFT");
            }
        }
        try (PDDocument pdf = Loader.loadPDF(export(Channel.PUBLIC).toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("DRAFT");
        }
    }

    @Test
    void theSameReportGivesTheSameBytes() throws Exception {
        byte[] first = Files.readAllBytes(export(Channel.PUBLIC));
        Path again = tmp.resolve("again");
        Exports.pipeline().export(Newsroom.sample(), Exports.request(again, Channel.PUBLIC, ExportFormat.PDF)
                .withNow(Newsroom.NOW.plusSeconds(3600)), ExportListener.NONE);
        assertThat(Files.readAllBytes(again.resolve("reports/clinical-trials-in-cancer.pdf"))).isEqualTo(first);
    }

    /** The XMP metadata's dc:rights text, or null when there is none; the XMP must parse as XML. */
    static String rights(PDDocument pdf) throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xmp = factory.newDocumentBuilder().parse(
                new java.io.ByteArrayInputStream(pdf.getDocumentCatalog().getMetadata().toByteArray()));
        var list = xmp.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "rights");
        return list.getLength() == 0 ? null : list.item(0).getTextContent().strip();
    }

    static String pageText(PDDocument pdf, int page) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(pdf);
    }
}
