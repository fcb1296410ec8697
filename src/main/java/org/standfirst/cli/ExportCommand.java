package org.standfirst.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.standfirst.app.Standfirst;
import org.standfirst.model.Channel;
import org.standfirst.publish.ExportFormat;
import org.standfirst.publish.ExportRequest;
import org.standfirst.publish.ExportResult;
import org.standfirst.publish.HeldBack;
import org.standfirst.publish.NinjsVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * standfirst export --out DIR [--format ninjs,html,pdf,site] [--channel public|press|draft]
 * [--strict] [--ninjs-version 3.1|2.2] [ID...|--all]. Prints one line per class of file written
 * and one per item held back with its reason. The bundle folder is replaced as a whole, or not
 * at all.
 */
@Command(name = "export", description = {
        "Export approved work as IPTC ninjs, HTML pages, report PDFs and a site bundle.",
        "The folder is replaced in one step when the export succeeds; on any failure the previous bundle is left as it was.",
        "Exit status: 0 exported (items held back are listed), 1 error, 2 nothing written: --strict found items to hold back, or nothing passed the gate."})
public final class ExportCommand implements Callable<Integer> {
    static final int HELD_BACK_STRICT = 2;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The bundle folder to write (created, or replaced if it holds a bundle).")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "ninjs,html,pdf,site",
            description = "Comma-separated formats: ninjs, html, pdf, site (default: all).")
    String formats;

    @Option(names = "--channel", paramLabel = "CHANNEL", defaultValue = "public",
            description = "public (approved, embargo passed), press (approved, embargoed stamped) or draft (everything, watermarked). Default: public.")
    String channel;

    @Option(names = "--strict", description = "Write nothing if any item would be held back.")
    boolean strict;

    @Option(names = "--ninjs-version", paramLabel = "VERSION", defaultValue = "3.1", description = "3.1 (default) or 2.2.")
    String ninjsVersion;

    @Option(names = "--site-url", paramLabel = "URL", description = "Where the bundle will be served, for absolute links (default: the workspace setting site.url).")
    String siteUrl;

    @Option(names = "--as", paramLabel = "PERSON", description = "Who is exporting, recorded with each publication.")
    String person;

    @Option(names = "--all", description = "Export everything in the workspace.")
    boolean all;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Items or reports by id or slug.")
    List<String> ids = List.of();

    @Override
    public Integer call() throws Exception {
        if (all == !ids.isEmpty()) {
            throw new IllegalArgumentException(all ? "Give either --all or items to export, not both"
                    : "Name the items or reports to export, or use --all");
        }
        Channel ch = Channel.parse(channel);
        var fmt = ExportFormat.parseList(formats);
        NinjsVersion version = NinjsVersion.parse(ninjsVersion);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try (Standfirst sf = root.openWorkspace()) {
            ExportRequest request = sf.exports().request(out).withFormats(fmt).withStrict(strict)
                    .withNinjsVersion(version).withSelection(all ? List.of() : ids);
            request = request.withChannel(ch);
            if (siteUrl != null) {
                request = request.withSite(request.site().withBaseUrl(siteUrl));
            }
            ExportResult result = sf.exports().export(request, person, null);
            for (Map.Entry<String, Integer> e : result.countsByClass().entrySet()) {
                stdout.println("wrote " + e.getValue() + " " + e.getKey());
            }
            if (result.written()) {
                stdout.println("wrote manifest.json to " + result.out());
            }
            for (HeldBack h : result.heldBack()) {
                stdout.println("held back " + h + " [" + h.id() + "]");
            }
            stdout.flush();
            if (!result.written()) {
                int n = result.heldBack().size();
                String held = n + (n == 1 ? " item was" : " items were") + " held back";
                stderr.println("standfirst: nothing written: " + (strict && n > 0 ? held + " and --strict is on"
                        : (n == 0 ? "there is nothing to export" : "nothing passed the gate (" + held + ")")
                                + "; the folder was left as it was"));
                stderr.flush();
                return HELD_BACK_STRICT;
            }
            return 0;
        }
    }
}
