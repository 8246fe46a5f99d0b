package org.summitplanner.seating;

import java.util.ArrayList;
import java.util.List;
import org.summitplanner.model.Seat;
import org.summitplanner.model.SeatingPlan;

/**
 * Where things are on a drawn plan, for the PDF and the window alike: a 1000 × 700 field, y downwards,
 * the front (the chair, the stage) at the top. Chairs are {@link #CHAIR_W} × {@link #CHAIR_H} boxes
 * given by their centres.
 *
 * <p>Places go round the table from the host's chair at the top centre: place 1 to the host's right
 * (the left of the page, since the host faces into the room), place 2 to the host's left, and so on,
 * alternating. Tiers 1 and 2 sit behind their place, further out.
 */
public final class SeatingGeometry {

    public static final double WIDTH = 1000;
    public static final double HEIGHT = 700;
    public static final double CHAIR_W = 50;
    public static final double CHAIR_H = 28;
    /** Chairs per theatre row, at least; more when the rows would not fit the field. */
    public static final int THEATRE_ROW = 10;

    /** A chair's centre. */
    public record Point(double x, double y) {
    }

    /** A seat and where it is drawn. */
    public record Placed(Seat seat, Point at) {
    }

    /**
     * The table: for a plenary the hollow square's outer rectangle, for a round table its bounding
     * square (drawn as a circle), for a theatre the stage.
     */
    public record Table(double x, double y, double width, double height, boolean round) {
    }

    private SeatingGeometry() {
    }

    public static Table table(SeatingPlan plan) {
        return switch (plan.layout()) {
            case PLENARY -> new Table(200, 150, 600, 400, false);
            case ROUND -> new Table(250, 100, 500, 500, true);
            case THEATRE -> new Table(250, 20, 500, 50, false);
        };
    }

    public static List<Placed> placed(SeatingPlan plan) {
        int places = Math.max(1, plan.places());
        Table t = table(plan);
        List<Placed> out = new ArrayList<>(plan.seats().size());
        for (Seat s : plan.seats()) {
            Point at = switch (plan.layout()) {
                case PLENARY -> square(t, slot(s.place(), places), places, s.tier());
                case ROUND -> circle(t, slot(s.place(), places), places, s.tier());
                case THEATRE -> theatre(s.place(), places);
            };
            out.add(new Placed(s, at));
        }
        return out;
    }

    /** A theatre's chair: rows from the front, left to right, as many rows as fit (more chairs per row beyond). */
    private static Point theatre(int chair, int chairs) {
        int rows = (int) ((HEIGHT - 130) / (CHAIR_H + 14));
        int perRow = Math.max(THEATRE_ROW, (chairs + rows - 1) / rows);
        double step = Math.min(CHAIR_W + 28, (WIDTH - 40) / perRow);
        int row = chair / perRow;
        double rowStep = Math.min(CHAIR_H + 22, (HEIGHT - 130) / Math.max(1, (chairs + perRow - 1) / perRow));
        return new Point(WIDTH / 2 + (chair % perRow - (perRow - 1) / 2.0) * step, 120 + row * rowStep);
    }

    /** Place k's slot clockwise from the top centre: 0, -1, +1, -2, +2 ... (mod n). */
    static int slot(int place, int n) {
        int offset = place % 2 == 1 ? -(place + 1) / 2 : place / 2;
        return Math.floorMod(offset, n);
    }

    private static Point circle(Table t, int slot, int n, int tier) {
        double r = t.width() / 2 + CHAIR_H * 0.9 + tier * (CHAIR_H + 6);
        double angle = -Math.PI / 2 + 2 * Math.PI * slot / n;
        return new Point(t.x() + t.width() / 2 + r * Math.cos(angle), t.y() + t.height() / 2 + r * Math.sin(angle));
    }

    /** A slot on the square's edge, clockwise from the top centre, pushed outwards by its tier. */
    private static Point square(Table t, int slot, int n, int tier) {
        double w = t.width();
        double h = t.height();
        double perimeter = 2 * (w + h);
        double d = (w / 2 + perimeter * slot / n) % perimeter;
        // outwards from the table: a chair's height on the top and bottom, its width on the sides
        double out = CHAIR_H * 0.5 + 4 + tier * (CHAIR_H + 4);
        double sideOut = CHAIR_W * 0.5 + 4 + tier * (CHAIR_W + 4);
        double x;
        double y;
        if (d < w) {                       // top, left to right
            x = t.x() + d;
            y = t.y() - out;
        } else if (d < w + h) {            // right, top to bottom
            x = t.x() + w + sideOut;
            y = t.y() + (d - w);
        } else if (d < 2 * w + h) {        // bottom, right to left
            x = t.x() + w - (d - w - h);
            y = t.y() + h + out;
        } else {                           // left, bottom to top
            x = t.x() - sideOut;
            y = t.y() + h - (d - 2 * w - h);
        }
        return new Point(x, y);
    }
}
