package org.standfirst.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.standfirst.app.bench.BenchRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** standfirst bench: speed and memory figures, one per line. */
@Command(name = "bench", description = "Measure speed and memory on a generated workspace (kept in the temporary "
        + "folder for later runs). Prints one line per figure: name value unit.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per figure: name, value, unit")
    boolean json;
    @Option(names = "--items", paramLabel = "N", defaultValue = "" + BenchRunner.DEFAULT_ITEMS,
            description = "Items in the generated workspace (default ${DEFAULT-VALUE})")
    int items;
    @Option(names = "--scratch", paramLabel = "DIR", description = "Where to keep the generated workspace")
    Path scratch;
    @Option(names = "--only", paramLabel = "NAME", split = ",",
            description = "Run only these benchmarks (such as store,render)")
    java.util.List<String> only = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchRunner.run(scratch, items, only, f -> {
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", f.name());
                m.put("value", f.value());
                m.put("unit", f.unit());
                JsonLines.print(out, m);
            } else {
                out.println(f.name() + " " + f.formattedValue() + " " + f.unit());
            }
            out.flush();
        }, msg -> {
            err.println(msg);
            err.flush();
        });
        return 0;
    }
}
