package org.standfirst.app.bench;

import java.util.Arrays;

/** Small helpers for timing. */
public final class Stats {
    private Stats() {
    }

    public static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n == 0 ? 0 : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** Milliseconds since a System.nanoTime() reading. */
    public static double msSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }
}
