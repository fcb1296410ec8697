package org.standfirst.workflow;

/** A review package could not be used; the message names the file or field and the reason, in one line. */
public class PackageRefusedException extends RuntimeException {
    public PackageRefusedException(String reason) {
        super(reason);
    }

    public PackageRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
