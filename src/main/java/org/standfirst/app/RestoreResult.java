package org.standfirst.app;

import java.nio.file.Path;

/** What a restore did: the backup it put back, and where the replaced database was kept (null if none). */
public record RestoreResult(Path backup, Path keptAside) {
}
