package org.standfirst.ui.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live preview: one WebView page, loaded once per item, whose regions are patched block by
 * block through our bridge script, so scroll position holds and images do not reload. The page
 * itself carries no script; the bridge is added by Java after load, and content never runs
 * script (the render layer escapes raw HTML, and the bridge strips handlers again).
 */
public final class PreviewPane extends StackPane {
    /** The width of the mobile preview, a common phone's CSS width. */
    public static final double MOBILE_WIDTH = 390;
    private static final Logger LOG = LoggerFactory.getLogger(PreviewPane.class);
    private static final String BRIDGE = readBridge();
    static final String POLICY = "default-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; "
            + "img-src * file: jar: data:; style-src * file: jar: 'unsafe-inline'; font-src * file: jar: data:; base-uri 'none'; form-action 'none'";

    private final WebView web;
    private final WebEngine engine;
    private final BooleanProperty mobile = new SimpleBooleanProperty(this, "mobile", false);
    private final List<Runnable> pending = new ArrayList<>();
    // The keys each region already shows: their HTML is not sent again, so a keystroke in a long
    // report sends one block, not the whole document.
    private final java.util.Map<String, java.util.Set<String>> shown = new java.util.HashMap<>();
    private String loadedShell;
    private boolean ready;
    private int alerts;
    private String syncRegion = "";

    /**
     * Loads WebKit's native library (over 100 MB of code: 1-2 s on this machine) on the calling
     * thread, off the FX thread, so that making the first WebView does not stall a window that is
     * already in use. Only the library: WebKit itself must start on the FX thread, which it does
     * in the first WebView. Harmless when it fails (the WebView then loads it as before).
     */
    public static void preloadNativeLibrary() {
        long t = System.nanoTime();
        try {
            com.sun.glass.utils.NativeLibLoader.loadLibrary("jfxwebkit");
            LOG.debug("WebKit's library loaded in {} ms", (System.nanoTime() - t) / 1_000_000);
        } catch (Throwable e) { // an internal JavaFX class: if it is not there, the WebView loads the library
            LOG.debug("WebKit's library is left to the first WebView: {}", e.toString());
        }
    }

    public PreviewPane() {
        getStyleClass().add("preview-pane");
        web = new WebView();
        web.setAccessibleText("Preview of the published page");
        web.setContextMenuEnabled(false);
        web.setFocusTraversable(true);
        engine = web.getEngine();
        engine.setJavaScriptEnabled(true); // for our bridge only; see class comment
        engine.setCreatePopupHandler(features -> null); // never open windows
        engine.setOnAlert(e -> {
            alerts++;
            LOG.warn("Preview page raised an alert; content script must never run: {}", e.getData());
        });
        engine.setConfirmHandler(q -> false);
        engine.setPromptHandler(p -> null);
        engine.getLoadWorker().stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED) {
                engine.executeScript(BRIDGE);
                ready = true;
                List<Runnable> run = new ArrayList<>(pending);
                pending.clear();
                run.forEach(Runnable::run);
            }
        });
        setAlignment(Pos.TOP_CENTER);
        getChildren().add(web);
        mobile.addListener((o, a, b) -> web.setMaxWidth(b ? MOBILE_WIDTH : Double.MAX_VALUE));
    }

    /**
     * Adds a Content-Security-Policy that forbids every page script, inline handler and plug-in.
     * Our bridge still runs because WebEngine.executeScript is not page script; content cannot.
     */
    static String withPolicy(String html) {
        String meta = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<head[^>]*>", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(html);
        if (m.find()) {
            return html.substring(0, m.end()) + meta + html.substring(m.end());
        }
        return "<!DOCTYPE html><html><head>" + meta + "</head><body>" + html + "</body></html>";
    }

    private static String readBridge() {
        try (InputStream in = PreviewPane.class.getResourceAsStream("bridge.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("The preview bridge script is missing from the jar", e));
        }
    }

    /**
     * Loads a whole page (the article or report from the site template, with its blocks).
     *
     * @param blockKeys   for each region selector, the keys of the blocks the page already has
     * @param keepScroll  put the reader back where they were (a reload of the same document)
     */
    public void load(String html, java.util.Map<String, ? extends java.util.Collection<String>> blockKeys, boolean keepScroll) {
        double y = 0;
        if (keepScroll && ready) {
            Object v = engine.executeScript("standfirstBridge.scrollY()");
            y = v instanceof Number n ? n.doubleValue() : 0;
        }
        loadedShell = html;
        ready = false;
        pending.clear();
        shown.clear();
        blockKeys.forEach((region, keys) -> shown.put(region, new java.util.HashSet<>(keys)));
        if (y > 0) {
            double at = y;
            pending.add(() -> engine.executeScript("standfirstBridge.restoreScroll(" + at + ")"));
        }
        engine.loadContent(withPolicy(html), "text/html");
    }

    /** Test and simple use: loads a page whose regions start empty. */
    public void showShell(String html) {
        if (!html.equals(loadedShell)) {
            load(html, java.util.Map.of(), false);
        }
    }

    /** Replaces the page furniture inside selector, keeping the live node at keepSelector. */
    public void frame(String selector, String keepSelector, String html) {
        Runnable r = () -> engine.executeScript("standfirstBridge.frame('" + js(selector) + "', '" + js(keepSelector)
                + "', '" + js(html) + "')");
        if (ready) {
            r.run();
        } else {
            pending.add(r);
        }
    }

    /**
     * Makes the region at a CSS selector hold exactly these blocks, creating only new ones.
     *
     * @param done called on the FX thread with the number of nodes created, once patched
     */
    public void patch(String regionId, List<PreviewBlock> blocks, IntConsumer done) {
        Runnable r = () -> {
            java.util.Set<String> known = shown.computeIfAbsent(regionId, k -> new java.util.HashSet<>());
            String json = toJson(blocks, known);
            Object created = engine.executeScript("standfirstBridge.patch('" + js(regionId) + "', '" + js(json) + "')");
            known.clear();
            blocks.forEach(b -> known.add(b.key()));
            if (done != null) {
                done.accept(created instanceof Number n ? n.intValue() : -1);
            }
        };
        if (ready) {
            r.run();
        } else {
            pending.add(r);
        }
    }

    /** Runs once the page has loaded (at once when it has). */
    public void afterLoad(Runnable r) {
        if (ready) {
            r.run();
        } else {
            pending.add(r);
        }
    }

    /**
     * Scrolls the preview to the block holding a source line (scroll sync from the editor); line 0
     * is the top of the item: the page's top, or the report section's heading.
     */
    public void scrollToLine(int line, double fraction) {
        if (ready) {
            engine.executeScript("standfirstBridge.scrollToLine('" + js(syncRegion) + "'," + line + "," + fraction + ")");
        }
    }

    /** The region whose source lines scroll sync follows ("#sf-body", or one report section's body). */
    public void setSyncRegion(String selector) {
        this.syncRegion = selector == null ? "" : selector;
    }

    /** The source line of the block at the top of the preview, or -1. */
    public int topLine() {
        if (!ready) {
            return -1;
        }
        Object v = engine.executeScript("standfirstBridge.topLine('" + js(syncRegion) + "')");
        return v instanceof Number n ? n.intValue() : -1;
    }

    /**
     * Where the top of the preview is in the source, as a fractional line (12.5 is half-way
     * through a block that starts on line 12 and spans two lines), or -1 before any block shows.
     */
    public double topPosition() {
        if (!ready) {
            return -1;
        }
        Object v = engine.executeScript("standfirstBridge.topPosition('" + js(syncRegion) + "')");
        return v instanceof Number n ? n.doubleValue() : -1;
    }

    /** How far the page is scrolled, in CSS pixels. */
    public double scrollY() {
        if (!ready) {
            return 0;
        }
        Object v = engine.executeScript("standfirstBridge.scrollY()");
        return v instanceof Number n ? n.doubleValue() : 0;
    }

    public boolean isReady() {
        return ready;
    }

    public BooleanProperty mobileProperty() {
        return mobile;
    }

    public WebView webView() {
        return web;
    }

    /** How many alerts the page has raised: always 0 unless content script ran. */
    public int alertCount() {
        return alerts;
    }

    static String toJson(List<PreviewBlock> blocks, java.util.Set<String> known) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < blocks.size(); i++) {
            PreviewBlock b = blocks.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"k\":").append(jsonString(b.key()));
            if (!known.contains(b.key())) {
                sb.append(",\"h\":").append(jsonString(b.html()));
            }
            sb.append(",\"s\":").append(b.startLine())
                    .append(",\"e\":").append(b.endLine()).append('}');
        }
        return sb.append(']').toString();
    }

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Escapes a string for a single-quoted JavaScript literal. */
    static String js(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\'' -> sb.append("\\'");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
