package org.standfirst.model;

import java.util.regex.Pattern;

/** The URL-safe name of an item or report, such as "trial-recruitment-falls". */
public final class Slug {
    public static final int MAX_LENGTH = 80;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slug() {
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && FORMAT.matcher(slug).matches();
    }

    /** Why a slug is not acceptable, or null when it is. */
    public static String problem(String slug) {
        if (slug == null || slug.isEmpty()) {
            return "A slug is required";
        }
        if (slug.length() > MAX_LENGTH) {
            return "A slug can be at most " + MAX_LENGTH + " characters";
        }
        if (!FORMAT.matcher(slug).matches()) {
            return "A slug uses lower-case letters, digits and single hyphens only, such as 'trial-recruitment-falls'";
        }
        return null;
    }
}
