package org.standfirst.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The renderer the desktop asks JavaFX for: software only where OpenGL could only be software. */
class RenderingPipelineTest {
    @Test
    void aLinuxMachineWithoutAGraphicsDeviceDrawsInSoftware() {
        assertThat(RenderingPipeline.choose("Linux", null, p -> false)).contains("sw");
    }

    @Test
    void aGraphicsCardKeepsJavaFxsOwnChoice() {
        assertThat(RenderingPipeline.choose("Linux", null, Set.of(Path.of("/dev/dri"))::contains)).isEmpty();
        assertThat(RenderingPipeline.choose("Linux", null, Set.of(Path.of("/dev/nvidiactl"))::contains)).isEmpty();
    }

    @Test
    void anOrderGivenOnTheCommandLineWins() {
        assertThat(RenderingPipeline.choose("Linux", "es2", p -> false)).isEmpty();
    }

    @Test
    void otherSystemsAreLeftAlone() {
        assertThat(RenderingPipeline.choose("Windows 11", null, p -> false)).isEmpty();
        assertThat(RenderingPipeline.choose("Mac OS X", null, p -> false)).isEmpty();
    }
}
