package org.summitplanner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The warm-up of decision 0053, on a thread of its own as the window runs it. */
class ControlsWarmUpTest {

    private static final List<String> STYLESHEETS = List.of(
            ControlsWarmUpTest.class.getResource("/org/summitplanner/ui/summit-planner.css").toExternalForm());

    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopThread() {
        thread.shutdownNow();
    }

    @Test
    void stylesEveryThrowawaySceneOffTheFxThreadWithEveryControlSkinned() throws Exception {
        // a control JavaFX refuses off its thread, or one left without a skin, ends the count early
        int styled = new ControlsWarmUp(STYLESHEETS).start(thread).get(120, TimeUnit.SECONDS);
        assertEquals(ControlsWarmUp.scenes(), styled);
    }

    @Test
    void stoppedBeforeItRunsStylesNothing() throws Exception {
        ControlsWarmUp warmUp = new ControlsWarmUp(STYLESHEETS);
        warmUp.stop();
        assertEquals(0, warmUp.start(thread).get(60, TimeUnit.SECONDS));
    }
}
