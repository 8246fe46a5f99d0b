package org.summitplanner.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One event. Times of the summit's items are instants; they are shown and written in the
 * summit's time zone.
 *
 * @param id database id, 0 before the summit is stored
 * @param version optimistic-locking version of the stored row
 */
public record Summit(long id, String name, String hostNation, String city, String venue,
                     LocalDate firstDay, LocalDate lastDay, ZoneId timeZone, int version) {

    public Summit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hostNation, "hostNation");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(timeZone, "timeZone");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("last day " + lastDay + " is before first day " + firstDay);
        }
    }

    public long dayCount() {
        return firstDay.until(lastDay).getDays() + 1L;
    }

    public Instant toInstant(LocalDateTime local) {
        return local.atZone(timeZone).toInstant();
    }

    public LocalDateTime toLocal(Instant instant) {
        return LocalDateTime.ofInstant(instant, timeZone);
    }

    public Summit withId(long newId) {
        return new Summit(newId, name, hostNation, city, venue, firstDay, lastDay, timeZone, version);
    }

    public Summit withVersion(int newVersion) {
        return new Summit(id, name, hostNation, city, venue, firstDay, lastDay, timeZone, newVersion);
    }

    public Summit withName(String newName) {
        return new Summit(id, newName, hostNation, city, venue, firstDay, lastDay, timeZone, version);
    }
}
