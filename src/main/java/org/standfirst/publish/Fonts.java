package org.standfirst.publish;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The embedded fonts shipped under /assets/fonts (DejaVu, Bitstream Vera licence), read once. */
final class Fonts {
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private Fonts() {
    }

    static byte[] bytes(String file) {
        return CACHE.computeIfAbsent(file, f -> Templates.bytes("/assets/fonts/" + f));
    }
}
