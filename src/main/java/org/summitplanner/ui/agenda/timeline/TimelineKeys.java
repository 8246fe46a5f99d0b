package org.summitplanner.ui.agenda.timeline;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The timeline without a mouse: Tab and Shift+Tab walk the blocks in time order (and leave the
 * timeline past the last one), arrows go to the block above, below or in the next room, Enter
 * activates, Alt+Up/Down asks to move the selected item by five minutes and Alt+Left/Right to
 * the neighbouring room, Escape cancels a drag.
 */
final class TimelineKeys {

    private static final int DAY_END = DayLayout.MINUTES_PER_DAY;

    private final DayTimeline timeline;

    TimelineKeys(DayTimeline timeline) {
        this.timeline = timeline;
    }

    void pressed(KeyEvent e) {
        TimelineDrag drag = timeline.drag();
        if (drag.active()) {
            if (e.getCode() == KeyCode.ESCAPE) {
                drag.cancel();
                e.consume();
            }
            return;
        }
        DayLayout layout = timeline.dayLayout();
        DayLayout.Placed current = layout.placed(timeline.selectedItemIdProperty().get());
        // not "&& !isMetaDown()": some platforms (Monocle) report Meta along with Alt
        if (e.isAltDown() && !e.isControlDown() && !e.isShiftDown()) {
            if (current != null && timeline.movable() && e.getCode().isArrowKey()) {
                timeline.requestMove(altMove(layout, current, e.getCode()));
                e.consume();
            }
            return;
        }
        if (e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
            return;
        }
        DayLayout.Placed next = switch (e.getCode()) {
            case TAB -> layout.step(current, e.isShiftDown() ? -1 : 1);
            case UP, KP_UP -> current == null ? layout.step(null, 1) : layout.vertical(current, -1);
            case DOWN, KP_DOWN -> current == null ? layout.step(null, 1) : layout.vertical(current, 1);
            case LEFT, KP_LEFT -> current == null ? layout.step(null, 1) : layout.horizontal(current, -1);
            case RIGHT, KP_RIGHT -> current == null ? layout.step(null, 1) : layout.horizontal(current, 1);
            default -> null;
        };
        if (next != null) {
            timeline.select(next.item().id());
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && current != null) {
            if (timeline.activate(current.item().id())) {
                e.consume();
            }
        } else if (e.getCode().isArrowKey() && current != null) {
            // at the edge: stay on the block rather than let focus wander off the timeline
            e.consume();
        }
    }

    /** Keys move by exactly five minutes (no snapping) and keep an item inside its day. */
    private MoveRequest altMove(DayLayout layout, DayLayout.Placed current, KeyCode code) {
        int column = current.column();
        return switch (code) {
            case UP, KP_UP -> timeline.move(current, -5, column, 0, DAY_END);
            case DOWN, KP_DOWN -> timeline.move(current, 5, column, 0, DAY_END);
            case LEFT, KP_LEFT -> column > 0 ? timeline.move(current, 0, column - 1, 0, DAY_END) : null;
            case RIGHT, KP_RIGHT -> column < layout.columns().size() - 1
                    ? timeline.move(current, 0, column + 1, 0, DAY_END) : null;
            default -> null;
        };
    }
}
