package org.summitplanner.ui.seating;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Seat;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.SummitContent;
import org.summitplanner.seating.SeatingGeometry;

/**
 * A seating plan drawn as nodes at the places {@link SeatingGeometry} gives: the table, and a chair per
 * seat with its place, nation and person. A chair dragged onto another exchanges their occupants.
 */
final class PlanPane extends Pane {

    /** Called with (place, tier) of the dragged chair and of the one it was dropped on. */
    interface SwapHandler {
        void swap(int placeA, int tierA, int placeB, int tierB);
    }

    private final SwapHandler swap;
    private final Function<String, String> nationName;
    private final String stage;

    PlanPane(SwapHandler swap, Function<String, String> nationName, String stage) {
        this.swap = swap;
        this.nationName = nationName;
        this.stage = stage;
        getStyleClass().add("seating-plan");
        setPrefSize(SeatingGeometry.WIDTH, SeatingGeometry.HEIGHT);
        setMinSize(SeatingGeometry.WIDTH, SeatingGeometry.HEIGHT);
    }

    /** Space kept round the drawing when it is fitted to the screen. */
    private static final double MARGIN = 12;

    private final javafx.beans.property.ReadOnlyObjectWrapper<javafx.geometry.Bounds> drawn =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "drawn", whole());

    private static javafx.geometry.Bounds whole() {
        return new javafx.geometry.BoundingBox(0, 0, SeatingGeometry.WIDTH, SeatingGeometry.HEIGHT);
    }

    /**
     * The part of the pane the plan's drawing takes, with a margin: what the screen scales to fit (a plenary
     * plan leaves much of the 1000 x 700 pane empty); the whole pane when there is no plan.
     */
    javafx.beans.property.ReadOnlyObjectProperty<javafx.geometry.Bounds> drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    void show(SeatingPlan plan, SummitContent content) {
        draw(plan, content);
        if (getChildren().isEmpty()) {
            drawn.set(whole());
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (javafx.scene.Node n : getChildren()) {
            javafx.geometry.Bounds b = n.getBoundsInParent();
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        drawn.set(new javafx.geometry.BoundingBox(minX - MARGIN, minY - MARGIN, maxX - minX + 2 * MARGIN,
                maxY - minY + 2 * MARGIN));
    }

    private void draw(SeatingPlan plan, SummitContent content) {
        getChildren().clear();
        if (plan == null) {
            return;
        }
        SeatingGeometry.Table t = SeatingGeometry.table(plan);
        if (plan.layout() == SeatingLayout.ROUND) {
            Circle table = new Circle(t.x() + t.width() / 2, t.y() + t.height() / 2, t.width() / 2);
            table.getStyleClass().add("seating-table");
            getChildren().add(table);
        } else {
            Rectangle table = new Rectangle(t.x(), t.y(), t.width(), t.height());
            table.getStyleClass().add("seating-table");
            getChildren().add(table);
            if (plan.layout() == SeatingLayout.PLENARY) {
                Rectangle hollow = new Rectangle(t.x() + 28, t.y() + 28, t.width() - 56, t.height() - 56);
                hollow.getStyleClass().add("seating-hollow");
                getChildren().add(hollow);
            } else {
                Label label = new Label(stage);
                label.setLayoutX(t.x() + t.width() / 2 - 20);
                label.setLayoutY(t.y() + t.height() / 2 - 9);
                getChildren().add(label);
            }
        }
        for (SeatingGeometry.Placed placed : SeatingGeometry.placed(plan)) {
            getChildren().add(chair(placed, content));
        }
    }

    private StackPane chair(SeatingGeometry.Placed placed, SummitContent content) {
        Seat seat = placed.seat();
        Attendee person = SeatingModel.person(content, seat.attendeeId());
        Label head = new Label((seat.place() + 1) + " " + seat.nation());
        head.getStyleClass().add("seating-chair-head");
        Label name = new Label(person == null ? "" : person.familyName());
        name.getStyleClass().add("seating-chair-name");
        VBox text = new VBox(head, name);
        text.setAlignment(Pos.CENTER);
        StackPane chair = new StackPane(text);
        chair.getStyleClass().addAll("seating-chair", seat.tier() == 0 ? "seating-chair-front" : "seating-chair-behind");
        double w = SeatingGeometry.CHAIR_W;
        double h = SeatingGeometry.CHAIR_H;
        chair.setPrefSize(w, h);
        chair.setMinSize(w, h);
        chair.setMaxSize(w, h);
        chair.resizeRelocate(placed.at().x() - w / 2, placed.at().y() - h / 2, w, h);
        chair.setUserData(seat);
        String who = nationName.apply(seat.nation()) + (person == null ? "" : " — " + person.displayName());
        javafx.scene.control.Tooltip.install(chair, new javafx.scene.control.Tooltip(who));
        chair.setAccessibleText(who);
        // a press-drag-release gesture inside the window, not the system's drag and drop: nothing goes
        // through the clipboard, and the swap works the same on every platform (and headless)
        chair.setOnDragDetected(e -> {
            chair.startFullDrag();
            e.consume();
        });
        chair.setOnMouseDragEntered(e -> {
            if (e.getGestureSource() != chair && e.getGestureSource() instanceof javafx.scene.Node source
                    && source.getUserData() instanceof Seat) {
                chair.getStyleClass().add("seating-chair-target");
            }
        });
        chair.setOnMouseDragExited(e -> chair.getStyleClass().remove("seating-chair-target"));
        chair.setOnMouseDragReleased(e -> {
            chair.getStyleClass().remove("seating-chair-target");
            if (e.getGestureSource() != chair && e.getGestureSource() instanceof javafx.scene.Node source
                    && source.getUserData() instanceof Seat from) {
                swap.swap(from.place(), from.tier(), seat.place(), seat.tier());
            }
            e.consume();
        });
        return chair;
    }
}
