package org.summitplanner.ui.agenda.timeline;

import java.util.Locale;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * One agenda item drawn as a block: its time range, its title (wrapped, cut with an ellipsis when
 * the block is short), a lock when it is closed-door. Blocks are reused across data changes, so
 * everything is set in {@link #show}.
 */
final class TimelineBlock extends Region {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    static final PseudoClass CLASH = PseudoClass.getPseudoClass("clash");
    static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("dragging");

    /** A padlock, 9 x 11, drawn rather than an emoji glyph that many fonts lack. */
    private static final String LOCK = "M1.5 5V3.5a3 3 0 0 1 6 0V5H9v6H0V5zM3 5h3V3.5a1.5 1.5 0 0 0-3 0z";
    private static final double LOCK_WIDTH = 9;
    private static final double GAP = 4;
    private static final double MARK_RADIUS = 4;
    /** Narrower than this, a title is kept to one line: wrapping would break its words apart. */
    private static final double WRAP_WIDTH = 64;

    private final Label time = new Label();
    private final Label title = new Label();
    private final SVGPath lock = new SVGPath();
    /** Findings of the scheduling checks: red for an error, amber for warnings only. */
    private final Circle mark = new Circle(MARK_RADIUS);
    private final Function<DayLayout.Placed, String> tooltipText;
    private DayLayout.Placed placed;
    private String fullTime = "";
    private String shortTime = "";
    private Font measuredFont;
    private String measuredTime;
    private double fullWidth;
    private double shortWidth;
    private String kindClass;
    private Tooltip tooltip;

    TimelineBlock(Function<DayLayout.Placed, String> tooltipText) {
        this.tooltipText = tooltipText;
        getStyleClass().add("timeline-block");
        time.getStyleClass().add("timeline-block-time");
        title.getStyleClass().add("timeline-block-title");
        lock.getStyleClass().add("timeline-lock");
        lock.setContent(LOCK);
        time.setTextOverrun(OverrunStyle.CLIP);
        title.setWrapText(true);
        title.setAlignment(Pos.TOP_LEFT);
        time.setMinWidth(0);
        title.setMinSize(0, 0);
        mark.getStyleClass().add("timeline-finding-mark");
        mark.setManaged(false);
        mark.setVisible(false);
        getChildren().addAll(time, title, lock, mark);
        setManaged(false);
        // a Tooltip is a window of its own: make one only for the blocks the pointer visits
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (tooltip == null) {
                tooltip = new Tooltip();
                // written when shown, from what the block shows then (the findings' words are written lazily)
                tooltip.setOnShowing(shown -> tooltip.setText(tooltipText.apply(placed)));
                Tooltip.install(this, tooltip);
            }
        });
    }

    /**
     * @param timeRange "09:30–10:45"
     * @param startTime "09:30", for blocks too narrow for the range
     */
    void show(DayLayout.Placed placed, String timeRange, String startTime, boolean selected, DayTimeline.Mark finding) {
        mark(finding);
        this.placed = placed;
        TimelineItem item = placed.item();
        setUserData(item.id());
        setId("timeline-item-" + item.id());
        fullTime = timeRange;
        shortTime = startTime;
        time.setText(timeRange);
        title.setText(item.title());
        String kind = "kind-" + item.kind().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!kind.equals(kindClass)) {
            if (kindClass != null) {
                getStyleClass().remove(kindClass);
            }
            getStyleClass().add(kind);
            kindClass = kind;
        }
        pseudoClassStateChanged(CLOSED, item.closed());
        pseudoClassStateChanged(CLASH, placed.clash());
        pseudoClassStateChanged(SELECTED, selected);
        pseudoClassStateChanged(DRAGGING, false);
    }

    /** Shows what the checks found about the item (null: nothing), without placing the block again. */
    void mark(DayTimeline.Mark finding) {
        mark.setVisible(finding != null);
        // a style class changed, even to what it was, styles the node again: 400 blocks per day at UN scale
        boolean warning = finding != null && !finding.error();
        if (warning != mark.getStyleClass().contains("finding-warning")) {
            if (warning) {
                mark.getStyleClass().add("finding-warning");
            } else {
                mark.getStyleClass().remove("finding-warning");
            }
        }
    }

    DayLayout.Placed placed() {
        return placed;
    }

    long itemId() {
        return placed.item().id();
    }

    String timeText() {
        return time.getText();
    }

    String titleText() {
        return title.getText();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = Math.max(0, getWidth() - x - in.getRight());
        double h = Math.max(0, getHeight() - y - in.getBottom());
        double line = time.prefHeight(-1);
        // the findings dot sits in the bottom right corner, clear of the time and the lock
        mark.relocate(getWidth() - 3 * MARK_RADIUS - 1, getHeight() - 3 * MARK_RADIUS - 1);
        boolean fits = h >= line * 0.7;
        time.setVisible(fits);
        title.setVisible(fits);
        // the longest time that fits, then the lock if there is room; a cut "09:" would mislead
        measure();
        boolean closed = placed.item().closed();
        double lockSpace = LOCK_WIDTH + GAP;
        String timeText;
        boolean showLock = closed;
        if (fullWidth <= w - (closed ? lockSpace : 0)) {
            timeText = fullTime;
        } else if (shortWidth <= w - (closed ? lockSpace : 0)) {
            timeText = shortTime;
        } else {
            showLock = false;
            timeText = shortWidth <= w ? shortTime : "";
        }
        // setters only on a change: each one asks for another layout pass
        if (!timeText.equals(time.getText())) {
            time.setText(timeText);
        }
        if (showLock != lock.isVisible()) {
            lock.setVisible(showLock);
        }
        boolean wrap = w >= WRAP_WIDTH;
        if (wrap != title.isWrapText()) {
            title.setWrapText(wrap);
        }
        double timeWidth = timeText.isEmpty() ? 0 : Math.min(timeText == fullTime ? fullWidth : shortWidth, w);
        double lockWidth = showLock ? lockSpace : 0;
        if (h >= line * 1.8 && !timeText.isEmpty()) {
            // tall: time on the first line, the title wrapped below it
            time.resizeRelocate(x, y, Math.max(0, w - lockWidth), line);
            title.resizeRelocate(x, y + line, w, h - line);
            lock.relocate(x + w - LOCK_WIDTH, y + (line - 11) / 2);
        } else if (h >= line * 1.8) {
            time.resizeRelocate(x, y, 0, line);
            title.resizeRelocate(x, y, w, h);
        } else {
            // short: one line, time then title
            double top = y + (h - line) / 2;
            time.resizeRelocate(x, top, timeWidth, line);
            double titleX = x + timeWidth + (timeWidth > 0 ? GAP : 0);
            title.resizeRelocate(titleX, top, Math.max(0, x + w - lockWidth - titleX), line);
            lock.relocate(x + w - LOCK_WIDTH, y + (h - 11) / 2);
        }
    }

    private void measure() {
        Font font = time.getFont();
        if (font.equals(measuredFont) && fullTime.equals(measuredTime)) {
            return;
        }
        Text text = new Text(fullTime);
        text.setFont(font);
        fullWidth = Math.ceil(text.getLayoutBounds().getWidth()) + 1;
        text.setText(shortTime);
        shortWidth = Math.ceil(text.getLayoutBounds().getWidth()) + 1;
        measuredFont = font;
        measuredTime = fullTime;
    }
}
