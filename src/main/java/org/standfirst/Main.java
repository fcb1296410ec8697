package org.standfirst;

import org.standfirst.cli.Cli;
import org.standfirst.ui.DesktopLauncher;
import org.standfirst.ui.UiBench;

/**
 * The one entry point of the jar: with a subcommand it runs headless, without one it opens the
 * desktop app. It lives outside the layers because it is the only class that knows both faces.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(UiBench.MODE)) {
            // Hidden: the desktop figures of `standfirst bench`, run in a child JVM (app.bench.UiBenchmark).
            for (String line : UiBench.run(args)) {
                System.out.println(line);
            }
            System.exit(0);
        }
        int code = new Cli(DesktopLauncher::launch).run(args);
        if (code != Cli.DESKTOP_STARTED) {
            System.exit(code);
        }
    }
}
