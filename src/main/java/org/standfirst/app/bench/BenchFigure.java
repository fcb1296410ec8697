package org.standfirst.app.bench;

/** One measured figure, such as {@code store.open.ms 212.4 ms}. */
public record BenchFigure(String name, double value, String unit) {
    /** The value with at most one decimal place, as the bench prints it. */
    public String formattedValue() {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
