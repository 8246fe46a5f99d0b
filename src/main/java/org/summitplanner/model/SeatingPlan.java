package org.summitplanner.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The seating plan of one agenda item: its layout and chairs, sorted by place then tier.
 *
 * @param id 0 until stored
 */
public record SeatingPlan(long id, long agendaItemId, SeatingLayout layout, List<Seat> seats, int version) {

    private static final Comparator<Seat> ORDER = Comparator.comparingInt(Seat::place).thenComparingInt(Seat::tier);

    public SeatingPlan {
        Objects.requireNonNull(layout, "layout");
        List<Seat> sorted = new ArrayList<>(seats);
        sorted.sort(ORDER);
        seats = List.copyOf(sorted);
    }

    /** How many places (delegations at a table, chairs in a theatre). */
    public int places() {
        return seats.stream().mapToInt(Seat::place).max().orElse(-1) + 1;
    }

    /** The chair at a place and tier, or null. */
    public Seat seat(int place, int tier) {
        for (Seat s : seats) {
            if (s.place() == place && s.tier() == tier) {
                return s;
            }
        }
        return null;
    }

    /**
     * The plan with the occupants of two chairs exchanged (a drag and drop). At a plenary table, a chair
     * at the table dropped on another delegation's chair at the table moves the whole delegation: the
     * two places are exchanged with the chairs behind them, so nobody ends up behind another
     * delegation's head. Exchanging twice gives the plan back, which makes the edit its own undo.
     */
    public SeatingPlan swap(int placeA, int tierA, int placeB, int tierB) {
        Seat a = seat(placeA, tierA);
        Seat b = seat(placeB, tierB);
        if (a == null || b == null) {
            throw new IllegalArgumentException("no such seat");
        }
        if (layout == SeatingLayout.PLENARY && tierA == 0 && tierB == 0 && placeA != placeB
                && !Objects.equals(a.nation(), b.nation())) {
            List<Seat> moved = new ArrayList<>(seats.size());
            for (Seat s : seats) {
                int place = s.place() == placeA ? placeB : s.place() == placeB ? placeA : s.place();
                moved.add(new Seat(place, s.tier(), s.nation(), s.attendeeId()));
            }
            return new SeatingPlan(id, agendaItemId, layout, moved, version);
        }
        List<Seat> out = new ArrayList<>(seats.size());
        for (Seat s : seats) {
            if (s == a) {
                out.add(a.withOccupant(b.nation(), b.attendeeId()));
            } else if (s == b) {
                out.add(b.withOccupant(a.nation(), a.attendeeId()));
            } else {
                out.add(s);
            }
        }
        return new SeatingPlan(id, agendaItemId, layout, out, version);
    }

    public SeatingPlan withIdAndVersion(long newId, int newVersion) {
        return new SeatingPlan(newId, agendaItemId, layout, seats, newVersion);
    }
}
