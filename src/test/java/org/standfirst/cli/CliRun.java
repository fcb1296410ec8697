package org.standfirst.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line as a user or script makes it: the exit code and what it printed. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = RootCommand.commandLine(new RootCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
