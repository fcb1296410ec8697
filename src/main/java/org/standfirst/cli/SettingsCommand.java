package org.standfirst.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.standfirst.app.Standfirst;
import org.standfirst.publish.SiteSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** standfirst settings site [--name N] [--url URL] [--copyright HOLDER] [--json]: workspace settings. */
@Command(name = "settings", description = "Show or change the workspace's settings.",
        subcommands = SettingsCommand.Site.class)
final class SettingsCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        // Only one group of settings so far: show it, as "settings site" would.
        new Site(this).show(spec.commandLine().getOut());
    }

    /** The site the export is for: name, web address and copyright holder, set once per institute. */
    @Command(name = "site", description = {
            "Show the site the export is for, or change it with the options given (the others stay as they are).",
            "Exports use these in ninjs (uri of images, copyrightHolder), page addresses (og:url, canonical), the feed and the sitemap."})
    static final class Site implements Runnable {
        @ParentCommand
        SettingsCommand settings;
        @Spec
        CommandSpec spec;

        @Option(names = "--name", paramLabel = "NAME", description = "The site's name, shown at the top of every page and in the feed.")
        String name;
        @Option(names = "--url", paramLabel = "URL", description = "The web address the bundle is served from, such as https://news.example.org/.")
        String url;
        @Option(names = "--copyright", paramLabel = "HOLDER", description = "Who holds the copyright, named in ninjs and page footers (\"\" for none).")
        String copyright;
        @Option(names = "--json", description = "One JSON object with the keys name, url and copyright.")
        boolean json;

        Site() {
        }

        Site(SettingsCommand parent) {
            this.settings = parent;
        }

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            if (name == null && url == null && copyright == null) {
                show(out);
                return;
            }
            try (Standfirst sf = settings.root.openWorkspace()) {
                print(out, sf.exports().setSite(name, url, copyright));
            }
        }

        void show(PrintWriter out) {
            try (Standfirst sf = settings.root.openWorkspace()) {
                print(out, sf.exports().site());
            }
        }

        private void print(PrintWriter out, SiteSettings s) {
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", s.siteName());
                m.put("url", s.baseUrl());
                m.put("copyright", s.copyrightHolder());
                JsonLines.print(out, m);
            } else {
                out.println("name:       " + s.siteName());
                out.println("url:        " + s.baseUrl());
                out.println("copyright:  " + (s.copyrightHolder().isEmpty() ? "(none)" : s.copyrightHolder()));
            }
            out.flush();
        }
    }
}
