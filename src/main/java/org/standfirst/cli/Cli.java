package org.standfirst.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.standfirst.app.Standfirst;
import picocli.CommandLine;

/** Runs the command line; without a subcommand it hands over to the desktop app. */
public final class Cli {
    /** Returned by {@link #run} when the desktop app took over; the caller must not exit. */
    public static final int DESKTOP_STARTED = Integer.MIN_VALUE;

    private final Consumer<Path> desktop;
    private final Function<Path, Standfirst> opener;

    /** @param desktop opens the desktop app on a workspace folder (null means the default) */
    public Cli(Consumer<Path> desktop) {
        this(desktop, Standfirst::open);
    }

    /** @param opener opens a workspace folder (tests pass a fixed clock and a small sample) */
    public Cli(Consumer<Path> desktop, Function<Path, Standfirst> opener) {
        this.desktop = desktop;
        this.opener = opener;
    }

    public int run(String[] args) {
        return run(args, null, null);
    }

    /** Runs with output and errors sent to the given writers (null: standard out and err). */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        RootCommand root = new RootCommand(opener);
        CommandLine cl = RootCommand.commandLine(root);
        if (out != null) {
            cl.setOut(out);
        }
        if (err != null) {
            cl.setErr(err);
        }
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        if (code == 0 && cl.getParseResult() != null && !cl.getParseResult().hasSubcommand()
                && !cl.isUsageHelpRequested() && !cl.isVersionHelpRequested()) {
            desktop.accept(root.dataOption());
            return DESKTOP_STARTED;
        }
        return code;
    }
}
