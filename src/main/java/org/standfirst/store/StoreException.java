package org.standfirst.store;

/** A database problem the caller cannot fix by retrying: the message names what failed. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
