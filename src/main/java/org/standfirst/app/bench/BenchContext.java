package org.standfirst.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What benchmarks share: a scratch folder, the generated large workspace (made once and kept in
 * the temporary folder between runs), and heap-peak measurement.
 */
public final class BenchContext {
    private final Path scratch;
    private final int items;
    private final java.util.function.Consumer<String> progress;
    private Path large;

    public BenchContext(Path scratch, int items, java.util.function.Consumer<String> progress) {
        this.scratch = scratch;
        this.items = items;
        this.progress = progress;
    }

    /** A fresh empty folder for one benchmark's own files. */
    public Path newFolder(String name) throws IOException {
        return Files.createTempDirectory(scratch, name);
    }

    /** The number of items in the large workspace. */
    public int items() {
        return items;
    }

    /** A closed workspace with {@link #items()} items and their history, generated on first use. */
    public synchronized Path largeWorkspace() throws IOException {
        if (large == null) {
            large = WorkspaceGenerator.ensure(scratch.resolve("workspace-" + items + "-v1"), items, progress);
        }
        return large;
    }

    public void progress(String message) {
        progress.accept(message);
    }

    /** Forgets the heap peaks so far, so the next {@link #heapPeakMb()} covers only what follows. */
    public static void resetHeapPeak() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peak use since the last reset, in MB. */
    public static double heapPeakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                bytes += p.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }
}
