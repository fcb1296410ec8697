package org.standfirst.check;

import java.nio.file.*;
import org.junit.jupiter.api.Test;
import org.standfirst.model.*;

class ScratchTest {
    @SuppressWarnings("unchecked")
    static java.util.List<Rule> ruleList() throws Exception {
        var f = CheckEngine.class.getDeclaredField("rules");
        f.setAccessible(true);
        return (java.util.List<Rule>) f.get(Checks.ENGINE);
    }

    @Test
    void run() throws Exception {
        try (var files = Files.list(Path.of("assets/sample/stories"))) {
            for (Path p : files.sorted().toList().subList(0, 2)) {
                String s = Files.readString(p);
                int end = s.indexOf("\n---\n", 4);
                String fm = s.substring(4, end);
                String body = s.substring(end + 5);
                String headline = fm.lines().filter(l -> l.startsWith("headline:")).map(l -> l.substring(9).strip()).findFirst().orElse("");
                String sf = fm.lines().filter(l -> l.startsWith("standfirst:")).map(l -> l.substring(11).strip()).findFirst().orElse("");
                ItemContent c = ItemContent.blank(ItemKind.NEWS_STORY).withHeadline(headline).withStandfirst(sf).withBody(body);
                for (int i = 0; i < 30; i++) Checks.ENGINE.check(c);
                ItemText it = ItemText.of(c);
                for (Rule rule : ruleList()) {
                    long a = System.nanoTime();
                    for (int i = 0; i < 20; i++) rule.check(it, new FindingSink());
                    System.err.printf("   %s %.3f ms%n", rule.id(), (System.nanoTime() - a) / 20e6);
                }
                long b = System.nanoTime();
                for (int i = 0; i < 20; i++) ItemText.of(c);
                System.err.printf("   parse %.3f ms%n", (System.nanoTime() - b) / 20e6);
                long t0 = System.nanoTime();
                CheckResult r = Checks.ENGINE.check(c);
                long t1 = System.nanoTime();
                System.err.println("== " + p.getFileName() + " words=" + r.readability().words() + " ease=" + r.readability().ease() + " grade=" + r.readability().grade() + " ms=" + (t1 - t0) / 1e6);
                for (Finding f : r.findings()) {
                    System.err.println("  " + f.field() + ":" + f.line() + ":" + f.column() + " " + f.severity().label() + " [" + f.rule() + "] '" + f.text().replace("\n", "\\n") + "' -> " + f.replacement());
                }
            }
        }
    }
}
