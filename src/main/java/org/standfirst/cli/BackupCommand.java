package org.standfirst.cli;

import org.standfirst.app.Standfirst;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** standfirst backup: a backup of the workspace now. */
@Command(name = "backup", description = "Back up the workspace now (the newest ten backups are kept).")
final class BackupCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        try (Standfirst sf = root.openWorkspace()) {
            spec.commandLine().getOut().println("Backed up to " + sf.backups().backupNow());
        }
    }
}
