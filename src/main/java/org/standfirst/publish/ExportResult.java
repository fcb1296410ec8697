package org.standfirst.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an export did.
 *
 * @param written        false when nothing was written (a strict export with items held back,
 *                       or nothing passed the gate)
 * @param files          every file in the new bundle but the manifest, sorted by path
 * @param manifestSha256 the checksum of manifest.json, or empty when nothing was written
 */
public record ExportResult(Path out, boolean written, ExportPlan plan, List<BundleFile> files,
                           String manifestSha256) {
    public ExportResult {
        files = List.copyOf(files);
    }

    public List<HeldBack> heldBack() {
        return plan.heldBack();
    }

    /** How many files of each class were written, such as "items/*.html" → 12, sorted by class. */
    public Map<String, Integer> countsByClass() {
        Map<String, Integer> m = new TreeMap<>();
        for (BundleFile f : files) {
            m.merge(f.fileClass(), 1, Integer::sum);
        }
        return m;
    }
}
