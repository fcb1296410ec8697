package org.standfirst.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks JavaFX's software renderer on a Linux machine with no graphics device. There, OpenGL is
 * Mesa's software rasteriser, which JavaFX tries first and then turns down; the attempt loads Mesa
 * and LLVM (about 55 MB that stay resident) and costs start-up time, only to end on the software
 * renderer anyway. A machine with a graphics card keeps JavaFX's own choice, and a {@code
 * prism.order} given on the command line always wins.
 */
final class RenderingPipeline {
    static final String PROPERTY = "prism.order";
    private static final Logger LOG = LoggerFactory.getLogger(RenderingPipeline.class);
    /** Device nodes of a graphics card: Mesa's drivers (Intel, AMD, nouveau…) and NVIDIA's own. */
    private static final Path[] GRAPHICS_DEVICES = {Path.of("/dev/dri"), Path.of("/dev/nvidiactl")};

    private RenderingPipeline() {
    }

    /** Sets the pipeline for this machine before the toolkit starts (it reads the property once). */
    static void chooseForThisMachine() {
        choose(System.getProperty("os.name", ""), System.getProperty(PROPERTY), Files::exists).ifPresent(order -> {
            LOG.debug("No graphics device: drawing with JavaFX's software renderer");
            System.setProperty(PROPERTY, order);
        });
    }

    /** The pipeline order to set, if any: "sw" on Linux when none of the graphics devices exists. */
    static Optional<String> choose(String osName, String given, Predicate<Path> exists) {
        if (given != null || !osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        for (Path device : GRAPHICS_DEVICES) {
            if (exists.test(device)) {
                return Optional.empty();
            }
        }
        return Optional.of("sw");
    }
}
