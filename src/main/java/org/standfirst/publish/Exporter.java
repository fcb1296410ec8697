package org.standfirst.publish;

import java.io.IOException;

/**
 * Writes one format of the bundle from the plan. A new format is one implementation of this and
 * its templates; the pipeline does the gating, staging, manifest and the move into place.
 */
public interface Exporter {
    ExportFormat format();

    /** How many progress steps {@link #write} will report for this plan. */
    int steps(ExportPlan plan);

    /** Writes this format's files through {@link ExportContext#files()}. */
    void write(ExportContext ctx) throws IOException, ExportException;
}
