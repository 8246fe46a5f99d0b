package org.summitplanner.service;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.Room;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.SummitContent;
import org.summitplanner.store.AgendaStore;
import org.summitplanner.store.RoomStore;
import org.summitplanner.errors.StaleDataException;

/**
 * What the agenda screen does: list a summit's items with what it needs to show them (rooms, who can
 * take part), add, change, duplicate, delete and undo. Blocking: callers run it off the FX thread.
 */
public final class AgendaService {

    private final AgendaStore store;
    private final RoomStore rooms;
    private final SummitMemory memory;

    public AgendaService(AgendaStore store, RoomStore rooms) {
        this(store, rooms, null);
    }

    /** @param memory the open summit in memory, read instead of the database for {@link #agenda}; null: none */
    public AgendaService(AgendaStore store, RoomStore rooms, SummitMemory memory) {
        this.store = store;
        this.rooms = rooms;
        this.memory = memory;
    }

    /**
     * Who can be picked as a participant: the summit's attendees (each with their nation) and the
     * nations that have a participation, whose whole delegation can be picked.
     */
    public record ParticipantChoices(List<Attendee> attendees, List<Participation> delegations) {

        public ParticipantChoices {
            attendees = List.copyOf(attendees);
            delegations = List.copyOf(delegations);
        }

        /** The ids of each nation's attendees. */
        public Map<String, List<Long>> membersByNation() {
            return attendees.stream().collect(Collectors.groupingBy(Attendee::nation,
                    Collectors.mapping(Attendee::id, Collectors.toList())));
        }
    }

    /** Everything the agenda screen shows, read in one go. */
    public record Agenda(List<AgendaItem> items, List<Room> rooms, ParticipantChoices choices) {

        public Agenda {
            items = List.copyOf(items);
            rooms = List.copyOf(rooms);
        }
    }

    public Agenda agenda(long summitId) {
        if (memory == null) {
            return new Agenda(store.items(summitId), rooms.rooms(summitId), choices(summitId));
        }
        // from the summit kept in memory: after an edit only the changed rows are read (at UN scale the whole
        // agenda is thousands of rows), listed in the orders the store's queries give
        SummitContent content = memory.content(summitId);
        return new Agenda(
                content.agenda().stream().sorted(Comparator.comparing((AgendaItem i) -> i.time().start())
                        .thenComparingLong(AgendaItem::id)).toList(),
                content.rooms().stream().sorted(Comparator.comparing(Room::building,
                        Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(Room::name)
                        .thenComparingLong(Room::id)).toList(),
                new ParticipantChoices(content.attendees().stream().sorted(Comparator.comparing(Attendee::nation)
                        .thenComparing(Attendee::familyName).thenComparing(Attendee::givenName)
                        .thenComparingLong(Attendee::id)).toList(),
                        content.participations().stream().sorted(Comparator.comparing(Participation::nation)).toList()));
    }

    public List<AgendaItem> items(long summitId) {
        return store.items(summitId);
    }

    public ParticipantChoices choices(long summitId) {
        return new ParticipantChoices(store.attendees(summitId), store.participations(summitId));
    }

    /**
     * How many people take part: the named attendees and every member of the whole delegations,
     * each person counted once (a head of delegation named and also in a whole delegation is one).
     */
    public static int participantCount(Collection<Long> attendeeIds, Collection<String> nations,
                                       Map<String, List<Long>> membersByNation) {
        Set<Long> people = new HashSet<>(attendeeIds);
        for (String nation : nations) {
            people.addAll(membersByNation.getOrDefault(nation, List.of()));
        }
        return people.size();
    }

    public AgendaItem add(long summitId, AgendaItem item) {
        return store.insert(summitId, item);
    }

    /** @throws StaleDataException if someone else changed or deleted the item since it was read */
    public AgendaItem update(AgendaItem item) {
        return store.update(item);
    }

    /** Saves {@code item} over whatever is stored now (the user chose to overwrite a change made elsewhere). */
    public AgendaItem overwrite(long summitId, AgendaItem item) {
        return store.overwrite(summitId, item);
    }

    public AgendaItem reload(AgendaItem item) {
        return store.current(item.id()).orElseThrow(() -> new StaleDataException("agenda_item", item.id(), true));
    }

    /**
     * Adds a copy of an item at the same time and place with the same participants, under a new id
     * and without a key (keys are unique).
     *
     * @param title the copy's title ("Opening plenary (copy)"), worded by the caller in the user's language
     */
    public AgendaItem duplicate(long summitId, AgendaItem original, String title) {
        return duplicate(summitId, original, title, original.titleFr());
    }

    /** A copy titled {@code title} in English and {@code titleFr} in French (null: none). */
    public AgendaItem duplicate(long summitId, AgendaItem original, String title, String titleFr) {
        AgendaItem copy = new AgendaItem(0, null, title, original.kind(), original.time(), original.roomId(),
                original.closed(), original.description(), original.attendeeIds(), original.nations(), 0,
                titleFr, original.descriptionFr());
        return store.insert(summitId, copy);
    }

    /** What a deletion removed, enough to put it back: the item with its participants, its seating plan (or null). */
    public record DeletedItem(long summitId, AgendaItem item, SeatingPlan plan) {
    }

    /** @throws StaleDataException if someone else changed or deleted the item since it was read */
    public DeletedItem delete(long summitId, AgendaItem item) {
        AgendaStore.Removed removed = store.deleteKeeping(item);
        return new DeletedItem(summitId, removed.item(), removed.plan());
    }

    /** Puts a deleted item back under its id with its participants and its seating plan. */
    public AgendaItem restore(DeletedItem deleted) {
        return store.insert(deleted.summitId(), deleted.item(), deleted.plan());
    }
}
