package org.summitplanner.ui.agenda.timeline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.summitplanner.ui.common.Messages;

/**
 * The agenda of one day: a time axis on the left, one column per room, items as blocks sized by
 * duration. Items that overlap in a room stand side by side (a clash the user must see). A block
 * can be dragged to another time or room and moved with Alt+arrows; the control only asks for the
 * move ({@link #setOnMoveRequested}): the caller saves it and calls {@link #setItems} again, so a
 * refused save leaves the block where it was.
 *
 * <p>Strings come from {@code ui/agenda/timeline/messages.properties} ({@link #messages}); the
 * look from the "day timeline" block of {@code summit-planner.css}.
 */
public final class DayTimeline extends Region {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final double AXIS_WIDTH = 52;
    private static final double HEADER_HEIGHT = 42;
    /** Below a minute's worth of pixels a zero-length item would vanish. */
    private static final double MIN_BLOCK_HEIGHT = 5;

    private final ResourceBundle messages;
    private final ObjectProperty<Long> selectedItemId = new SimpleObjectProperty<>(this, "selectedItemId");
    private final DoubleProperty hourHeight = new SimpleDoubleProperty(this, "hourHeight", 72);
    private final DoubleProperty minColumnWidth = new SimpleDoubleProperty(this, "minColumnWidth", 130);

    private LocalDate day;
    private List<TimelineRoom> rooms = List.of();
    private List<TimelineItem> items = List.of();
    private Map<Long, Mark> marks = Map.of();
    private int fromMinute = 7 * 60;
    private int toMinute = 22 * 60;
    private DayLayout layout;
    private boolean stale = true;
    /** False while the control is not on screen (in a tab that is not chosen): then nothing is built. */
    private boolean showing = true;
    private Consumer<MoveRequest> onMoveRequested;
    private Consumer<Long> onItemActivated;
    /** An item to scroll to once it is laid out (selected from outside, maybe before its day was shown). */
    private Long reveal;

    final TimelineGrid grid;
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final Region corner = new Region();
    private final Label placeholder = new Label();
    private final Map<Long, TimelineBlock> blocks = new HashMap<>();
    private final TimelineDrag drag;

    public DayTimeline(ResourceBundle messages) {
        this.messages = messages;
        getStyleClass().add("day-timeline");
        setFocusTraversable(true);
        grid = new TimelineGrid(messages);
        vbar.setOrientation(Orientation.VERTICAL);
        corner.getStyleClass().add("timeline-corner");
        placeholder.getStyleClass().add("timeline-placeholder");
        placeholder.setText(messages.getString("timeline.noRooms"));
        placeholder.setManaged(false);
        getChildren().addAll(grid.body, grid.header, grid.axis, corner, hbar, vbar, placeholder);
        hbar.valueProperty().addListener((o, a, b) -> grid.scrollTo(hbar.getValue(), vbar.getValue()));
        vbar.valueProperty().addListener((o, a, b) -> grid.scrollTo(hbar.getValue(), vbar.getValue()));
        hbar.setUnitIncrement(24);
        vbar.setUnitIncrement(24);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(KeyEvent.KEY_PRESSED, new TimelineKeys(this)::pressed);
        selectedItemId.addListener((o, before, now) -> selectionChanged(before, now));
        hourHeight.addListener(o -> requestLayout());
        minColumnWidth.addListener(o -> requestLayout());
        drag = new TimelineDrag(this);
    }

    /** The control's own strings over the common ones. */
    public static ResourceBundle messages(ResourceBundle common) {
        return Messages.forScreen("agenda.timeline", common);
    }

    /**
     * Whether the control is on screen. While it is not (a tab that is not chosen), changes are not built
     * into blocks: at UN scale a day is hundreds of blocks to make and style, which opening the agenda on its
     * list paid for nothing. They are built when it is shown again.
     */
    public void setShowing(boolean showing) {
        this.showing = showing;
        if (showing && stale) {
            requestLayout();
        }
    }

    public void setDay(LocalDate day) {
        this.day = day;
        invalidate();
    }

    public LocalDate getDay() {
        return day;
    }

    public void setRooms(List<TimelineRoom> rooms) {
        this.rooms = List.copyOf(rooms);
        invalidate();
    }

    /** All items, of any day: only those of {@link #setDay the day} are shown, clipped to it. */
    public void setItems(List<TimelineItem> items) {
        this.items = List.copyOf(items);
        invalidate();
    }

    /**
     * What the scheduling checks found about an item: a dot on its block and a line in its tooltip.
     *
     * @param error an error rather than only warnings
     * @param words the findings in words, one per line; written only when a tooltip shows them (a check at
     *              UN scale marks thousands of items, and few tooltips are ever opened)
     */
    public record Mark(boolean error, java.util.function.Supplier<String> words) {

        public String text() {
            return words.get();
        }
    }

    /** Marks by item id; items without one are unmarked. */
    public void setMarks(Map<Long, Mark> marks) {
        this.marks = Map.copyOf(marks);
        if (stale) {
            // the rebuild that is due marks the blocks
            requestLayout();
            return;
        }
        // nothing moved: the day is not laid out again (at UN scale every check's result would cost one)
        blocks.forEach((id, block) -> block.mark(this.marks.get(id)));
    }

    /** The language of the control's strings. */
    public java.util.Locale locale() {
        return messages.getLocale() == null ? java.util.Locale.ENGLISH : messages.getLocale();
    }

    /** The hours the axis shows at least (07:00 to 22:00 unless set); it widens to fit every item. */
    public void setDayRange(LocalTime from, LocalTime to) {
        fromMinute = from.getHour() * 60;
        toMinute = to == LocalTime.MIDNIGHT ? DayLayout.MINUTES_PER_DAY : (to.getHour() * 60 + (to.getMinute() > 0 ? 60 : 0));
        invalidate();
    }

    public ObjectProperty<Long> selectedItemIdProperty() {
        return selectedItemId;
    }

    /** Called once per drag or Alt+arrow with where the user wants the item; null: moving is off. */
    public void setOnMoveRequested(Consumer<MoveRequest> handler) {
        onMoveRequested = handler;
    }

    /** Called with the item's id on a double click or Enter (to open it in the form). */
    public void setOnItemActivated(Consumer<Long> handler) {
        onItemActivated = handler;
    }

    /** Pixels per hour of the axis. */
    public DoubleProperty hourHeightProperty() {
        return hourHeight;
    }

    /** Columns share the width equally but never get narrower than this: then the timeline scrolls. */
    public DoubleProperty minColumnWidthProperty() {
        return minColumnWidth;
    }

    /** Scrolls so that the item's block is visible (if it is on the shown day). */
    public void scrollToItem(long itemId) {
        reveal = itemId;
        requestLayout();
    }

    // ---- for the drag, the grid and tests in this package

    DayLayout dayLayout() {
        if (stale) {
            rebuild();
        }
        return layout;
    }

    TimelineBlock block(long itemId) {
        dayLayout();
        return blocks.get(itemId);
    }

    double pixelsPerMinute() {
        return hourHeight.get() / 60;
    }

    String timeRange(LocalDateTime start, LocalDateTime end) {
        return HH_MM.format(start) + "\u2013" + HH_MM.format(end);
    }

    String roomName(DayLayout.Column column) {
        return column.noRoom() ? messages.getString("timeline.noRoom") : column.name();
    }

    TimelineDrag drag() {
        return drag;
    }

    boolean movable() {
        return onMoveRequested != null;
    }

    void requestMove(MoveRequest request) {
        if (onMoveRequested != null && request != null) {
            onMoveRequested.accept(request);
        }
    }

    void select(long itemId) {
        selectedItemId.set(itemId);
    }

    /** Scrolls by (dx, dy) pixels, within the content. */
    void scrollBy(double dx, double dy) {
        hbar.setValue(clamp(hbar.getValue() + dx, hbar.getMax()));
        vbar.setValue(clamp(vbar.getValue() + dy, vbar.getMax()));
    }

    /**
     * The same item moved by {@code delta} minutes into {@code column}, or null when that is where
     * it already is. Items that lie inside [lo, hi) (minutes of the day) stay inside; an item that
     * crosses the edge keeps at least five minutes inside.
     */
    MoveRequest move(DayLayout.Placed placed, int delta, int column, int lo, int hi) {
        TimelineItem item = placed.item();
        long start = Duration.between(day.atStartOfDay(), item.start()).toMinutes();
        long end = Math.max(start, Duration.between(day.atStartOfDay(), item.end()).toMinutes());
        long d = delta;
        d = Math.max(d, Math.min(0, start >= lo ? lo - start : lo + 5 - end));
        d = Math.min(d, Math.max(0, end <= hi ? hi - end : hi - 5 - start));
        if (d == 0 && column == placed.column()) {
            return null;
        }
        long roomId = dayLayout().columns().get(column).roomId();
        return new MoveRequest(item.id(), roomId, item.start().plusMinutes(d), item.end().plusMinutes(d));
    }

    // ---- building and laying out

    private void invalidate() {
        stale = true;
        requestLayout();
    }

    private void rebuild() {
        stale = false;
        if (drag.active()) {
            drag.cancel();
        }
        layout = DayLayout.of(day, rooms, items, fromMinute, toMinute);
        grid.rebuild(layout, this::roomName);
        // an item keeps its block across data changes (a save moves it: nothing is rebuilt). Blocks of
        // items that are gone are dropped, not handed to other items: restyling a block that is already
        // in the scene measured slower than styling a new one (400 items: ~150 ms against ~55 ms of CPU)
        Map<Long, TimelineBlock> old = new HashMap<>(blocks);
        blocks.clear();
        List<TimelineBlock> added = new ArrayList<>();
        Long selected = selectedItemId.get();
        for (DayLayout.Placed p : layout.inReadingOrder()) {
            TimelineBlock block = old.remove(p.item().id());
            if (block == null) {
                block = new TimelineBlock(this::tooltip);
                added.add(block);
            }
            block.show(p, timeRange(p.item().start(), p.item().end()), HH_MM.format(p.item().start()),
                    Long.valueOf(p.item().id()).equals(selected), marks.get(p.item().id()));
            blocks.put(p.item().id(), block);
        }
        grid.blocks.getChildren().removeAll(new HashSet<>(old.values()));
        grid.blocks.getChildren().addAll(added);
        placeholder.setVisible(layout.columns().isEmpty());
    }

    private String tooltip(DayLayout.Placed p) {
        TimelineItem item = p.item();
        String kind = messages.containsKey("kind." + item.kind()) ? messages.getString("kind." + item.kind()) : item.kind();
        StringBuilder text = new StringBuilder(item.title()).append('\n')
                .append(Messages.format(messages, "timeline.tooltip.item", timeRange(item.start(), item.end()),
                        roomName(layout.columns().get(p.column())), kind));
        if (item.closed()) {
            text.append('\n').append(messages.getString("timeline.tooltip.closed"));
        }
        if (p.clash()) {
            text.append('\n').append(messages.getString("timeline.tooltip.clash"));
        }
        Mark mark = marks.get(item.id());
        if (mark != null) {
            text.append('\n').append(mark.text());
        }
        return text.toString();
    }

    @Override
    protected void layoutChildren() {
        if (stale && !showing) {
            return;
        }
        DayLayout l = dayLayout();
        Insets in = getInsets();
        double left = in.getLeft();
        double top = in.getTop();
        double availableWidth = Math.max(0, getWidth() - left - in.getRight() - AXIS_WIDTH);
        double availableHeight = Math.max(0, getHeight() - top - in.getBottom() - HEADER_HEIGHT);
        int columns = l.columns().size();
        double contentHeight = (l.lastMinute() - l.firstMinute()) * pixelsPerMinute();
        double barWidth = vbar.prefWidth(-1);
        double barHeight = hbar.prefHeight(-1);
        boolean vertical = contentHeight > availableHeight;
        double columnWidth = columnWidth(columns, availableWidth - (vertical ? barWidth : 0));
        boolean horizontal = columns * columnWidth > availableWidth - (vertical ? barWidth : 0) + 0.5;
        if (horizontal && !vertical && contentHeight > availableHeight - barHeight) {
            vertical = true;
            columnWidth = columnWidth(columns, availableWidth - barWidth);
        }
        double viewportWidth = availableWidth - (vertical ? barWidth : 0);
        double viewportHeight = Math.max(0, availableHeight - (horizontal ? barHeight : 0));
        double contentWidth = columns * columnWidth;

        corner.resizeRelocate(left, top, AXIS_WIDTH, HEADER_HEIGHT);
        grid.header.resizeRelocate(left + AXIS_WIDTH, top, viewportWidth, HEADER_HEIGHT);
        grid.axis.resizeRelocate(left, top + HEADER_HEIGHT, AXIS_WIDTH, viewportHeight);
        grid.body.resizeRelocate(left + AXIS_WIDTH, top + HEADER_HEIGHT, viewportWidth, viewportHeight);
        vbar.setVisible(vertical);
        hbar.setVisible(horizontal);
        vbar.resizeRelocate(left + AXIS_WIDTH + viewportWidth, top + HEADER_HEIGHT, barWidth, viewportHeight);
        hbar.resizeRelocate(left + AXIS_WIDTH, top + HEADER_HEIGHT + viewportHeight, viewportWidth, barHeight);
        configure(hbar, contentWidth, viewportWidth);
        configure(vbar, contentHeight, viewportHeight);
        placeholder.autosize();
        placeholder.relocate(left + (getWidth() - placeholder.getWidth()) / 2, top + HEADER_HEIGHT + 24);

        grid.layout(l, columnWidth, pixelsPerMinute(), contentWidth, contentHeight, HEADER_HEIGHT, AXIS_WIDTH);
        double ppm = pixelsPerMinute();
        for (TimelineBlock block : blocks.values()) {
            DayLayout.Placed p = block.placed();
            // 2 px from the column's lines, 1 px between lanes: narrow lanes need every pixel
            double inner = columnWidth - 4;
            double laneWidth = inner / p.lanes();
            double x = snapPositionX(p.column() * columnWidth + 2 + p.lane() * laneWidth + (p.lane() > 0 ? 1 : 0));
            double y = snapPositionY((p.startMinute() - l.firstMinute()) * ppm);
            double bottom = snapPositionY((p.endMinute() - l.firstMinute()) * ppm);
            double right = snapPositionX(p.column() * columnWidth + 2 + (p.lane() + 1) * laneWidth);
            block.resizeRelocate(x, y, Math.max(0, right - x), Math.max(MIN_BLOCK_HEIGHT, bottom - y - 1));
        }
        grid.scrollTo(hbar.getValue(), vbar.getValue());
        if (reveal != null && blocks.containsKey(reveal)) {
            revealBlock(blocks.get(reveal));
            reveal = null;
        }
    }

    private double columnWidth(int columns, double width) {
        return columns == 0 ? 0 : Math.max(minColumnWidth.get(), width / columns);
    }

    private static void configure(ScrollBar bar, double content, double viewport) {
        double max = Math.max(0, content - viewport);
        bar.setMin(0);
        bar.setMax(max);
        bar.setVisibleAmount(content <= 0 ? 0 : max * viewport / content);
        bar.setBlockIncrement(Math.max(24, viewport * 0.9));
        bar.setValue(clamp(bar.getValue(), max));
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }

    /** The least scrolling that shows the whole block (or its top, when it is taller than the view). */
    private void revealBlock(TimelineBlock block) {
        double viewportWidth = grid.body.getWidth();
        double viewportHeight = grid.body.getHeight();
        double h = hbar.getValue();
        double v = vbar.getValue();
        double margin = 8;
        if (block.getLayoutX() < h || block.getWidth() > viewportWidth) {
            h = block.getLayoutX() - margin;
        } else if (block.getLayoutX() + block.getWidth() > h + viewportWidth) {
            h = block.getLayoutX() + block.getWidth() - viewportWidth + margin;
        }
        if (block.getLayoutY() < v || block.getHeight() > viewportHeight) {
            v = block.getLayoutY() - margin;
        } else if (block.getLayoutY() + block.getHeight() > v + viewportHeight) {
            v = block.getLayoutY() + block.getHeight() - viewportHeight + margin;
        }
        hbar.setValue(clamp(h, hbar.getMax()));
        vbar.setValue(clamp(v, vbar.getMax()));
    }

    // ---- input

    private void selectionChanged(Long before, Long now) {
        if (before != null && blocks.containsKey(before)) {
            blocks.get(before).pseudoClassStateChanged(TimelineBlock.SELECTED, false);
        }
        if (now != null && blocks.containsKey(now)) {
            blocks.get(now).pseudoClassStateChanged(TimelineBlock.SELECTED, true);
        }
        if (now != null) {
            scrollToItem(now);
        }
    }

    private void onScroll(ScrollEvent e) {
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isShiftDown() && dx == 0) {
            dx = dy;
            dy = 0;
        }
        scrollBy(-dx, -dy);
        e.consume();
    }

    /** False when nobody listens: then there is nothing to activate and Enter is left to the screen. */
    boolean activate(long itemId) {
        if (onItemActivated == null) {
            return false;
        }
        onItemActivated.accept(itemId);
        return true;
    }

    @Override
    public String toString() {
        return "DayTimeline[" + day + ", " + rooms.size() + " rooms, " + blocks.size() + " blocks]";
    }
}
