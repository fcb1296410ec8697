package org.standfirst.publish;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to SLF4J. Left alone it writes to standard error through
 * java.util.logging, which would break the command line's "one line on stderr" rule.
 */
final class PdfLogging implements XRLogger {
    private static final Logger LOG = LoggerFactory.getLogger("org.standfirst.publish.pdf");
    private static volatile boolean installed;

    private PdfLogging() {
    }

    static void install() {
        if (!installed) {
            synchronized (PdfLogging.class) {
                if (!installed) {
                    XRLog.setLoggerImpl(new PdfLogging());
                    installed = true;
                }
            }
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            LOG.info("{}: {}", where, msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.info("{}: {}", where, msg, th);
        } else {
            LOG.debug("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are SLF4J's business.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Level level = diagnostic.getLevel();
        return level.intValue() >= Level.WARNING.intValue() ? LOG.isInfoEnabled() : LOG.isDebugEnabled();
    }
}
