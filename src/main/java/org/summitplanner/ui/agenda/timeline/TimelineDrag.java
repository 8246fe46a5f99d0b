package org.summitplanner.ui.agenda.timeline;

import java.time.Duration;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Dragging a block: up and down changes its time (snapped to five minutes, duration kept), left
 * and right its room. A ghost shows where it would go and at what time; on release the timeline
 * asks for the move once. Escape (handled by the timeline) cancels.
 */
final class TimelineDrag {

    static final int SNAP_MINUTES = 5;
    /** Pixels the pointer must travel before a press becomes a drag, so a click never moves anything. */
    private static final double THRESHOLD = 4;
    /** Most pixels scrolled per mouse event when the pointer leaves the view during a drag. */
    private static final double AUTO_SCROLL = 24;

    private final DayTimeline timeline;
    private final Label ghost = new Label();
    private TimelineBlock source;
    private Point2D pressedAt;
    private boolean active;
    private MoveRequest target;

    TimelineDrag(DayTimeline timeline) {
        this.timeline = timeline;
        ghost.getStyleClass().add("timeline-ghost");
        ghost.setAlignment(Pos.TOP_LEFT);
        ghost.setWrapText(true);
        ghost.setManaged(false);
        ghost.setVisible(false);
        ghost.setMouseTransparent(true);
        timeline.grid.overlay.getChildren().add(ghost);
        Node body = timeline.grid.body;
        body.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        body.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        body.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        body.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    boolean active() {
        return active;
    }

    /** Ends the drag without asking for anything; the mouse events up to the release are ignored. */
    void cancel() {
        if (source != null) {
            source.pseudoClassStateChanged(TimelineBlock.DRAGGING, false);
        }
        ghost.setVisible(false);
        timeline.setCursor(null);
        active = false;
        source = null;
        target = null;
    }

    private void pressed(MouseEvent e) {
        timeline.requestFocus();
        cancel();
        TimelineBlock block = blockOf(e.getPickResult().getIntersectedNode());
        if (block == null || e.getButton() != MouseButton.PRIMARY || !timeline.movable()) {
            if (block != null) {
                timeline.select(block.itemId());
            }
            return;
        }
        timeline.select(block.itemId());
        source = block;
        pressedAt = contentPoint(e);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (source == null) {
            return;
        }
        e.consume();
        if (!active && contentPoint(e).distance(pressedAt) < THRESHOLD) {
            return;
        }
        if (!active) {
            active = true;
            source.pseudoClassStateChanged(TimelineBlock.DRAGGING, true);
            ghost.setVisible(true);
            timeline.setCursor(Cursor.MOVE);
        }
        autoScroll(e);
        aim(contentPoint(e));
    }

    private void released(MouseEvent e) {
        if (source == null) {
            return;
        }
        e.consume();
        MoveRequest request = active ? target : null;
        cancel();
        timeline.requestMove(request);
    }

    private void clicked(MouseEvent e) {
        TimelineBlock block = blockOf(e.getPickResult().getIntersectedNode());
        if (block != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
            timeline.activate(block.itemId());
            e.consume();
        }
    }

    /** Where the block would go for the pointer at {@code p}: snapped, clamped to the axis, shown by the ghost. */
    private void aim(Point2D p) {
        DayLayout layout = timeline.dayLayout();
        TimelineGrid grid = timeline.grid;
        DayLayout.Placed placed = source.placed();
        double minutes = (p.getY() - pressedAt.getY()) / grid.pixelsPerMinute();
        int snappedStart = snap(placed.startMinute());
        int aimed = snap((int) Math.round(placed.startMinute() + minutes));
        int delta = aimed == snappedStart ? 0 : aimed - placed.startMinute();
        int columns = layout.columns().size();
        int column = (int) Math.max(0, Math.min(columns - 1, Math.floor(p.getX() / grid.columnWidth())));
        target = timeline.move(placed, delta, column, layout.firstMinute(), layout.lastMinute());

        TimelineItem item = placed.item();
        int shownDelta = target == null ? 0 : (int) Duration.between(item.start(), target.start()).toMinutes();
        int shownColumn = target == null ? placed.column() : column;
        String text = timeline.timeRange(item.start().plusMinutes(shownDelta), item.end().plusMinutes(shownDelta));
        if (shownColumn != placed.column()) {
            text += "\n" + timeline.roomName(layout.columns().get(shownColumn));
        }
        ghost.setText(text);
        double x = shownColumn * grid.columnWidth() + 2;
        double y = grid.y(placed.startMinute() + shownDelta);
        ghost.resizeRelocate(x, y, grid.columnWidth() - 4, Math.max(source.getHeight(), ghost.prefHeight(-1)));
        ghost.toFront();
    }

    private void autoScroll(MouseEvent e) {
        Point2D p = timeline.grid.body.sceneToLocal(e.getSceneX(), e.getSceneY());
        double width = timeline.grid.body.getWidth();
        double height = timeline.grid.body.getHeight();
        double dx = p.getX() < 0 ? Math.max(p.getX(), -AUTO_SCROLL)
                : p.getX() > width ? Math.min(p.getX() - width, AUTO_SCROLL) : 0;
        double dy = p.getY() < 0 ? Math.max(p.getY(), -AUTO_SCROLL)
                : p.getY() > height ? Math.min(p.getY() - height, AUTO_SCROLL) : 0;
        if (dx != 0 || dy != 0) {
            timeline.scrollBy(dx, dy);
        }
    }

    private Point2D contentPoint(MouseEvent e) {
        return timeline.grid.bodyContent.sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    static int snap(int minute) {
        return Math.round(minute / (float) SNAP_MINUTES) * SNAP_MINUTES;
    }

    private static TimelineBlock blockOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TimelineBlock block) {
                return block;
            }
        }
        return null;
    }
}
