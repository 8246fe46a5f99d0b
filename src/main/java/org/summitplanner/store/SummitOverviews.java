package org.summitplanner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitplanner.errors.DatabaseException;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitOverview;

/**
 * Every summit at a glance ({@link SummitStore#overview} for all of them), read in plain JDBC with one
 * query per kind of count over all summits: the {@code summits} command reads nothing else, and without
 * jOOQ it starts in about four fifths of the time (jOOQ's first query loads and initialises its data
 * types). OverviewsTest holds it to {@link SummitStore#overview}.
 */
public final class SummitOverviews {

    private final Database database;

    public SummitOverviews(Database database) {
        this.database = database;
    }

    /** Every summit, ordered by id, with its counts. */
    public List<SummitOverview> all() {
        try (Connection c = database.dataSource().getConnection()) {
            return all(c);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read the summits of " + database.description() + ": "
                    + e.getMessage(), e);
        }
    }

    private static List<SummitOverview> all(Connection c) throws SQLException {
        Map<Long, Summit> summits = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, name, host_nation, city, venue, first_day, last_day,"
                + " time_zone, transfer_minutes, version, name_fr, venue_fr FROM summit ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                summits.put(r.getLong(1), new Summit(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getObject(6, java.time.LocalDate.class), r.getObject(7, java.time.LocalDate.class),
                        ZoneId.of(r.getString(8)), r.getInt(9), r.getInt(10), r.getString(11), r.getString(12)));
            }
        }
        Map<Long, Map<ParticipationStatus, List<String>>> byStatus = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT summit_id, status, nation_code FROM participation ORDER BY summit_id, nation_code");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byStatus.computeIfAbsent(r.getLong(1), id -> new EnumMap<>(ParticipationStatus.class))
                        .computeIfAbsent(ParticipationStatus.valueOf(r.getString(2)), x -> new ArrayList<>())
                        .add(r.getString(3));
            }
        }
        Map<Long, Integer> attendees = counts(c, "SELECT summit_id, COUNT(*) FROM attendee GROUP BY summit_id");
        Map<Long, Integer> rooms = counts(c, "SELECT summit_id, COUNT(*) FROM room GROUP BY summit_id");
        Map<Long, Integer> items = counts(c, "SELECT summit_id, COUNT(*) FROM agenda_item GROUP BY summit_id");
        List<SummitOverview> out = new ArrayList<>(summits.size());
        for (Summit summit : summits.values()) {
            long id = summit.id();
            out.add(new SummitOverview(summit, byStatus.getOrDefault(id, Map.of()), attendees.getOrDefault(id, 0),
                    rooms.getOrDefault(id, 0), items.getOrDefault(id, 0)));
        }
        return out;
    }

    private static Map<Long, Integer> counts(Connection c, String sql) throws SQLException {
        Map<Long, Integer> counts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                counts.put(r.getLong(1), r.getInt(2));
            }
        }
        return counts;
    }
}
