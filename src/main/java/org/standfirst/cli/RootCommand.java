package org.standfirst.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** standfirst [--data DIR] COMMAND: the root of the command tree. */
@Command(name = "standfirst", mixinStandardHelpOptions = true, version = "Standfirst 0.1",
        description = "Editorial workstation. With no command, opens the desktop app.",
        subcommands = {})
public final class RootCommand implements Runnable {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Workspace folder (default: STANDFIRST_DATA, else your data folder).")
    Path data;

    public Path dataOption() {
        return data;
    }

    @Override
    public void run() {
        // No subcommand: Cli opens the desktop app.
    }

    static CommandLine commandLine(RootCommand root) {
        CommandLine cl = new CommandLine(root);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            PrintWriter err = line.getErr();
            err.println("standfirst: " + oneLine(ex));
            err.flush();
            return 1;
        });
        return cl;
    }

    static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
