package org.standfirst.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.standfirst.model.Channel;

/**
 * One export, as a person asked for it.
 *
 * @param out       the bundle folder; it is replaced as a whole when the export succeeds
 * @param selection item or report ids or slugs; empty means everything in the workspace
 * @param now       the moment embargoes are judged against and the manifest is stamped with
 */
public record ExportRequest(Path out, Set<ExportFormat> formats, Channel channel, boolean strict,
                            NinjsVersion ninjsVersion, List<String> selection, Instant now, SiteSettings site) {
    public ExportRequest {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(now, "now");
        formats = formats == null || formats.isEmpty() ? EnumSet.allOf(ExportFormat.class) : EnumSet.copyOf(formats);
        ninjsVersion = ninjsVersion == null ? NinjsVersion.V3_1 : ninjsVersion;
        selection = List.copyOf(selection == null ? List.of() : selection);
        site = site == null ? SiteSettings.DEFAULT : site;
    }

    /** Everything, every format, public channel. */
    public static ExportRequest all(Path out, Channel channel, Instant now) {
        return new ExportRequest(out, null, channel, false, null, List.of(), now, null);
    }

    public ExportRequest withFormats(Set<ExportFormat> v) {
        return new ExportRequest(out, v, channel, strict, ninjsVersion, selection, now, site);
    }

    public ExportRequest withStrict(boolean v) {
        return new ExportRequest(out, formats, channel, v, ninjsVersion, selection, now, site);
    }

    public ExportRequest withNinjsVersion(NinjsVersion v) {
        return new ExportRequest(out, formats, channel, strict, v, selection, now, site);
    }

    public ExportRequest withSelection(List<String> v) {
        return new ExportRequest(out, formats, channel, strict, ninjsVersion, v, now, site);
    }

    public ExportRequest withNow(Instant v) {
        return new ExportRequest(out, formats, channel, strict, ninjsVersion, selection, v, site);
    }

    public ExportRequest withOut(Path v) {
        return new ExportRequest(v, formats, channel, strict, ninjsVersion, selection, now, site);
    }

    public ExportRequest withChannel(Channel v) {
        return new ExportRequest(out, formats, v, strict, ninjsVersion, selection, now, site);
    }

    public ExportRequest withSite(SiteSettings v) {
        return new ExportRequest(out, formats, channel, strict, ninjsVersion, selection, now, v);
    }
}
