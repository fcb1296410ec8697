package org.standfirst.publish;

/** The person cancelled the export; nothing was written and the previous bundle stands. */
public class ExportCancelledException extends ExportException {
    public ExportCancelledException() {
        super("Export cancelled; the previous bundle is unchanged");
    }
}
