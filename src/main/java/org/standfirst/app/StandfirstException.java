package org.standfirst.app;

/** A problem a person can see and act on: the message is one line that names what and why. */
public class StandfirstException extends RuntimeException {
    public StandfirstException(String message) {
        super(message);
    }

    public StandfirstException(String message, Throwable cause) {
        super(message, cause);
    }
}
