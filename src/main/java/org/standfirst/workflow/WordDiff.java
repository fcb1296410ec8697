package org.standfirst.workflow;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.standfirst.model.ItemContent;

/**
 * Word-level differences, built with java-diff-utils over tokens (words, runs of space, single
 * punctuation marks) so a changed word shows as that word, not as a changed line or letters.
 */
public final class WordDiff {
    private WordDiff() {
    }

    /** Splits text into tokens that concatenate back to exactly the text. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int j = i + 1;
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                while (j < n && (Character.isLetterOrDigit(text.charAt(j))
                        || (isJoiner(text.charAt(j)) && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))))) {
                    j++;
                }
            } else if (Character.isWhitespace(c) && c != '\n') {
                while (j < n && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
                    j++;
                }
            }
            out.add(text.substring(i, j));
            i = j;
        }
        return out;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }

    /** The newer text as one stream: unchanged, removed and added runs in reading order. */
    public static List<DiffSegment> inline(String older, String newer) {
        List<String> a = tokens(older);
        List<String> b = tokens(newer);
        List<DiffSegment> out = new ArrayList<>();
        int ai = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int pos = d.getSource().getPosition();
            add(out, DiffSegment.Kind.SAME, a.subList(ai, pos));
            add(out, DiffSegment.Kind.REMOVED, d.getSource().getLines());
            add(out, DiffSegment.Kind.ADDED, d.getTarget().getLines());
            ai = pos + d.getSource().size();
        }
        add(out, DiffSegment.Kind.SAME, a.subList(ai, a.size()));
        return out;
    }

    /** Lines paired across the two texts, changed lines with their words marked. */
    public static List<SideBySideRow> sideBySide(String older, String newer) {
        List<String> a = older.lines().toList();
        List<String> b = newer.lines().toList();
        List<SideBySideRow> rows = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(a, b, true).getDeltas()) {
            List<String> src = d.getSource().getLines();
            List<String> dst = d.getTarget().getLines();
            if (d.getType() == DeltaType.EQUAL) {
                for (String line : src) {
                    List<DiffSegment> same = List.of(new DiffSegment(DiffSegment.Kind.SAME, line));
                    rows.add(new SideBySideRow(same, same, false));
                }
                continue;
            }
            for (int i = 0; i < Math.max(src.size(), dst.size()); i++) {
                String l = i < src.size() ? src.get(i) : null;
                String r = i < dst.size() ? dst.get(i) : null;
                rows.add(row(l, r));
            }
        }
        return rows;
    }

    private static SideBySideRow row(String l, String r) {
        if (l == null) {
            return new SideBySideRow(List.of(), List.of(new DiffSegment(DiffSegment.Kind.ADDED, r)), true);
        }
        if (r == null) {
            return new SideBySideRow(List.of(new DiffSegment(DiffSegment.Kind.REMOVED, l)), List.of(), true);
        }
        List<DiffSegment> left = new ArrayList<>();
        List<DiffSegment> right = new ArrayList<>();
        for (DiffSegment s : inline(l, r)) {
            if (s.kind() != DiffSegment.Kind.ADDED) {
                left.add(s);
            }
            if (s.kind() != DiffSegment.Kind.REMOVED) {
                right.add(s);
            }
        }
        return new SideBySideRow(left, right, true);
    }

    private static void add(List<DiffSegment> out, DiffSegment.Kind kind, List<String> toks) {
        if (toks.isEmpty()) {
            return;
        }
        String text = String.join("", toks);
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            DiffSegment last = out.remove(out.size() - 1);
            text = last.text() + text;
        }
        out.add(new DiffSegment(kind, text));
    }

    /** Every field that differs between two revisions' content, in the order an item is read. */
    public static RevisionDiff compare(String fromId, ItemContent from, String toId, ItemContent to) {
        List<FieldDiff> fields = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("headline", "Headline");
        labels.put("standfirst", "Standfirst");
        labels.put("byline", "Byline");
        labels.put("body", "Body");
        labels.put("topic", "Topic");
        labels.put("tags", "Tags");
        labels.put("slug", "Slug");
        labels.put("hero", "Hero image");
        labels.put("embargo", "Embargo");
        labels.put("notesToEditors", "Notes to editors");
        labels.put("language", "Language");
        labels.put("kind", "Kind");
        for (Map.Entry<String, String> e : labels.entrySet()) {
            String a = fieldText(from, e.getKey());
            String b = fieldText(to, e.getKey());
            if (!Objects.equals(a, b)) {
                fields.add(new FieldDiff(e.getKey(), e.getValue(), inline(a, b), sideBySide(a, b)));
            }
        }
        return new RevisionDiff(fromId, toId, fields);
    }

    static String fieldText(ItemContent c, String field) {
        return switch (field) {
            case "headline" -> c.headline();
            case "standfirst" -> c.standfirst();
            case "byline" -> c.byline();
            case "body" -> c.body();
            case "topic" -> c.topic();
            case "tags" -> String.join(", ", c.tags());
            case "slug" -> c.slug();
            case "hero" -> c.hero() == null ? "" : "Image " + c.hero().assetId().substring(0, Math.min(12, c.hero().assetId().length()))
                    + "\nAlt text: " + c.hero().altText() + "\nCaption: " + c.hero().caption()
                    + "\nCredit: " + c.hero().credit();
            case "embargo" -> c.embargo() == null ? "" : c.embargo().toString();
            case "notesToEditors" -> c.notesToEditors();
            case "language" -> c.language();
            case "kind" -> c.kind().label();
            default -> throw new IllegalArgumentException("Unknown field " + field);
        };
    }
}
