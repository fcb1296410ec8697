package org.standfirst.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;
import org.standfirst.model.Person;
import org.standfirst.model.Revision;
import org.standfirst.model.Role;
import org.standfirst.model.WorkflowState;

/**
 * Generates a large workspace for the bench: items of every kind and state with two or three
 * revisions each, text drawn from a vocabulary with a skewed (Zipf-like) frequency so that
 * searches hit both common and rare words. Deterministic: the same count gives the same text.
 */
public final class WorkspaceGenerator {
    private static final String DONE = "generated.ok";
    private static final String[] BASE = ("cancer trial trials recruitment recruit patients patient tumour tumours "
            + "research researchers study studies treatment treatments myeloma imaging scan scanner mri cryo microscopy "
            + "protein proteins structure structural biology cell cells vessel vessels spread metastasis pandemic covid "
            + "report reports institute hospital clinic clinical nurse nurses doctor doctors radiotherapy chemotherapy "
            + "immunotherapy screening diagnosis survival genome genetic gene genes mutation mutations drug drugs dose "
            + "evidence results data analysis funding charity donors volunteers families children adults breast lung "
            + "bowel prostate skin blood leukaemia lymphoma sarcoma brain pancreas liver kidney ovarian cervical access "
            + "equality rural regional national international collaboration partnership laboratory microscope image "
            + "images minimal residual disease remission relapse response therapy therapies target targeted biomarker "
            + "biomarkers shearosomes fragments narrow squeeze pressure membrane signal signalling pathway pathways").split(" ");
    private static final String[] SYLLABLES = ("ka to ri me sa lo ne vi du ra po li te mo ba ch an er in or en "
            + "al ic ul ar us is um el os ex pro con tri bio gen cyt onc").split(" ");

    private WorkspaceGenerator() {
    }

    /** The folder, generated when it holds no finished workspace of this size yet. */
    static Path ensure(Path folder, int count, Consumer<String> progress) throws IOException {
        if (Files.exists(folder.resolve(DONE)) && opensWithThisSchema(folder)) {
            return folder;
        }
        if (Files.exists(folder)) {
            deleteTree(folder);
        }
        progress.accept("Generating a workspace of " + count + " items in " + folder + " (kept for later runs)");
        generate(folder, count);
        Files.writeString(folder.resolve(DONE), String.valueOf(count));
        return folder;
    }

    /**
     * A cached workspace made by another build may carry migrations this build does not have
     * (or different ones); such a cache is made anew rather than reported as damaged.
     */
    private static boolean opensWithThisSchema(Path folder) {
        try (Standfirst sf = Standfirst.open(folder, Standfirst.Options.defaults().withoutSample().withoutBackups())) {
            return true;
        } catch (org.standfirst.app.StandfirstException e) {
            return false;
        }
    }

    static void generate(Path folder, int count) {
        Random random = new Random(42);
        List<String> vocabulary = vocabulary(random);
        try (Standfirst sf = Standfirst.open(folder, Standfirst.Options.defaults().withoutSample().withoutBackups())) {
            List<Person> people = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                people.add(sf.people().add("Writer " + (k + 1), k % 4 == 0 ? Role.REVIEWER : Role.WRITER));
            }
            ItemKind[] kinds = {ItemKind.NEWS_STORY, ItemKind.NEWS_STORY, ItemKind.FEATURE, ItemKind.PRESS_RELEASE};
            WorkflowState[] states = WorkflowState.values();
            String[] topics = {"Clinical trials", "Myeloma", "Structural biology", "Metastasis", "Imaging", "Funding",
                "Breast cancer", "Lung cancer", "Children's cancers", "Screening"};
            // Built in memory and written with batched inserts: going through autosave and
            // checkpoint one item at a time would take minutes for 10,000 items.
            int batch = 200;
            java.time.Instant base = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            for (int first = 0; first < count; first += batch) {
                List<Item> items = new ArrayList<>();
                List<Revision> revisions = new ArrayList<>();
                for (int n = first; n < Math.min(count, first + batch); n++) {
                    Person writer = people.get(random.nextInt(people.size()));
                    String id = java.util.UUID.nameUUIDFromBytes(("bench-" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            .toString();
                    java.time.Instant created = base.minusSeconds(60L * (count - n) * 30);
                    ItemContent c = ItemContent.blank(kinds[random.nextInt(kinds.length)])
                            .withHeadline(capitalise(words(random, vocabulary, 6 + random.nextInt(6))))
                            .withStandfirst(capitalise(words(random, vocabulary, 20 + random.nextInt(15))) + ".")
                            .withBody(paragraphs(random, vocabulary, 2 + random.nextInt(2)))
                            .withTopic(topics[random.nextInt(topics.length)])
                            .withTags(List.of(vocabulary.get(random.nextInt(200)), vocabulary.get(random.nextInt(200))))
                            .withSlug("item-" + n);
                    Revision head = Revision.of(id, List.of(), c, writer.id(), created, "First draft");
                    revisions.add(head);
                    int more = 1 + random.nextInt(2);
                    for (int r = 0; r < more; r++) {
                        c = c.withBody(c.body() + "\n" + capitalise(words(random, vocabulary, 12)) + ".\n");
                        head = Revision.of(id, List.of(head.id()), c, writer.id(), created.plusSeconds(600L * (r + 1)), "Revised");
                        revisions.add(head);
                    }
                    items.add(new Item(id, c, writer.id(), states[random.nextInt(states.length)], head.id(), null, 0,
                            created, head.created()));
                }
                sf.store().transaction(() -> {
                    sf.store().items().insertAll(items);
                    sf.store().revisions().insertAll(revisions);
                });
            }
            sf.store().closeCompacted();
        }
    }

    /** Search words the bench queries with: prefixes of vocabulary words, common and rare. */
    static List<String> queries(int n) {
        Random random = new Random(7);
        List<String> vocabulary = vocabulary(new Random(42));
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String w = pick(random, vocabulary);
            String q = w.substring(0, Math.min(w.length(), 3 + random.nextInt(4)));
            if (k % 3 == 0) {
                String w2 = pick(random, vocabulary);
                q += " " + w2.substring(0, Math.min(w2.length(), 4));
            }
            out.add(q);
        }
        return out;
    }

    private static List<String> vocabulary(Random random) {
        List<String> v = new ArrayList<>(List.of(BASE));
        while (v.size() < 4000) {
            StringBuilder sb = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int k = 0; k < syllables; k++) {
                sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            v.add(sb.toString());
        }
        return v;
    }

    private static String pick(Random random, List<String> vocabulary) {
        double r = random.nextDouble();
        return vocabulary.get((int) (vocabulary.size() * r * r * r));
    }

    private static String words(Random random, List<String> vocabulary, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append(k == 0 ? "" : " ").append(pick(random, vocabulary));
        }
        return sb.toString();
    }

    private static String paragraphs(Random random, List<String> vocabulary, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append(capitalise(words(random, vocabulary, 25 + random.nextInt(15)))).append(".\n\n");
        }
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
