package org.summitplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitplanner.model.AddressStyle;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.ProtocolDetails;
import org.summitplanner.model.Role;
import org.summitplanner.model.TimeRange;

/**
 * The large parts of a whole summit (its attendees, its agenda with the people and delegations of each
 * item) read in plain JDBC on the connection of the caller's transaction, mapped as {@link Rows} maps
 * jOOQ's records. At UN scale these are some 35,000 rows: jOOQ's per-field binding and record objects made
 * reading them a third of an export's time, run mostly cold in a short command.
 */
final class SummitRows {

    private SummitRows() {
    }

    static List<Attendee> attendees(Connection c, long summitId) throws SQLException {
        List<Attendee> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, ext_key, nation_code, given_name, family_name,"
                + " honorific, position, role, head_of_delegation, email, phone, languages, arrives_at, departs_at,"
                + " notes, version, position_fr, style_code, style_en, style_fr, took_office_on, hand_position"
                + " FROM attendee WHERE summit_id = ? ORDER BY id")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Attendee(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), Role.valueOf(r.getString(8)),
                            Boolean.TRUE.equals(r.getObject(9, Boolean.class)), r.getString(10), r.getString(11),
                            Rows.languagesFromDb(r.getString(12)), instant(r, 13), instant(r, 14), r.getString(15),
                            r.getInt(16), r.getString(17),
                            new ProtocolDetails(AddressStyle.ofCode(r.getString(18)), r.getString(19), r.getString(20),
                                    r.getObject(21, LocalDate.class), r.getObject(22, Integer.class))));
                }
            }
        }
        return out;
    }

    static List<AgendaItem> agenda(Connection c, long summitId) throws SQLException {
        Map<Long, List<Long>> named = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT a.agenda_item_id, a.attendee_id FROM agenda_attendee a"
                + " JOIN agenda_item i ON a.agenda_item_id = i.id WHERE i.summit_id = ?"
                + " ORDER BY a.agenda_item_id, a.attendee_id")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    named.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getLong(2));
                }
            }
        }
        Map<Long, List<String>> delegations = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT n.agenda_item_id, n.nation_code FROM agenda_nation n"
                + " JOIN agenda_item i ON n.agenda_item_id = i.id WHERE i.summit_id = ?"
                + " ORDER BY n.agenda_item_id, n.nation_code")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    delegations.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
        }
        List<AgendaItem> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, ext_key, title, kind, start_at, end_at, room_id,"
                + " closed_door, description, version, title_fr, description_fr"
                + " FROM agenda_item WHERE summit_id = ? ORDER BY id")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    out.add(new AgendaItem(id, r.getString(2), r.getString(3), AgendaKind.valueOf(r.getString(4)),
                            new TimeRange(instant(r, 5), instant(r, 6)), r.getObject(7, Long.class),
                            r.getBoolean(8), r.getString(9), named.getOrDefault(id, List.of()),
                            delegations.getOrDefault(id, List.of()), r.getInt(10), r.getString(11), r.getString(12)));
                }
            }
        }
        return out;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime time = r.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
