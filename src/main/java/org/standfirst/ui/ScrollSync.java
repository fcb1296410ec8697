package org.standfirst.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.standfirst.ui.editor.MarkdownEditor;
import org.standfirst.ui.preview.PreviewPane;

/**
 * Keeps the editor and the preview at the same place in the text, both ways. The side the
 * writer last scrolled, clicked or typed in leads and the other follows; a follower's own scroll
 * (moved by us) is never sent back, so the two cannot chase each other or jitter.
 */
final class ScrollSync {
    enum Side { EDITOR, PREVIEW }

    private final MarkdownEditor body;
    private PreviewPane preview;
    private Side leader = Side.EDITOR;
    private boolean readQueued;
    // WebKit may still be moving the page after the input event (a smooth scroll): read it again
    // a moment later, and again while it is still moving.
    private final PauseTransition settle = new PauseTransition(Duration.millis(100));
    private double lastY = -1;
    private int settleReads;
    private long editorMoves;

    ScrollSync(MarkdownEditor body, Node editorScroller) {
        this.body = body;
        editorScroller.addEventFilter(ScrollEvent.SCROLL, e -> leader = Side.EDITOR);
        editorScroller.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> leader = Side.EDITOR);
        body.addEventFilter(KeyEvent.KEY_PRESSED, e -> leader = Side.EDITOR);
        body.estimatedScrollYProperty().addListener((o, a, b) -> followEditor());
        settle.setOnFinished(e -> {
            followPreview();
            double y = preview == null ? -1 : preview.scrollY();
            if (y != lastY && ++settleReads < 20) {
                lastY = y;
                settle.playFromStart();
            }
        });
    }

    /** Starts listening to the preview once it exists (it is made after the window shows). */
    void attach(PreviewPane pane) {
        this.preview = pane;
        Node web = pane.webView();
        web.addEventFilter(ScrollEvent.SCROLL, e -> previewMoved());
        web.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> leader = Side.PREVIEW);
        web.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> previewMoved());
        web.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> previewMoved());
        web.addEventFilter(KeyEvent.KEY_PRESSED, e -> previewMoved());
    }

    /** Which side leads now (tests). */
    Side leader() {
        return leader;
    }

    /** How many times the editor has been moved to follow the preview (tests). */
    long editorMoves() {
        return editorMoves;
    }

    private void previewMoved() {
        leader = Side.PREVIEW;
        // The WebView handles the event after this filter: read where the page is once it has.
        if (!readQueued) {
            readQueued = true;
            Platform.runLater(() -> {
                readQueued = false;
                followPreview();
            });
        }
        settleReads = 0;
        lastY = -1;
        settle.playFromStart();
    }

    private void followEditor() {
        if (leader != Side.EDITOR || preview == null || !preview.isReady() || body.getParagraphs().isEmpty()) {
            return;
        }
        int first = body.firstVisibleParToAllParIndex();
        // At the very top of the body the page shows from its top too: the headline, standfirst
        // and image (or the section's heading) sit above the body's first line.
        boolean atTop = first == 0 && body.getEstimatedScrollY() < 1;
        preview.scrollToLine(atTop ? 0 : first + 1, 0);
    }

    private void followPreview() {
        if (leader != Side.PREVIEW || preview == null || !preview.isReady()) {
            return;
        }
        double line = preview.topPosition();
        if (line < 1) {
            return;
        }
        int paragraph = Math.min((int) Math.floor(line) - 1, body.getParagraphs().size() - 1);
        if (paragraph >= 0 && paragraph != body.firstVisibleParToAllParIndex()) {
            body.showParagraphAtTop(paragraph);
            editorMoves++;
        }
    }
}
