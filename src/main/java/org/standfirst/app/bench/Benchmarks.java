package org.standfirst.app.bench;

import java.util.List;

/** Every benchmark {@code standfirst bench} runs, in order. Other areas add theirs here. */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static List<Benchmark> all() {
        return List.of(new StoreBenchmark(), new RenderBenchmark(), new CheckBenchmark(), new ReviewBenchmark(),
                new PublishBenchmark(), new UiBenchmark());
    }
}
