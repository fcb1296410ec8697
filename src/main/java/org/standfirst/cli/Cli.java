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
        java.util.Optional<DesktopArgs> desktopOnly = desktopOnly(args);
        if (desktopOnly.isPresent()) {
            desktop.accept(desktopOnly.get().data());
            return DESKTOP_STARTED;
        }
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

    /**
     * The desktop app's own command lines, {@code standfirst} and {@code standfirst --data DIR},
     * read without building the command tree: picocli's reflection over every subcommand costs
     * about a quarter of a second of the desktop's start-up. Present only for exactly those
     * forms; anything else, including mistakes, goes to picocli as before.
     */
    static java.util.Optional<DesktopArgs> desktopOnly(String[] args) {
        String dir;
        if (args.length == 0) {
            return java.util.Optional.of(new DesktopArgs(null));
        } else if (args.length == 2 && args[0].equals("--data")) {
            dir = args[1];
        } else if (args.length == 1 && args[0].startsWith("--data=")) {
            dir = args[0].substring("--data=".length());
        } else {
            return java.util.Optional.empty();
        }
        if (dir.isBlank() || dir.startsWith("-")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new DesktopArgs(Path.of(dir)));
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    /** The desktop app's arguments: the --data folder, or null for the default. */
    record DesktopArgs(Path data) {
    }
}
