package org.summitplanner.store;

import static org.summitplanner.store.jooq.Tables.AGENDA_ITEM;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.summitplanner.model.AddressStyle;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaItemRef;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.ProtocolDetails;
import org.summitplanner.model.Role;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.model.TimeRange;
import org.summitplanner.store.jooq.tables.records.AgendaItemRecord;
import org.summitplanner.store.jooq.tables.records.AttendeeRecord;
import org.summitplanner.store.jooq.tables.records.ParticipationRecord;
import org.summitplanner.store.jooq.tables.records.RoomRecord;
import org.summitplanner.store.jooq.tables.records.SummitRecord;

/** Maps between jOOQ records and model types, so that no record leaves the store. */
final class Rows {

    private Rows() {
    }

    static OffsetDateTime toDb(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant fromDb(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** The head mark is TRUE or NULL in the database (see V1), never FALSE. */
    static Boolean headToDb(boolean head) {
        return head ? Boolean.TRUE : null;
    }

    static String languagesToDb(List<String> languages) {
        return languages.isEmpty() ? null : String.join(",", languages);
    }

    static List<String> languagesFromDb(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    static Summit summit(SummitRecord r) {
        return new Summit(r.getId(), r.getName(), r.getHostNation(), r.getCity(), r.getVenue(),
                r.getFirstDay(), r.getLastDay(), ZoneId.of(r.getTimeZone()), r.getTransferMinutes(), r.getVersion(),
                r.getNameFr(), r.getVenueFr());
    }

    static Participation participation(ParticipationRecord r) {
        return new Participation(r.getId(), r.getNationCode(), ParticipationStatus.valueOf(r.getStatus()),
                r.getInvitedOn(), r.getRespondedOn(), r.getNotes(), r.getVersion());
    }

    static Room room(RoomRecord r) {
        return new Room(r.getId(), r.getExtKey(), r.getName(), r.getBuilding(), r.getCapacity(), r.getVersion(),
                r.getNameFr(), r.getBilaterals(), r.getBuildingFr());
    }

    static Attendee attendee(AttendeeRecord r) {
        return new Attendee(r.getId(), r.getExtKey(), r.getNationCode(), r.getGivenName(), r.getFamilyName(),
                r.getHonorific(), r.getPosition(), Role.valueOf(r.getRole()),
                Boolean.TRUE.equals(r.getHeadOfDelegation()), r.getEmail(), r.getPhone(),
                languagesFromDb(r.getLanguages()), fromDb(r.getArrivesAt()), fromDb(r.getDepartsAt()),
                r.getNotes(), r.getVersion(), r.getPositionFr(),
                new ProtocolDetails(AddressStyle.ofCode(r.getStyleCode()), r.getStyleEn(), r.getStyleFr(),
                        r.getTookOfficeOn(), r.getHandPosition()));
    }

    /** The columns {@link #itemRef} reads: enough of an agenda item to name it in a list or a message. */
    static final List<Field<?>> ITEM_REF = List.of(AGENDA_ITEM.ID, AGENDA_ITEM.TITLE, AGENDA_ITEM.START_AT,
            AGENDA_ITEM.END_AT, AGENDA_ITEM.TITLE_FR);

    static AgendaItemRef itemRef(Record r) {
        return new AgendaItemRef(r.get(AGENDA_ITEM.ID), r.get(AGENDA_ITEM.TITLE),
                new TimeRange(fromDb(r.get(AGENDA_ITEM.START_AT)), fromDb(r.get(AGENDA_ITEM.END_AT))),
                r.get(AGENDA_ITEM.TITLE_FR));
    }

    static AgendaItem agendaItem(AgendaItemRecord r, List<Long> attendeeIds, List<String> nations) {
        return new AgendaItem(r.getId(), r.getExtKey(), r.getTitle(), AgendaKind.valueOf(r.getKind()),
                new TimeRange(fromDb(r.getStartAt()), fromDb(r.getEndAt())), r.getRoomId(),
                r.getClosedDoor(), r.getDescription(), attendeeIds, nations, r.getVersion(), r.getTitleFr(),
                r.getDescriptionFr());
    }
}
