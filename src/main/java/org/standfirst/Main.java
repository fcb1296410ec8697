package org.standfirst;

import org.standfirst.cli.Cli;
import org.standfirst.ui.DesktopLauncher;

/**
 * The one entry point of the jar: with a subcommand it runs headless, without one it opens the
 * desktop app. It lives outside the layers because it is the only class that knows both faces.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = new Cli(DesktopLauncher::launch).run(args);
        if (code != Cli.DESKTOP_STARTED) {
            System.exit(code);
        }
    }
}
