package org.standfirst.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name in full before its short form: the first time a reader meets "the Institute" or an
 * abbreviation of the name, the full name must already have appeared. Reads the fields in order
 * (by default the standfirst, then the body: a headline may use the short form).
 */
public final class FirstMentionRule extends Rule {
    private final Pattern full;
    private final Map<String, String> shortToFix;
    private final Pattern shortForms;

    /** @param shortToFix each short form and the text a quick fix writes in its place */
    public FirstMentionRule(String id, Severity severity, String message, Set<String> fields, String fullName,
                            Map<String, String> shortToFix) {
        super(id, severity, message, fields);
        this.full = Pattern.compile(Pattern.quote(fullName).replace(" ", "\\E\\s+\\Q"));
        this.shortToFix = Map.copyOf(shortToFix);
        List<String> alternatives = new ArrayList<>();
        for (String s : shortToFix.keySet()) {
            // First letter in either case: "the Institute" also matches "The Institute" at a sentence start.
            String first = s.substring(0, 1);
            alternatives.add("[" + Pattern.quote(first.toLowerCase()) + Pattern.quote(first.toUpperCase()) + "]"
                    + Pattern.quote(s.substring(1)).replace(" ", "\\E\\s+\\Q"));
        }
        alternatives.sort((a, b) -> b.length() - a.length());
        this.shortForms = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }

    @Override
    protected Set<String> defaultFields() {
        return Set.of(Fields.STANDFIRST, Fields.BODY);
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        for (FieldText f : fieldsOf(item)) {
            String prose = f.prose();
            Matcher fm = full.matcher(prose);
            int firstFull = fm.find() ? fm.start() : Integer.MAX_VALUE;
            Matcher sm = shortForms.matcher(prose);
            while (sm.find()) {
                if (sm.start() >= firstFull) {
                    return;
                }
                if (insideFull(prose, sm.start(), sm.end())) {
                    continue;
                }
                String fix = fixFor(sm.group());
                sink.add(this, f, sm.start(), sm.end(), message(), fix);
                return;
            }
            if (firstFull != Integer.MAX_VALUE) {
                return;
            }
        }
    }

    private boolean insideFull(String prose, int start, int end) {
        Matcher m = full.matcher(prose);
        while (m.find()) {
            if (m.start() <= start && m.end() >= end) {
                return true;
            }
            if (m.start() > end) {
                break;
            }
        }
        return false;
    }

    private String fixFor(String found) {
        for (Map.Entry<String, String> e : shortToFix.entrySet()) {
            if (e.getKey().equalsIgnoreCase(found.replaceAll("\\s+", " "))) {
                String fix = e.getValue();
                boolean capital = Character.isUpperCase(found.charAt(0)) && !fix.isEmpty() && Character.isLowerCase(fix.charAt(0));
                return capital ? Character.toUpperCase(fix.charAt(0)) + fix.substring(1) : fix;
            }
        }
        return null;
    }
}
