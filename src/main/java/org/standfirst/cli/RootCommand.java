package org.standfirst.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import org.standfirst.app.Standfirst;
import org.standfirst.app.WorkspaceLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** standfirst [--data DIR] COMMAND: the root of the command tree. */
@Command(name = "standfirst", mixinStandardHelpOptions = true, version = "Standfirst 0.1",
        scope = CommandLine.ScopeType.INHERIT,
        description = "Editorial workstation. With no command, opens the desktop app.",
        subcommands = {ListCommand.class, ShowCommand.class, ImportCommand.class, PeopleCommand.class,
                BackupCommand.class, RestoreCommand.class, BenchCommand.class, ReviewCommand.class, HistoryCommand.class,
                DiffCommand.class, PackageCommand.class, ExportCommand.class, CheckCommand.class,
                SettingsCommand.class})
public final class RootCommand implements Runnable {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Workspace folder (default: STANDFIRST_DATA, else your data folder).")
    Path data;

    private final Function<Path, Standfirst> opener;

    public RootCommand() {
        this(Standfirst::open);
    }

    RootCommand(Function<Path, Standfirst> opener) {
        this.opener = opener;
    }

    public Path dataOption() {
        return data;
    }

    /** The workspace folder this run uses: --data, else STANDFIRST_DATA, else the user's data folder. */
    public Path workspaceFolder() {
        return WorkspaceLocation.resolve(data);
    }

    /** Opens the workspace (creating and seeding it when new); the caller closes it. */
    public Standfirst openWorkspace() {
        return opener.apply(workspaceFolder());
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
        // A mistyped option is one line too, naming where to look for the right form.
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine bad = ex.getCommandLine();
            bad.getErr().println("standfirst: " + oneLine(ex) + " (see: " + bad.getCommandSpec().qualifiedName() + " --help)");
            bad.getErr().flush();
            return 2;
        });
        return cl;
    }

    static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
