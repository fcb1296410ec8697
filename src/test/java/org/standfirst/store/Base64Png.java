package org.standfirst.store;

import java.util.Base64;

/** A one-pixel PNG for tests that need real image bytes. */
public final class Base64Png {
    public static final byte[] DOT = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private Base64Png() {
    }
}
