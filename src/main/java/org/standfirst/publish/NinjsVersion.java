package org.standfirst.publish;

/** The ninjs versions the exporter writes. 3.1 is the default; 2.2 for older consumers. */
public enum NinjsVersion {
    V3_1("3.1"), V2_2("2.2");

    private final String label;

    NinjsVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The canonical schema URI, as the schema's own $id gives it. */
    public String schemaUri() {
        return "http://www.iptc.org/std/ninjs/ninjs-schema_" + label + ".json#";
    }

    public static NinjsVersion parse(String text) {
        String t = text == null ? "" : text.trim();
        for (NinjsVersion v : values()) {
            if (v.label.equals(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("Unknown ninjs version '" + text + "': use 3.1 or 2.2");
    }
}
