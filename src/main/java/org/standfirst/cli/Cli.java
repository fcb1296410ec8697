package org.standfirst.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs the command line; without a subcommand it hands over to the desktop app. */
public final class Cli {
    /** Returned by {@link #run} when the desktop app took over; the caller must not exit. */
    public static final int DESKTOP_STARTED = Integer.MIN_VALUE;

    private final Consumer<Path> desktop;

    /** @param desktop opens the desktop app on a workspace folder (null means the default) */
    public Cli(Consumer<Path> desktop) {
        this.desktop = desktop;
    }

    public int run(String[] args) {
        RootCommand root = new RootCommand();
        CommandLine cl = RootCommand.commandLine(root);
        int code = cl.execute(args);
        if (code == 0 && cl.getParseResult() != null && !cl.getParseResult().hasSubcommand()
                && !cl.isUsageHelpRequested() && !cl.isVersionHelpRequested()) {
            desktop.accept(root.dataOption());
            return DESKTOP_STARTED;
        }
        return code;
    }
}
