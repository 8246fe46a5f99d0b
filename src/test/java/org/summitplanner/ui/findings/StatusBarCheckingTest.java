package org.summitplanner.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.summitplanner.ui.ScreenTestSupport;

/** The status bar while the summit's first check runs (long at UN scale): it says so, never "no errors". */
class StatusBarCheckingTest extends ScreenTestSupport {

    @Override
    protected boolean holdChecks() {
        return true;
    }

    @Test
    void untilTheFirstCheckEndsTheStatusBarSaysItIsChecking() throws Exception {
        assertEquals("\u25CF checking the schedule \u2026", text("#errorCount"));
        assertFalse(robot.lookup("#warningCount").queryAs(Node.class).isVisible());
        assertTrue(robot.lookup("#errorCount").queryAs(Node.class).getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("checking")));

        checksReleased.countDown();
        waitUntil(() -> "\u25CF 4 errors".equals(text("#errorCount")));
        assertEquals("\u25B2 6 warnings", text("#warningCount"));
        assertTrue(robot.lookup("#warningCount").queryAs(Node.class).isVisible());
    }
}
