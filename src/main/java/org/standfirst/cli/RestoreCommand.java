package org.standfirst.cli;

import java.io.PrintWriter;
import org.standfirst.app.RestoreResult;
import org.standfirst.app.Standfirst;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** standfirst restore: put the newest backup back; the replaced file is kept aside. */
@Command(name = "restore", description = "Restore the newest backup of the workspace. The database it replaces "
        + "is kept beside it, never deleted.")
final class RestoreCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        RestoreResult r = Standfirst.restoreNewestBackup(root.workspaceFolder());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Restored " + r.backup());
        if (r.keptAside() != null) {
            out.println("The replaced database is kept as " + r.keptAside());
        }
    }
}
