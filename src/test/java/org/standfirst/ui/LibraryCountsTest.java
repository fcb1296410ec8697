package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.standfirst.ui.library.LibraryViewModel;
import org.standfirst.ui.library.SmartList;

/**
 * The smart lists' counts at start-up: held until the window's first frame is drawn (so counting
 * does not slow it), then counted, and counted with every refresh from then on.
 */
class LibraryCountsTest extends WindowTest {
    @Test
    void heldCountsComeOnceReleasedAndFollowEveryRefreshAfter() throws Exception {
        LibraryViewModel vm = Fx.call(() -> {
            LibraryViewModel v = new LibraryViewModel(fx.ws, fx.tasks);
            v.holdCounts();
            v.refresh();
            return v;
        });
        Fx.waitUntil(() -> !vm.items().isEmpty());
        fx.tasks.runAndWait(() -> null); // the lane runs in order: a held count would have run by now
        assertThat(Fx.call(() -> vm.counts().isEmpty())).as("counts while held").isTrue();

        Fx.call(() -> {
            vm.releaseCounts();
            return null;
        });
        Fx.waitUntil(() -> vm.counts().get(SmartList.ALL) != null);
        int all = Fx.call(() -> vm.counts().get(SmartList.ALL));
        assertThat(all).isEqualTo(fx.ws.list(SmartList.ALL, null, null, null, 1000).size());

        fx.ws.create(org.standfirst.model.ItemKind.NEWS_STORY, "One more");
        Fx.call(() -> {
            vm.refresh();
            return null;
        });
        Fx.waitUntil(() -> vm.counts().get(SmartList.ALL) == all + 1);
    }
}
