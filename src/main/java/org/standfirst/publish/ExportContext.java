package org.standfirst.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.standfirst.model.Asset;
import org.standfirst.model.Channel;
import org.standfirst.model.Hashing;

/** Everything an exporter needs for one run: the request, the plan, the source, the files. */
public final class ExportContext {
    private final ExportRequest request;
    private final ExportPlan plan;
    private final PublishSource source;
    private final BodyRenderer renderer;
    private final BundleFiles files;
    private final ExportListener listener;
    private final int totalSteps;
    private int done;

    ExportContext(ExportRequest request, ExportPlan plan, PublishSource source, BodyRenderer renderer,
                  BundleFiles files, ExportListener listener, int totalSteps) {
        this.request = request;
        this.plan = plan;
        this.source = source;
        this.renderer = renderer;
        this.files = files;
        this.listener = listener;
        this.totalSteps = totalSteps;
    }

    public ExportRequest request() {
        return request;
    }

    public ExportPlan plan() {
        return plan;
    }

    public PublishSource source() {
        return source;
    }

    public BodyRenderer renderer() {
        return renderer;
    }

    public BundleFiles files() {
        return files;
    }

    public Channel channel() {
        return request.channel();
    }

    public SiteSettings site() {
        return request.site();
    }

    /** Reports one finished step and stops the export if the person cancelled. */
    public void step(String message) throws ExportCancelledException {
        if (listener.isCancelled()) {
            throw new ExportCancelledException();
        }
        done++;
        listener.progress(Math.min(done, totalSteps), totalSteps, message);
    }

    /** Stops the export if the person cancelled. */
    public void checkCancelled() throws ExportCancelledException {
        if (listener.isCancelled()) {
            throw new ExportCancelledException();
        }
    }

    /**
     * An image resolver for one kind of output: workspace images are written to assets/ once and
     * linked as {@code prefix + "assets/<sha>.<ext>"}; web images are kept only when
     * {@code keepWebImages} (a PDF never fetches from the network).
     */
    public UnaryOperator<String> images(String prefix, boolean keepWebImages) {
        return ref -> {
            Optional<Asset> asset = findAsset(ref);
            if (asset.isPresent()) {
                try {
                    return prefix + files.writeAsset(asset.get(), source);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            String r = ref == null ? "" : ref.trim().toLowerCase(java.util.Locale.ROOT);
            if (keepWebImages && (r.startsWith("https://") || r.startsWith("http://"))) {
                return ref.trim();
            }
            return null;
        };
    }

    /** Writes a hero or body image and returns its bundle path. */
    public String writeAsset(Asset asset) throws IOException {
        return files.writeAsset(asset, source);
    }

    private Optional<Asset> findAsset(String ref) {
        if (ref == null || ref.isBlank()) {
            return Optional.empty();
        }
        String r = ref.trim();
        if (Hashing.isSha256(r)) {
            return source.asset(r);
        }
        if (r.contains("/") || r.contains(":")) {
            return Optional.empty();
        }
        return source.assetByFileName(r);
    }
}
