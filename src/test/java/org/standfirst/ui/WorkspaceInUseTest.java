package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standfirst.app.Standfirst;

/** A second Standfirst on the same workspace: the desktop says what to do in its own words, in one line. */
class WorkspaceInUseTest {
    @TempDir
    Path folder;

    @Test
    void theSecondWindowIsToldToUseTheFirstNotTheCommandLine() {
        Standfirst.Options options = Standfirst.Options.defaults().withoutSample().withoutBackups();
        try (Standfirst first = Standfirst.open(folder, options)) {
            Throwable refused = catchThrowable(() -> Standfirst.open(folder, options).close());
            assertThat(refused).isNotNull();
            assertThat(StandfirstApp.cannotOpenMessage(refused)).isEqualTo("The workspace " + folder
                    + " is open in another Standfirst window: work in that window, or close it and start Standfirst again.");
        }
    }
}
