package org.summitplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.summitplanner.errors.DatabaseException;
import org.summitplanner.model.AddressStyle;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BadgeCategory;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.BilateralStatus;
import org.summitplanner.model.DelegationRule;
import org.summitplanner.model.MemberRule;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Precedence;
import org.summitplanner.model.ProtocolDetails;
import org.summitplanner.model.Role;
import org.summitplanner.model.Room;
import org.summitplanner.model.Seat;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.SummitExtras;
import org.summitplanner.model.TimeRange;

/**
 * A whole summit read in plain JDBC on the connection of the caller's transaction, mapped as {@link Rows}
 * (and the stores) map jOOQ's records. At UN scale its attendees and agenda are some 35,000 rows: jOOQ's
 * per-field binding and record objects made reading them a third of an export's time, run mostly cold in a
 * short command. The small tables (the summit, rooms, bilaterals, precedence, badges, seating) are read
 * here too, so that an export loads no jOOQ class at all: its first DSLContext and query cost more than
 * reading them (see docs/decisions on perf-export).
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

    /** The summits' columns, in the order {@link #summit} reads them. */
    static final String SUMMIT_COLUMNS = "id, name, host_nation, city, venue, first_day, last_day, time_zone,"
            + " transfer_minutes, version, name_fr, venue_fr";

    /** A summit from a row of {@link #SUMMIT_COLUMNS}. */
    static Summit summit(ResultSet r) throws SQLException {
        return new Summit(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getObject(6, LocalDate.class), r.getObject(7, LocalDate.class), ZoneId.of(r.getString(8)),
                r.getInt(9), r.getInt(10), r.getString(11), r.getString(12));
    }

    /** The summits {@code where} (an SQL condition with one text or number parameter, or none) picks, by id. */
    static List<Summit> summits(Connection c, String where, Object parameter) throws SQLException {
        List<Summit> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + SUMMIT_COLUMNS + " FROM summit"
                + (where == null ? "" : " WHERE " + where) + " ORDER BY id")) {
            if (parameter != null) {
                s.setObject(1, parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(summit(r));
                }
            }
        }
        return out;
    }

    /** A summit, everything in it and its extras (what an export writes), as {@code SummitStore.readWhole}. */
    static SummitStore.Whole whole(Connection c, long summitId) throws SQLException {
        List<Summit> summit = summits(c, "id = ?", summitId);
        if (summit.isEmpty()) {
            throw new DatabaseException("No summit with id " + summitId);
        }
        List<Participation> participations = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, nation_code, status, invited_on, responded_on,"
                + " notes, version FROM participation WHERE summit_id = ? ORDER BY id")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    participations.add(new Participation(r.getLong(1), r.getString(2),
                            ParticipationStatus.valueOf(r.getString(3)), r.getObject(4, LocalDate.class),
                            r.getObject(5, LocalDate.class), r.getString(6), r.getInt(7)));
                }
            }
        }
        List<Room> rooms = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, ext_key, name, building, capacity, version, name_fr,"
                + " bilaterals, building_fr FROM room WHERE summit_id = ? ORDER BY id")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rooms.add(new Room(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getInt(5),
                            r.getInt(6), r.getString(7), r.getBoolean(8), r.getString(9)));
                }
            }
        }
        List<Attendee> attendees = attendees(c, summitId);
        List<AgendaItem> agenda = agenda(c, summitId);
        List<BilateralRequest> bilaterals = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, nation_code, with_nation, length_minutes, priority,"
                + " languages, status, agenda_item_id, notes, version FROM bilateral_request WHERE summit_id = ?"
                + " ORDER BY id")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    bilaterals.add(new BilateralRequest(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4),
                            r.getInt(5), Rows.languagesFromDb(r.getString(6)), BilateralStatus.valueOf(r.getString(7)),
                            r.getObject(8, Long.class), r.getString(9), r.getInt(10)));
                }
            }
        }
        SummitContent content = new SummitContent(summit.get(0), participations, rooms, attendees, agenda, bilaterals,
                precedence(c, summitId).orElse(null));
        // a scheme stored as the standard one (an undone edit puts it back) is written as none, like a summit without one
        BadgeScheme badges = badges(c, summitId);
        if (BadgeScheme.standard().equals(badges)) {
            badges = null;
        }
        return new SummitStore.Whole(content, new SummitExtras(badges, plans(c, summitId)));
    }

    /** As PrecedenceStore.read. */
    private static Optional<Precedence> precedence(Connection c, long summitId) throws SQLException {
        List<String> hand = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT nation_code FROM precedence_place WHERE summit_id = ? ORDER BY place_no")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    hand.add(r.getString(1));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT delegation_rule, language_code, lot_nation, lot_letter,"
                + " lot_seed, member_rule, version FROM precedence WHERE summit_id = ?")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Precedence(DelegationRule.valueOf(r.getString(1)), r.getString(2),
                        r.getString(3), r.getString(4), r.getObject(5, Long.class), MemberRule.valueOf(r.getString(6)),
                        hand, r.getInt(7)));
            }
        }
    }

    /** As BadgeStore.stored: the summit's own scheme, or null when it has none stored. */
    private static BadgeScheme badges(Connection c, long summitId) throws SQLException {
        List<BadgeCategory> categories = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, label_en, label_fr, colour, access_zone"
                + " FROM badge_category WHERE summit_id = ? ORDER BY id")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    categories.add(new BadgeCategory(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5)));
                }
            }
        }
        if (categories.isEmpty()) {
            return null;
        }
        Map<Role, String> roles = new EnumMap<>(Role.class);
        try (PreparedStatement s = c.prepareStatement(
                "SELECT role, category_code FROM badge_role_default WHERE summit_id = ?")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    roles.put(Role.valueOf(r.getString(1)), r.getString(2));
                }
            }
        }
        Map<Long, String> own = new HashMap<>();
        Map<Long, String> zones = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT b.attendee_id, b.category_code, b.access_zone"
                + " FROM attendee_badge b JOIN attendee a ON a.id = b.attendee_id WHERE a.summit_id = ?")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String category = r.getString(2);
                    String zone = r.getString(3);
                    if (category != null) {
                        own.put(id, category);
                    }
                    if (zone != null) {
                        zones.put(id, zone);
                    }
                }
            }
        }
        Map<String, Map<String, Integer>> quotas = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT nation_code, category_code, quota FROM badge_quota"
                + " WHERE summit_id = ? ORDER BY nation_code, category_code")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    quotas.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>())
                            .put(r.getString(2), r.getObject(3, Integer.class));
                }
            }
        }
        return new BadgeScheme(categories, roles, own, zones, quotas);
    }

    /** As SeatingStore.plans: the summit's plans in the order of their agenda items, each with its seats. */
    private static List<SeatingPlan> plans(Connection c, long summitId) throws SQLException {
        Map<Long, List<Seat>> seats = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT t.plan_id, t.seat_no, t.tier, t.nation_code,"
                + " t.attendee_id FROM seating_seat t JOIN seating_plan p ON p.id = t.plan_id WHERE p.summit_id = ?"
                + " ORDER BY t.plan_id, t.seat_no, t.tier")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    seats.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Seat(r.getInt(2), r.getInt(3),
                            r.getString(4), r.getObject(5, Long.class)));
                }
            }
        }
        List<SeatingPlan> plans = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, agenda_item_id, layout, version FROM seating_plan"
                + " WHERE summit_id = ? ORDER BY agenda_item_id")) {
            s.setLong(1, summitId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    plans.add(new SeatingPlan(id, r.getLong(2), SeatingLayout.valueOf(r.getString(3)),
                            seats.getOrDefault(id, List.of()), r.getInt(4)));
                }
            }
        }
        return plans;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime time = r.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
