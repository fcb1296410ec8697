package org.standfirst.ui;

/** An error as the window says it: one line, the first that has something to say. */
public final class ErrorText {
    private ErrorText() {
    }

    public static String oneLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException
                || t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.strip().lines().findFirst().orElse(m);
    }
}
