package org.standfirst.ui.preview;

import java.util.List;
import java.util.Objects;
import org.standfirst.model.ItemContent;
import org.standfirst.ui.Workstation;
import org.standfirst.ui.Workstation.ArticlePreview;
import org.standfirst.ui.Workstation.ReportPreview;

/**
 * What the preview page holds, so each render sends only what changed: a whole page when the
 * document changes, the furniture when a field changes, and otherwise the blocks. Used on the
 * render lane only (one render at a time); reset and forget may come from the FX thread.
 */
public final class PreviewSession {
    private static final String ARTICLE = "article.article";
    private static final String BODY = "#sf-body";

    private final Workstation ws;
    private volatile String document; // "item:<id>" or "report:<id>", or null after a reset
    private volatile String frame;
    private volatile boolean lastWasLoad;
    private volatile boolean frameStale;

    public PreviewSession(Workstation ws) {
        this.ws = ws;
    }

    /** The next render loads a whole page (another item was opened, the preview was shown again). */
    public void reset() {
        document = null;
        frame = null;
    }

    /** The last update never reached the page (dropped as stale): make the next one carry it. */
    public void forget() {
        if (lastWasLoad) {
            reset();
        } else {
            frameStale = true;
        }
    }

    public PreviewUpdate item(String itemId, ItemContent content, String reportId) {
        return item(itemId, content, reportId, List.of());
    }

    /** As {@link #item(String, ItemContent, String)}, with comments and suggestions marked in the body. */
    public PreviewUpdate item(String itemId, ItemContent content, String reportId, List<org.standfirst.ui.review.ReviewMark> marks) {
        if (reportId != null) {
            return section(reportId, itemId, content, marks);
        }
        String doc = "item:" + itemId;
        if (!doc.equals(document)) {
            ArticlePreview p = ws.previewArticle(itemId, content, true, marks);
            document = doc;
            frame = p.frame();
            lastWasLoad = true;
            return PreviewUpdate.load(p.page(), BODY, p.blocks().stream().map(PreviewBlock::key).toList(), false);
        }
        ArticlePreview p = ws.previewArticle(itemId, content, false, marks);
        String newFrame = Objects.equals(p.frame(), frame) && !frameStale ? null : p.frame();
        frame = p.frame();
        frameStale = false;
        lastWasLoad = false;
        return PreviewUpdate.patch(ARTICLE, newFrame, BODY, p.blocks());
    }

    /** A report section being edited: the whole report shows, and only that section's body is patched. */
    private PreviewUpdate section(String reportId, String itemId, ItemContent content,
                                  List<org.standfirst.ui.review.ReviewMark> marks) {
        String doc = "report:" + reportId;
        ReportPreview p = ws.previewReport(reportId, itemId, content, false, marks);
        if (!doc.equals(document) || !Objects.equals(p.frameKey(), frame)) {
            boolean same = doc.equals(document);
            ReportPreview full = ws.previewReport(reportId, itemId, content, true, marks);
            document = doc;
            frame = full.frameKey();
            lastWasLoad = true;
            if (!marks.isEmpty() && full.region() != null && full.blocks() != null) {
                // The report page has the section unmarked: its marked blocks are patched in once it loads.
                return new PreviewUpdate(full.page(), java.util.Map.of(full.region(), List.of()), same, null, null,
                        full.region(), full.blocks());
            }
            return PreviewUpdate.load(full.page(), full.region() == null ? BODY : full.region(),
                    full.blocks() == null ? List.of() : full.blocks().stream().map(PreviewBlock::key).toList(), same);
        }
        lastWasLoad = false;
        return PreviewUpdate.patch(null, null, p.region(), p.blocks());
    }

    /** The whole report, as the report view shows it. */
    public PreviewUpdate report(String reportId) {
        String doc = "report:" + reportId;
        boolean same = doc.equals(document);
        ReportPreview full = ws.previewReport(reportId, null, null, true);
        document = doc;
        frame = full.frameKey();
        lastWasLoad = true;
        return PreviewUpdate.load(full.page(), BODY, List.of(), same);
    }
}
