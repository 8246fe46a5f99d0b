package org.summitplanner.ui.main;

import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Builds the screens of the navigation bar before they are first asked for, one at a time, each in a quiet
 * moment of the FX thread once a summit shows: at UN scale a screen's first open was 1-2 s on a slow
 * machine, most of it making its nodes, styling them and loading the classes of its controls (decision
 * 0049). The window stops it when the user chooses a screen: a build then would hold up the screens the user
 * opens. A click that comes first builds its screen as before, behind the busy sign. FX thread only.
 */
final class ScreenPreparer {

    /** Between two screens, and the wait again while the window is not quiet. */
    private static final Duration PAUSE = Duration.millis(200);

    private final PauseTransition pause = new PauseTransition(PAUSE);
    private final BooleanSupplier quiet;
    private final Consumer<ScreenEntry> prepare;
    private Iterator<ScreenEntry> next;

    /**
     * @param quiet whether nothing the user waits for is going on (no screen opening or reading)
     * @param prepare builds one screen, unless it is built already
     */
    ScreenPreparer(BooleanSupplier quiet, Consumer<ScreenEntry> prepare) {
        this.quiet = quiet;
        this.prepare = prepare;
        pause.setOnFinished(e -> step());
    }

    /** Starts over with these screens, in this order (what was built stays built). */
    void start(List<ScreenEntry> screens) {
        next = screens.iterator();
        pause.playFromStart();
    }

    /** No more screens until the next start (another database or summit). */
    void stop() {
        pause.stop();
        next = null;
    }

    private void step() {
        if (next == null) {
            return;
        }
        if (quiet.getAsBoolean()) {
            if (!next.hasNext()) {
                next = null;
                return;
            }
            prepare.accept(next.next());
        }
        pause.playFromStart();
    }
}
