package org.summitplanner.schedule.bilaterals;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.Instant;
import java.util.List;
import org.summitplanner.model.Room;

/**
 * The solver's planning entity: one requested meeting with the slot (start and room) it is given,
 * unassigned while it is left out. Each meeting has its own value range (the slots that fit the agenda
 * as it is), so the solver never tries a time when a head is away or busy or a room taken.
 */
@PlanningEntity
public class Placement {

    @PlanningId
    private Long id;
    private Meeting meeting;
    private Occupancy agenda;

    @PlanningVariable(valueRangeProviderRefs = "slots", allowsUnassigned = true)
    private Slot slot;

    /** For the solver's cloning. */
    public Placement() {
    }

    Placement(long id, Meeting meeting, Occupancy agenda) {
        this.id = id;
        this.meeting = meeting;
        this.agenda = agenda;
    }

    @ValueRangeProvider(id = "slots")
    public List<Slot> getSlots() {
        return meeting.slots();
    }

    public Long getId() {
        return id;
    }

    Meeting meeting() {
        return meeting;
    }

    public Slot getSlot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    /** The seats it needs: the two heads and an interpreter per language. */
    int seats() {
        return 2 + meeting.request().languages().size();
    }

    boolean placed() {
        return slot != null;
    }

    Instant start() {
        return slot.start();
    }

    Room room() {
        return slot.room();
    }

    long startSec() {
        return slot.start().getEpochSecond();
    }

    long endSec() {
        return slot.start().getEpochSecond() + meeting.seconds();
    }

    /** How far apart two meetings can be and still matter to each other: the transfer time or the turnover gap. */
    long reach() {
        return Math.max(agenda.transfer(), BilateralConstraints.TURNOVER_SECONDS);
    }

    String building() {
        return slot.room().building();
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
            if (!agenda.personFits(head, s, e, building())) {
                return false;
            }
        }
        return agenda.roomFree(room().id(), s, e);
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
        return room().id() == other.room().id() && startSec() < other.endSec() && other.startSec() < endSec();
    }

    /** Back-to-back with another placed meeting of a head or in the same room (less than the turnover gap). */
    boolean tightWith(Placement other, long gap) {
        boolean shared = room().id() == other.room().id()
                || meeting.heads().stream().anyMatch(other.meeting.heads()::contains);
        return shared && Occupancy.tight(startSec(), endSec(), other.startSec(), other.endSec(), gap);
    }

    int tightWithAgenda(long gap) {
        return agenda.tightTurnovers(meeting.heads(), room().id(), startSec(), endSec(), gap);
    }

    /** Languages for which no interpreter of the two delegations is there and free at this time. */
    int languagesWithoutInterpreter() {
        long s = startSec();
        long e = endSec();
        int missing = 0;
        for (List<Long> candidates : meeting.interpreters().values()) {
            if (candidates.stream().noneMatch(p -> agenda.personFits(p, s, e, building()))) {
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
