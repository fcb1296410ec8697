package org.standfirst.app;

/** Nothing (or more than one thing) matches what a person named. */
public final class NotFoundException extends StandfirstException {
    public NotFoundException(String message) {
        super(message);
    }
}
