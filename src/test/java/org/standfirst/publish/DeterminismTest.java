package org.standfirst.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.model.Channel;

/** The same workspace exported twice gives the same bytes in every file; only the manifest's time differs. */
class DeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void twoExportsAreByteIdenticalButForTheManifestTime() throws Exception {
        for (Channel channel : Channel.values()) {
            Path a = tmp.resolve(channel.key() + "-a");
            Path b = tmp.resolve(channel.key() + "-b");
            Exports.pipeline().export(Newsroom.sample(), Exports.request(a, channel), ExportListener.NONE);
            // An hour later, from a fresh copy of the same workspace with its lists in another order.
            Newsroom again = Newsroom.sample();
            java.util.Collections.reverse(again.items);
            Exports.pipeline().export(again, Exports.request(b, channel).withNow(Newsroom.NOW.plusSeconds(3600)),
                    ExportListener.NONE);
            Map<String, byte[]> first = BundleSafetyTest.snapshot(a);
            Map<String, byte[]> second = BundleSafetyTest.snapshot(b);
            assertThat(second.keySet()).isEqualTo(first.keySet());
            for (String path : first.keySet()) {
                if (!path.equals("manifest.json")) {
                    assertThat(second.get(path)).as(channel.key() + " " + path).isEqualTo(first.get(path));
                }
            }
            String m1 = new String(first.get("manifest.json"), StandardCharsets.UTF_8);
            String m2 = new String(second.get("manifest.json"), StandardCharsets.UTF_8);
            assertThat(m1).isNotEqualTo(m2);
            assertThat(m2.replace("\"time\" : \"2026-11-29T09:00:00Z\"", "\"time\" : \"2026-11-29T08:00:00Z\"")).isEqualTo(m1);
        }
    }
}
