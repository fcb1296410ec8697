package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.standfirst.app.Standfirst;
import org.standfirst.ui.library.LibraryViewModel;

/**
 * A library that cannot be read says so in one line where the list would be, and start-up goes
 * on (it waits for the first results), instead of "Opening the library…" for ever.
 */
class LibraryProblemTest extends WindowTest {
    @Test
    void aListingThatFailsSaysWhyAndStillCountsAsTheFirstResults() throws Exception {
        AppWorkstation gone = new AppWorkstation(Standfirst.open(Files.createTempDirectory(temp, "gone")), null);
        gone.close(); // every query from now on fails, as on a workspace damaged after opening
        boolean[] refreshed = {false};
        LibraryViewModel vm = Fx.call(() -> new LibraryViewModel(gone, fx.tasks));
        org.standfirst.ui.library.LibraryPane pane = Fx.call(() -> new org.standfirst.ui.library.LibraryPane(vm, "gone"));
        javafx.scene.control.Label placeholder = Fx.call(() -> (javafx.scene.control.Label) pane.itemList().getPlaceholder());
        assertThat(Fx.call(placeholder::getText)).isEqualTo("Opening the library…");
        Fx.call(() -> {
            vm.whenRefreshed(() -> refreshed[0] = true);
            vm.refresh();
            return null;
        });
        Fx.waitUntil(() -> refreshed[0]);
        String said = Fx.call(() -> vm.problemProperty().get());
        assertThat(said).startsWith("The library could not be read: ").doesNotContain("\n");
        assertThat(Fx.call(() -> vm.items().isEmpty())).isTrue();
        assertThat(Fx.call(placeholder::getText)).as("where the list would be").isEqualTo(said);
    }
}
