package org.standfirst.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.standfirst.check.CheckEngine;
import org.standfirst.check.CheckResult;
import org.standfirst.check.CheckSettings;
import org.standfirst.check.Finding;
import org.standfirst.check.IgnoredFindings;
import org.standfirst.check.ItemText;
import org.standfirst.check.QuickFix;
import org.standfirst.check.Readability;
import org.standfirst.check.RuleInfo;
import org.standfirst.check.StylePack;
import org.standfirst.model.Item;
import org.standfirst.model.ItemContent;
import org.standfirst.model.Report;
import org.standfirst.store.SettingsRepository;

/**
 * House style, spelling, readability and accessibility checks for one workspace.
 *
 * <p>The rules come from the built-in packs ({@code assets/styles}) and then the workspace's own
 * packs ({@code styles/*.json} in the workspace folder), adjusted by the workspace settings kept in
 * the store: rules switched off, pack settings such as the institute's name, and the workspace
 * dictionary ("Add to dictionary"). Checking is pure computation (no I/O after the first call,
 * which loads the word lists): call it from a background thread, as often as typing pauses.
 * Thread-safe.
 */
public final class CheckService {
    /** The folder in a workspace where a team adds its own style packs. */
    public static final String STYLES_FOLDER = "styles";
    static final String DICTIONARY_KEY = "check.dictionary";
    static final String DISABLED_KEY = "check.disabled";
    static final String SETTING_PREFIX = "check.setting.";
    static final String EXPORT_GATE_KEY = "check.export-gate";

    /** Readability of a report: each section's, in order, and the whole report's. */
    public record ReportReadability(Report report, Readability whole, List<SectionReadability> sections) {
    }

    public record SectionReadability(Item section, Readability readability) {
    }

    private final SettingsRepository settings;
    private final ItemService items;
    private final ReportService reports;
    private final Path folder;
    private final Map<String, IgnoredFindings> ignored = new ConcurrentHashMap<>();
    private volatile CheckEngine engine;

    CheckService(SettingsRepository settings, ItemService items, ReportService reports, Path folder) {
        this.settings = settings;
        this.items = items;
        this.reports = reports;
        this.folder = folder;
    }

    /** Every finding for content as it stands (unsaved text from the editor is fine). */
    public CheckResult check(ItemContent content) {
        return engine().check(content);
    }

    /**
     * The check the editor runs while a writer types: findings the writer chose to ignore once
     * in this item are left out.
     */
    public CheckResult check(String itemId, ItemContent content) {
        CheckResult r = engine().check(content);
        IgnoredFindings ig = ignored.get(itemId);
        return ig == null ? r : new CheckResult(ig.filter(content, r.findings()), r.readability(), r.target());
    }

    /** A stored item's working copy, named by id, slug or headline. */
    public CheckResult checkItem(String ref) {
        Item item = items.resolve(ref);
        return check(item.id(), item.content());
    }

    /** The export gate: true when the content has at least one error-level finding. */
    public boolean hasErrors(ItemContent content) {
        return check(content).hasErrors();
    }

    /**
     * What stops content going out on the public channel: its error-level findings, or nothing
     * when this workspace has relaxed the gate ({@link #setExportGate}). For the export pipeline.
     */
    public List<Finding> exportBlockers(ItemContent content) {
        return exportGate() ? errors(content) : List.of();
    }

    /** True (the default) when public export refuses items with error-level findings. */
    public boolean exportGate() {
        return !"off".equals(settings.get(EXPORT_GATE_KEY).orElse("on"));
    }

    /** The workspace setting that relaxes (false) or restores (true) the public export gate. */
    public void setExportGate(boolean on) {
        settings.put(EXPORT_GATE_KEY, on ? null : "off");
    }

    /** "Did you mean": known words one edit away from an unknown word, best first (at most five). */
    public List<String> suggestions(String word) {
        return engine().suggestions(word);
    }

    /** The error-level findings, for "submit for review lists the errors first" and export refusals. */
    public List<Finding> errors(ItemContent content) {
        return check(content).errors();
    }

    /** The content with a finding's quick fix applied; see {@link QuickFix#apply}. */
    public ItemContent applyFix(ItemContent content, Finding finding) {
        return QuickFix.apply(content, finding);
    }

    /** Hides one finding in one item for this session, until the words around it change. */
    public void ignoreOnce(String itemId, ItemContent content, Finding finding) {
        ignored.computeIfAbsent(itemId, k -> new IgnoredFindings()).ignore(content, finding);
    }

    /** Readability of every section of a report and of the report as a whole. */
    public ReportReadability reportReadability(String reportRef) {
        Report report = reports.resolve(reportRef);
        List<SectionReadability> sections = new ArrayList<>();
        for (Item s : reports.sections(report.id())) {
            sections.add(new SectionReadability(s, Readability.of(ItemText.of(s.content()))));
        }
        return new ReportReadability(report, Readability.combine(sections.stream().map(SectionReadability::readability).toList()),
                sections);
    }

    /** The workspace dictionary, sorted. */
    public Set<String> dictionary() {
        return Collections.unmodifiableSet(new TreeSet<>(lines(settings.get(DICTIONARY_KEY).orElse(""))));
    }

    /** "Add to dictionary": the word is accepted in every item of this workspace from now on. */
    public synchronized void addToDictionary(String word) {
        String w = word == null ? "" : word.strip();
        if (w.isEmpty() || w.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Add one word at a time to the dictionary");
        }
        Set<String> words = new TreeSet<>(dictionary());
        if (words.add(w)) {
            settings.put(DICTIONARY_KEY, String.join("\n", words));
            engine = null;
        }
    }

    public synchronized void removeFromDictionary(String word) {
        Set<String> words = new TreeSet<>(dictionary());
        if (words.remove(word == null ? "" : word.strip())) {
            settings.put(DICTIONARY_KEY, words.isEmpty() ? null : String.join("\n", words));
            engine = null;
        }
    }

    /** Every rule in the packs, with whether it is switched on in this workspace. */
    public List<RuleInfo> rules() {
        return engine().rules();
    }

    /** Switches a rule on or off for this workspace. */
    public synchronized void setRuleEnabled(String ruleId, boolean enabled) {
        if (rules().stream().noneMatch(r -> r.id().equals(ruleId))) {
            throw new NotFoundException("No style rule has the id '" + ruleId + "'");
        }
        Set<String> off = new TreeSet<>(lines(settings.get(DISABLED_KEY).orElse("")));
        if (enabled ? off.remove(ruleId) : off.add(ruleId)) {
            settings.put(DISABLED_KEY, off.isEmpty() ? null : String.join("\n", off));
            engine = null;
        }
    }

    /** The pack settings in force, such as {@code institute.name}. */
    public Map<String, String> packSettings() {
        return engine().settings();
    }

    /** Overrides a pack setting for this workspace (null goes back to the pack's value). */
    public synchronized void setPackSetting(String key, String value) {
        settings.put(SETTING_PREFIX + key, value == null || value.isBlank() ? null : value.strip());
        engine = null;
    }

    /** Reads the packs and settings again (after a team changes the files in {@code styles/}). */
    public void reload() {
        engine = null;
    }

    /** The engine for this workspace, built on first use and after any change. */
    public CheckEngine engine() {
        CheckEngine e = engine;
        if (e == null) {
            synchronized (this) {
                e = engine;
                if (e == null) {
                    e = CheckEngine.create(packs(), workspaceSettings());
                    engine = e;
                }
            }
        }
        return e;
    }

    private CheckSettings workspaceSettings() {
        Map<String, String> all = settings.all();
        Map<String, String> pack = new HashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(SETTING_PREFIX) && v != null) {
                pack.put(k.substring(SETTING_PREFIX.length()), v);
            }
        });
        return new CheckSettings(lines(all.getOrDefault(DISABLED_KEY, "")), pack, lines(all.getOrDefault(DICTIONARY_KEY, "")));
    }

    /** Built-in packs, then the workspace's {@code styles/*.json} in name order. */
    private List<StylePack> packs() {
        List<StylePack> packs = new ArrayList<>(CheckEngine.builtInPacks());
        packs.addAll(workspacePacks(folder));
        return packs;
    }

    static List<StylePack> workspacePacks(Path workspace) {
        Path dir = workspace.resolve(STYLES_FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            ds.forEach(files::add);
        } catch (IOException e) {
            throw new StandfirstException("Could not read the style packs in " + dir + ": " + e.getMessage(), e);
        }
        files.sort(null);
        List<StylePack> out = new ArrayList<>();
        for (Path f : files) {
            try {
                out.add(StylePack.parse(Files.readString(f, StandardCharsets.UTF_8), STYLES_FOLDER + "/" + f.getFileName()));
            } catch (IOException e) {
                throw new StandfirstException("Could not read the style pack " + f + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static Set<String> lines(String text) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }
}
