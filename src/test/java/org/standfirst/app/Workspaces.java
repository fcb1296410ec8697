package org.standfirst.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Opens test workspaces: a fixed clock, and either empty or seeded from the small fixture. */
public final class Workspaces {
    public static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final String FIXTURE = "/sample-fixture";

    private Workspaces() {
    }

    public static Standfirst empty(Path dir) {
        return Standfirst.open(dir, Standfirst.Options.defaults().withClock(CLOCK).withoutSample());
    }

    public static Standfirst seeded(Path dir) {
        return Standfirst.open(dir, Standfirst.Options.defaults().withClock(CLOCK).withSample(FIXTURE));
    }
}
