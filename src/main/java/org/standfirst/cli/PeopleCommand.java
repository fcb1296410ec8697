package org.standfirst.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Person;
import org.standfirst.model.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** standfirst people [add NAME --role R]: who works in this workspace. */
@Command(name = "people", description = "List the people in the workspace, or add one.",
        subcommands = PeopleCommand.Add.class)
final class PeopleCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per line")
    boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Standfirst sf = root.openWorkspace()) {
            for (Person p : sf.people().all()) {
                print(out, p, json);
            }
        }
    }

    static void print(PrintWriter out, Person p, boolean json) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("name", p.name());
            m.put("role", ItemFields.key(p.role()));
            JsonLines.print(out, m);
        } else {
            out.printf("%-30s %-9s %s%n", p.name(), ItemFields.key(p.role()), p.id());
        }
    }

    /** standfirst people add NAME --role R */
    @Command(name = "add", description = "Add a person with a new signing key.")
    static final class Add implements Runnable {
        @ParentCommand
        PeopleCommand people;
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", arity = "1..*", description = "Their name (quote it, or give it as several words)")
        java.util.List<String> name;
        @Option(names = "--role", paramLabel = "R", required = true, description = "writer, reviewer or editor")
        String role;
        @Option(names = "--json", description = "One JSON object")
        boolean json;

        @Override
        public void run() {
            Role r = Role.parse(role);
            try (Standfirst sf = people.root.openWorkspace()) {
                print(spec.commandLine().getOut(), sf.people().add(String.join(" ", name), r), json);
            }
        }
    }
}
