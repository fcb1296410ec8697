package org.standfirst.publish;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.standfirst.model.Asset;
import org.standfirst.model.HeroImage;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Hashing;
import org.standfirst.model.Report;
import org.standfirst.model.WorkflowState;

/** A small newsroom in memory: the export tests' workspace. */
final class Newsroom implements PublishSource {
    static final Instant T0 = Instant.parse("2026-11-20T09:30:00Z");
    static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    static final Instant EMBARGO = Instant.parse("2026-12-03T00:01:00Z");

    final List<Item> items = new ArrayList<>();
    final List<Report> reports = new ArrayList<>();
    final Map<String, Asset> assets = new HashMap<>();
    final Map<String, byte[]> bytes = new HashMap<>();
    final Map<String, String> people = Map.of("p-amira", "Amira Okafor", "p-tom", "Tom Reid", "p-lin", "Lin Zhou");

    /** Approved news, an embargoed press release, a draft, an image without alt text, a report of three sections. */
    static Newsroom sample() {
        Newsroom n = new Newsroom();
        Asset scanner = n.image("itimm-scanner.png", "A patient lying on the bed of an MRI scanner", new Color(30, 90, 160));
        Asset cells = n.image("cells.png", "Tumour cells squeezing through a narrow vessel", new Color(160, 60, 60));
        n.add("i-mri", story("Whole-body MRI finds hidden myeloma after treatment", "whole-body-mri-myeloma")
                .withStandfirst("A study of 60 people shows whole-body MRI can find myeloma that blood tests miss.")
                .withTopic("Myeloma").withTags(List.of("imaging", "myeloma", "iTIMM"))
                .withHero(new HeroImage(scanner.id(), "A patient lying on the bed of an MRI scanner",
                        "The whole-body MRI scanner used in the study", "Photo: Standfirst sample"))
                .withBody("The iTIMM study followed 60 people after treatment.\n\n## What the scans showed\n\n"
                        + "Scans found disease in 1 in 4 people whose blood tests were clear.\n\n![A scan of the spine](cells.png)\n"),
                WorkflowState.APPROVED, "p-amira", T0);
        n.add("i-recruit", story("Trial recruitment fell by 60 per cent in the pandemic", "trial-recruitment-falls")
                .withStandfirst("Fewer people joined cancer trials in 2020.").withTopic("Clinical trials")
                .withTags(List.of("trials")).withBody("Recruitment to cancer trials fell by about 60 per cent."),
                WorkflowState.PUBLISHED, "p-tom", T0.plusSeconds(3600));
        n.add("i-press", new ItemContent(ItemKind.PRESS_RELEASE, "Shearosomes: tumour cells shed fragments as they squeeze",
                        "Cell fragments may help cancer spread.", "Lin Zhou", "Tumour cells shed fragments called shearosomes.",
                        "Cancer spread", List.of("metastasis"), "shearosomes", new HeroImage(cells.id(),
                        "Tumour cells squeezing through a narrow vessel", "Shearosomes seen under the microscope", ""),
                        EMBARGO, "1. The study was funded by the institute.", "en-GB"),
                WorkflowState.APPROVED, "p-lin", T0.plusSeconds(7200));
        n.add("i-draft", story("Cryo-EM transforms structural biology", "cryo-em").withTopic("Structural biology")
                .withBody("Cryo-electron microscopy shows proteins atom by atom."), WorkflowState.DRAFT, "p-tom", T0.plusSeconds(10));
        n.add("i-noalt", story("A new imaging suite opens", "imaging-suite").withTopic("Myeloma")
                .withHero(new HeroImage(scanner.id(), "", "The new suite", ""))
                .withBody("The suite opens in spring."), WorkflowState.APPROVED, "p-amira", T0.plusSeconds(20));
        List<String> sections = new ArrayList<>();
        String[][] s = {
                {"s-1", "Introduction", "Every person with cancer who wants to join a trial should be able to."},
                {"s-2", "Trials during the pandemic", "In 2020 recruitment to cancer trials fell by about 60 per cent.\n\n## Recovery\n\nNumbers recovered in 2021."},
                {"s-3", "What happens next", "The institute will widen access to trials."}};
        int pos = 0;
        for (String[] sec : s) {
            HeroImage hero = pos == 1 ? new HeroImage(cells.id(), "A chart of trial recruitment by month",
                    "Recruitment by month, 2019 to 2021", "Chart: Standfirst sample") : null;
            ItemContent c = new ItemContent(ItemKind.REPORT_SECTION, sec[1], "", "", sec[2], "Clinical trials",
                    List.of(), "", hero, null, "", "en-GB");
            n.items.add(new Item(sec[0], c, pos == 1 ? "p-tom" : "p-amira", WorkflowState.APPROVED, null, "r-trials",
                    pos++, T0, T0.plusSeconds(60)));
            sections.add(sec[0]);
        }
        n.reports.add(new Report("r-trials", "Clinical trials in cancer", "clinical-trials-in-cancer",
                "How the pandemic changed cancer trials, and what comes next.", "Clinical trials", sections, T0, T0.plusSeconds(60)));
        return n;
    }

    static ItemContent story(String headline, String slug) {
        return ItemContent.blank(ItemKind.NEWS_STORY).withHeadline(headline).withSlug(slug).withByline("");
    }

    Item add(String id, ItemContent content, WorkflowState state, String writer, Instant created) {
        Item item = new Item(id, content, writer, state, null, null, 0, created, created.plusSeconds(600));
        items.removeIf(i -> i.id().equals(id));
        items.add(item);
        return item;
    }

    Item item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    void replace(Item item) {
        items.replaceAll(i -> i.id().equals(item.id()) ? item : i);
    }

    Asset image(String name, String alt, Color colour) {
        BufferedImage img = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.WHITE);
        g.fillOval(30, 15, 60, 50);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] b = out.toByteArray();
        Asset a = new Asset(Hashing.sha256(b), "image/png", b.length, name, alt, "", "", "CC BY 4.0", 120, 80, T0);
        assets.put(a.id(), a);
        bytes.put(a.id(), b);
        return a;
    }

    @Override
    public List<Item> items() {
        return List.copyOf(items);
    }

    @Override
    public List<Report> reports() {
        return List.copyOf(reports);
    }

    @Override
    public Optional<Asset> asset(String assetId) {
        return Optional.ofNullable(assets.get(assetId));
    }

    @Override
    public Optional<Asset> assetByFileName(String fileName) {
        return assets.values().stream().filter(a -> a.fileName().equals(fileName)).findFirst();
    }

    @Override
    public byte[] assetBytes(String assetId) throws IOException {
        byte[] b = bytes.get(assetId);
        if (b == null) {
            throw new IOException("No image " + assetId);
        }
        return b.clone();
    }

    @Override
    public String personName(String personId) {
        return people.getOrDefault(personId, "");
    }
}
