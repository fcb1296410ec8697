package org.standfirst.publish;

/** An export that could not finish; the message is one line naming the file or item and why. */
public class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
