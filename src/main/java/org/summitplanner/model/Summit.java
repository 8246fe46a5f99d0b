package org.summitplanner.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * One event. Times of the summit's items are instants; they are shown and written in the
 * summit's time zone.
 *
 * @param id database id, 0 before the summit is stored
 * @param transferMinutes the time a person needs between items in two different buildings (the
 *                        scheduling checks warn below it)
 * @param version optimistic-locking version of the stored row
 * @param nameFr the summit's name in French, printed in French documents; null when none
 * @param venueFr the venue in French ("Palais de l'Élysée" for "Élysée Palace"); null when none
 */
public record Summit(long id, String name, String hostNation, String city, String venue,
                     LocalDate firstDay, LocalDate lastDay, ZoneId timeZone, int transferMinutes, int version,
                     String nameFr, String venueFr) {

    /** Unless a summit says otherwise. */
    public static final int DEFAULT_TRANSFER_MINUTES = 30;
    /** A day: more would mean a summit spread over several towns, which the checks do not model. */
    public static final int MAX_TRANSFER_MINUTES = 1440;
    /**
     * The longest summit, first and last day included: a summit is days or weeks; a longer one is a
     * slip in a year (2025 to 2052) and would make "every day" printouts run out of memory.
     */
    public static final int MAX_DAYS = 60;
    /** Dates and times are kept between these years (inclusive): outside them a year is a typing slip. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    /** A summit without French name or venue. */
    public Summit(long id, String name, String hostNation, String city, String venue,
                  LocalDate firstDay, LocalDate lastDay, ZoneId timeZone, int transferMinutes, int version) {
        this(id, name, hostNation, city, venue, firstDay, lastDay, timeZone, transferMinutes, version, null, null);
    }

    /** A summit with the default transfer time. */
    public Summit(long id, String name, String hostNation, String city, String venue,
                  LocalDate firstDay, LocalDate lastDay, ZoneId timeZone, int version) {
        this(id, name, hostNation, city, venue, firstDay, lastDay, timeZone, DEFAULT_TRANSFER_MINUTES, version);
    }

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
        if (transferMinutes < 0 || transferMinutes > MAX_TRANSFER_MINUTES) {
            throw new IllegalArgumentException("transfer time " + transferMinutes + " minutes is not between 0 and "
                    + MAX_TRANSFER_MINUTES);
        }
        name = Nfc.of(name);
        city = Nfc.of(city);
        venue = Nfc.of(venue);
        nameFr = Nfc.of(Texts.blankToNull(nameFr));
        venueFr = Nfc.of(Texts.blankToNull(venueFr));
    }

    /** The name in a language: the French one in French when there is one. */
    public String nameIn(Locale locale) {
        return Texts.french(locale) && nameFr != null ? nameFr : name;
    }

    /** The venue in a language: the French one in French when there is one (null when there is no venue). */
    public String venueIn(Locale locale) {
        return Texts.french(locale) && venueFr != null ? venueFr : venue;
    }

    /** True when {@code day} lies in the years Summit Planner keeps. */
    public static boolean isYearInRange(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    /** True when a summit from {@code first} to {@code last} is not longer than {@link #MAX_DAYS}. */
    public static boolean isLengthAllowed(LocalDate first, LocalDate last) {
        return !last.isAfter(first.plusDays(MAX_DAYS - 1L));
    }

    public Duration transferTime() {
        return Duration.ofMinutes(transferMinutes);
    }

    public long dayCount() {
        // not Period.getDays(), which is only the days part of "1 month and 29 days"
        return java.time.temporal.ChronoUnit.DAYS.between(firstDay, lastDay) + 1L;
    }

    public Instant toInstant(LocalDateTime local) {
        return local.atZone(timeZone).toInstant();
    }

    public LocalDateTime toLocal(Instant instant) {
        return LocalDateTime.ofInstant(instant, timeZone);
    }

    public Summit withId(long newId) {
        return new Summit(newId, name, hostNation, city, venue, firstDay, lastDay, timeZone, transferMinutes, version,
                nameFr, venueFr);
    }

    public Summit withVersion(int newVersion) {
        return new Summit(id, name, hostNation, city, venue, firstDay, lastDay, timeZone, transferMinutes, newVersion,
                nameFr, venueFr);
    }

    public Summit withName(String newName) {
        return new Summit(id, newName, hostNation, city, venue, firstDay, lastDay, timeZone, transferMinutes, version,
                nameFr, venueFr);
    }
}
