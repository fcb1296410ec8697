package org.standfirst.app.bench;

import java.util.List;

/**
 * A group of figures that {@code standfirst bench} measures. Add an implementation to
 * {@link Benchmarks#all()}; name figures {@code area.what.statistic.unit}, as in {@code store.open.ms}.
 */
public interface Benchmark {
    /** Short name of the group, for messages. */
    String name();

    /** Measures and returns the figures; may use the context's shared generated workspace. */
    List<BenchFigure> run(BenchContext context) throws Exception;
}
