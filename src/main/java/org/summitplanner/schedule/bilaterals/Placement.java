package org.summitplanner.schedule.bilaterals;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.Instant;
import java.util.List;
import org.summitplanner.model.Room;

/**
 * The solver's planning entity: one requested meeting with the start and room it is given, both
 * unassigned while it is left out. Each meeting has its own value ranges (its heads' free starts, the
 * rooms big enough), so the solver never tries a time when a head is away or busy.
 */
@PlanningEntity
public class Placement {

    @PlanningId
    private Long id;
    private Meeting meeting;
    private Occupancy agenda;

    @PlanningVariable(valueRangeProviderRefs = "starts", allowsUnassigned = true)
    private Instant start;
    @PlanningVariable(valueRangeProviderRefs = "rooms", allowsUnassigned = true)
    private Room room;

    /** For the solver's cloning. */
    public Placement() {
    }

    Placement(long id, Meeting meeting, Occupancy agenda) {
        this.id = id;
        this.meeting = meeting;
        this.agenda = agenda;
    }

    @ValueRangeProvider(id = "starts")
    public List<Instant> getStarts() {
        return meeting.starts();
    }

    @ValueRangeProvider(id = "rooms")
    public List<Room> getRooms() {
        return meeting.rooms();
    }

    public Long getId() {
        return id;
    }

    Meeting meeting() {
        return meeting;
    }

    public Instant getStart() {
        return start;
    }

    public void setStart(Instant start) {
        this.start = start;
    }

    public Room getRoom() {
        return room;
    }

    public void setRoom(Room room) {
        this.room = room;
    }

    boolean placed() {
        return start != null && room != null;
    }

    /** Given one of its two values only: neither placed nor plainly left out. */
    boolean halfPlaced() {
        return (start == null) != (room == null);
    }

    long startSec() {
        return start.getEpochSecond();
    }

    long endSec() {
        return start.getEpochSecond() + meeting.seconds();
    }

    /** How far apart two meetings can be and still matter to each other: the transfer time or the turnover gap. */
    long reach() {
        return Math.max(agenda.transfer(), BilateralConstraints.TURNOVER_SECONDS);
    }

    String building() {
        return room.building();
    }

    String nation() {
        return meeting.request().nation();
    }

    String withNation() {
        return meeting.request().withNation();
    }

    /** Whether it fits the agenda as it is (heads present, free, with time to travel; the room free). */
    boolean fitsAgenda() {
        long s = startSec();
        long e = endSec();
        for (long head : meeting.heads()) {
            if (!agenda.personFits(head, s, e, room.building())) {
                return false;
            }
        }
        return agenda.roomFree(room.id(), s, e);
    }

    /** Whether two placed meetings would give a head a double booking or too little travel time. */
    boolean headClash(Placement other) {
        for (long head : meeting.heads()) {
            if (other.meeting.heads().contains(head)) {
                return Occupancy.clash(startSec(), endSec(), building(), other.startSec(), other.endSec(),
                        other.building(), agenda.transfer());
            }
        }
        return false;
    }

    boolean roomClash(Placement other) {
        return room.id() == other.room.id() && startSec() < other.endSec() && other.startSec() < endSec();
    }

    /** Back-to-back with another placed meeting of a head or in the same room (less than the turnover gap). */
    boolean tightWith(Placement other, long gap) {
        boolean shared = room.id() == other.room.id()
                || meeting.heads().stream().anyMatch(other.meeting.heads()::contains);
        return shared && Occupancy.tight(startSec(), endSec(), other.startSec(), other.endSec(), gap);
    }

    int tightWithAgenda(long gap) {
        return agenda.tightTurnovers(meeting.heads(), room.id(), startSec(), endSec(), gap);
    }

    /** Languages for which no interpreter of the two delegations is there and free at this time. */
    int languagesWithoutInterpreter() {
        long s = startSec();
        long e = endSec();
        int missing = 0;
        for (List<Long> candidates : meeting.interpreters().values()) {
            if (candidates.stream().noneMatch(p -> agenda.personFits(p, s, e, room.building()))) {
                missing++;
            }
        }
        return missing;
    }

    @Override
    public String toString() {
        return "Placement " + id + " " + meeting.request().nation() + "-" + meeting.request().withNation();
    }
}
