package org.standfirst.workflow;

/** A workflow rule said no; the message is the one-line reason shown to the person. */
public class RefusedException extends RuntimeException {
    public RefusedException(String reason) {
        super(reason);
    }
}
