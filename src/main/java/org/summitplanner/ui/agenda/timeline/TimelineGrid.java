package org.summitplanner.ui.agenda.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.summitplanner.ui.common.Messages;

/**
 * The fixed parts of the timeline: the room header, the hour axis, the lines of the body, and the
 * layers blocks and the drag ghost live in. Header and axis scroll with the body on one axis each.
 * Nodes are pooled: changing the data re-labels them instead of building new ones.
 */
final class TimelineGrid {

    /** A pane that leaves its children where they were put. */
    static final class Layer extends Pane {
        Layer(String styleClass) {
            getStyleClass().add(styleClass);
        }

        @Override
        protected void layoutChildren() {
            // positions are set by the timeline's layout
        }
    }

    final Layer header = new Layer("timeline-header");
    final Layer axis = new Layer("timeline-axis");
    final Layer body = new Layer("timeline-body");
    final Layer blocks = new Layer("timeline-blocks");
    final Layer overlay = new Layer("timeline-overlay");
    private final Layer headerContent = new Layer("timeline-header-content");
    private final Layer axisContent = new Layer("timeline-axis-content");
    final Layer bodyContent = new Layer("timeline-body-content");
    private final Layer lines = new Layer("timeline-lines");
    private final Region noRoomShade = new Region();
    private final List<VBox> cells = new ArrayList<>();
    private final List<Label> hourLabels = new ArrayList<>();
    private final List<Region> hourLines = new ArrayList<>();
    private final List<Region> columnLines = new ArrayList<>();
    private final ResourceBundle messages;
    private double columnWidth;
    private double pixelsPerMinute;
    private int firstMinute;

    TimelineGrid(ResourceBundle messages) {
        this.messages = messages;
        for (Layer clipped : List.of(header, axis, body)) {
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(clipped.widthProperty());
            clip.heightProperty().bind(clipped.heightProperty());
            clipped.setClip(clip);
        }
        noRoomShade.getStyleClass().add("timeline-no-room-column");
        noRoomShade.setManaged(false);
        lines.getChildren().add(noRoomShade);
        header.getChildren().add(headerContent);
        axis.getChildren().add(axisContent);
        bodyContent.getChildren().addAll(lines, blocks, overlay);
        body.getChildren().add(bodyContent);
        // Regions are picked on their bounds by default: the full-size layers would take every click
        // meant for a block; the body itself still takes clicks on its empty parts (focus)
        for (Layer layer : List.of(bodyContent, lines, blocks, overlay)) {
            layer.setPickOnBounds(false);
        }
        lines.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
    }

    void rebuild(DayLayout layout, Function<DayLayout.Column, String> roomName) {
        List<DayLayout.Column> columns = layout.columns();
        while (cells.size() < columns.size()) {
            cells.add(newCell());
        }
        headerContent.getChildren().setAll(cells.subList(0, columns.size()));
        for (int c = 0; c < columns.size(); c++) {
            DayLayout.Column column = columns.get(c);
            VBox cell = cells.get(c);
            cell.setUserData(column);
            ((Label) cell.getChildren().get(0)).setText(roomName.apply(column));
            ((Label) cell.getChildren().get(1)).setText(column.noRoom() ? ""
                    : Messages.format(messages, "timeline.capacity", column.capacity()));
            cell.getStyleClass().remove("no-room");
            if (column.noRoom()) {
                cell.getStyleClass().add("no-room");
            }
            Tooltip tooltip = (Tooltip) cell.getProperties().get(Tooltip.class);
            if (tooltip != null) {
                tooltip.setText(headerTooltip(column, roomName));
            }
        }
        noRoomShade.setVisible(!columns.isEmpty() && columns.get(0).noRoom());
        int hours = (layout.lastMinute() - layout.firstMinute()) / 60;
        List<Node> lineNodes = new ArrayList<>();
        lineNodes.add(noRoomShade);
        List<Node> labelNodes = new ArrayList<>();
        for (int h = 0; h < hours * 2; h++) {
            if (hourLines.size() <= h) {
                Region line = new Region();
                line.setManaged(false);
                hourLines.add(line);
            }
            Region line = hourLines.get(h);
            line.getStyleClass().setAll(h % 2 == 0 ? "timeline-hour-line" : "timeline-half-hour-line");
            lineNodes.add(line);
        }
        for (int h = 0; h < hours; h++) {
            if (hourLabels.size() <= h) {
                Label label = new Label();
                label.getStyleClass().add("timeline-hour-label");
                label.setAlignment(Pos.TOP_RIGHT);
                label.setManaged(false);
                hourLabels.add(label);
            }
            int hour = layout.firstMinute() / 60 + h;
            hourLabels.get(h).setText(String.format(Locale.ROOT, "%02d:00", hour));
            labelNodes.add(hourLabels.get(h));
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columnLines.size() <= c) {
                Region line = new Region();
                line.getStyleClass().add("timeline-column-line");
                line.setManaged(false);
                columnLines.add(line);
            }
            lineNodes.add(columnLines.get(c));
        }
        lines.getChildren().setAll(lineNodes);
        axisContent.getChildren().setAll(labelNodes);
    }

    private VBox newCell() {
        Label name = new Label();
        name.getStyleClass().add("timeline-room-name");
        Label capacity = new Label();
        capacity.getStyleClass().add("timeline-room-capacity");
        VBox cell = new VBox(name, capacity);
        cell.getStyleClass().add("timeline-room-header");
        cell.setManaged(false);
        cell.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (!cell.getProperties().containsKey(Tooltip.class)) {
                Tooltip tooltip = new Tooltip(headerTooltip((DayLayout.Column) cell.getUserData(),
                        c -> name.getText()));
                cell.getProperties().put(Tooltip.class, tooltip);
                Tooltip.install(cell, tooltip);
            }
        });
        return cell;
    }

    private String headerTooltip(DayLayout.Column column, Function<DayLayout.Column, String> roomName) {
        return column.noRoom() ? messages.getString("timeline.tooltip.noRoom")
                : Messages.format(messages, "timeline.tooltip.room", roomName.apply(column), column.capacity());
    }

    void layout(DayLayout layout, double columnWidth, double pixelsPerMinute, double contentWidth,
                double contentHeight, double headerHeight, double axisWidth) {
        this.columnWidth = columnWidth;
        this.pixelsPerMinute = pixelsPerMinute;
        this.firstMinute = layout.firstMinute();
        int columns = layout.columns().size();
        headerContent.resizeRelocate(0, 0, contentWidth, headerHeight);
        axisContent.resizeRelocate(0, 0, axisWidth, contentHeight);
        bodyContent.resizeRelocate(0, 0, contentWidth, contentHeight);
        for (Layer layer : List.of(lines, blocks, overlay)) {
            layer.resizeRelocate(0, 0, contentWidth, contentHeight);
        }
        for (int c = 0; c < columns; c++) {
            double x = Math.round(c * columnWidth);
            cells.get(c).resizeRelocate(x, 0, Math.round((c + 1) * columnWidth) - x, headerHeight);
            columnLines.get(c).resizeRelocate(Math.round((c + 1) * columnWidth) - 1, 0, 1, contentHeight);
        }
        noRoomShade.resizeRelocate(0, 0, columnWidth, contentHeight);
        int halfHours = (layout.lastMinute() - layout.firstMinute()) / 30;
        for (int h = 0; h < halfHours; h++) {
            hourLines.get(h).resizeRelocate(0, Math.round(h * 30 * pixelsPerMinute), contentWidth, 1);
        }
        for (int h = 0; h < halfHours / 2; h++) {
            Label label = hourLabels.get(h);
            double height = label.prefHeight(-1);
            label.resizeRelocate(0, Math.round(h * 60 * pixelsPerMinute) + 2, axisWidth - 8, height);
        }
    }

    void scrollTo(double h, double v) {
        double x = -Math.round(h);
        double y = -Math.round(v);
        headerContent.setTranslateX(x);
        bodyContent.setTranslateX(x);
        bodyContent.setTranslateY(y);
        axisContent.setTranslateY(y);
    }

    double columnWidth() {
        return columnWidth;
    }

    double pixelsPerMinute() {
        return pixelsPerMinute;
    }

    /** The y of a minute of the day in the body's content. */
    double y(int minute) {
        return (minute - firstMinute) * pixelsPerMinute;
    }
}
