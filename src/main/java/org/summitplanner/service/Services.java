package org.summitplanner.service;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.summitplanner.errors.DatabaseException;
import org.summitplanner.store.AcknowledgementStore;
import org.summitplanner.store.AgendaStore;
import org.summitplanner.store.AttendeeImportStore;
import org.summitplanner.store.AuditStore;
import org.summitplanner.store.AttendeeStore;
import org.summitplanner.store.BadgeStore;
import org.summitplanner.store.BilateralStore;
import org.summitplanner.store.CalendarIdStore;
import org.summitplanner.store.Database;
import org.summitplanner.store.ParticipationStore;
import org.summitplanner.store.PgLocation;
import org.summitplanner.store.PrecedenceStore;
import org.summitplanner.store.RoomStore;
import org.summitplanner.store.SeatingStore;
import org.summitplanner.store.SummitChanges;
import org.summitplanner.store.SummitStore;

/**
 * The services over one open database. {@link #open} is the composition root: the window and every
 * command open their database through it and get the services with it; nothing above this package
 * builds a store.
 */
public record Services(SummitService summits, RoomService rooms, NationService nations, AttendeeService attendees,
                       AgendaService agenda, CheckService checks, ImportService imports,
                       PrintService printing, SeatingService seating, BadgeService badges,
                       HistoryService history, TeamService team, BilateralService bilaterals,
                       PrecedenceService precedence) {

    /**
     * What opening a database needs besides where it is.
     *
     * @param user the login on a team database (null: the system user name); unused for a file
     * @param password asked only when a team database is opened; the array is cleared after use
     * @param readOnly for commands that only read: a read-only database file whose schema is current
     *        is opened read-only instead of refused (the caller must not write); unused for a server
     * @param status receives short progress messages while the database is opened and migrated
     */
    public record Access(String user, Supplier<char[]> password, boolean readOnly, Consumer<String> status) {

        public Access {
            status = status == null ? message -> { } : status;
        }

        /** A database file opened for reading and writing (a server would need a password: none is given). */
        public static Access of(Consumer<String> status) {
            return new Access(null, () -> new char[0], false, status);
        }
    }

    /**
     * Opens the database at {@code location} (a file, "x" meaning "x.mv.db", or
     * {@code postgresql://HOST[:PORT]/DB}), migrating it, with the services over it.
     *
     * @throws DatabaseException with a message for the user (naming the file or the server) when it
     *         cannot be opened; nothing is then left open
     */
    public static OpenServices open(String location, Access access) {
        Database database = openDatabase(location, access, false);
        try {
            Services services = of(database);
            return new OpenServices(database, () -> services);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Like {@link #open(String, Access)} with {@code access.readOnly()}, for a caller that never writes
     * (listing the summits, exporting one): a database file that is current is read without being opened
     * for writing, which opens it once instead of twice and writes nothing when it closes; the services are
     * built on first use.
     */
    public static OpenServices openWithoutWriting(String location, Access access) {
        Database database = openDatabase(location, access, true);
        // the services are built when first asked for: listing the summits needs none (see OpenServices)
        return new OpenServices(database, () -> of(database));
    }

    /**
     * Like {@link #open(String, Access)}, for a command that adds a summit and needs nothing else (load, demo):
     * the services are built on first use, so that {@link OpenServices#summits()} alone, plain JDBC, loads no
     * jOOQ class (about 600 of them, which the other services' stores load).
     */
    public static OpenServices openForAddingSummit(String location, Access access) {
        Database database = openDatabase(location, access, false);
        return new OpenServices(database, () -> of(database));
    }

    /**
     * Like {@link #openForAddingSummit}, for a database file that does not exist and that nobody sees before it
     * is closed and put in place whole (see {@link Database#openNewFile}).
     */
    public static OpenServices openNewForAddingSummit(Path newFile, Consumer<String> status) {
        Database database = Database.openNewFile(newFile, status);
        return new OpenServices(database, () -> of(database));
    }

    /** Opens (creating if needed) the database file {@code file} for reading and writing. */
    public static OpenServices open(Path file, Consumer<String> status) {
        return open(file.toString(), Access.of(status));
    }

    /** Whether {@code location} names a team database on a server rather than a file. */
    public static boolean isServer(String location) {
        return PgLocation.isServer(location);
    }

    /**
     * The server address as it will be shown (postgresql://HOST[:PORT]/DB).
     *
     * @throws DatabaseException naming the part of the address that is wrong
     */
    public static String serverAddress(String location) {
        return PgLocation.parse(location.trim()).toString();
    }

    /** The file a database file name stands for ("x" is "x.mv.db"): to check whether it exists, or never write it. */
    public static Path dataFile(Path file) {
        return Database.dataFile(file);
    }

    private static Database openDatabase(String location, Access access, boolean neverWrites) {
        if (PgLocation.isServer(location)) {
            PgLocation server = PgLocation.parse(location.trim());
            String user = access.user() != null ? access.user() : System.getProperty("user.name");
            char[] password = access.password().get();
            try {
                return Database.openPostgres(server, user, password, access.status());
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        Path file;
        try {
            file = Path.of(location);
        } catch (InvalidPathException e) {
            throw new DatabaseException("\"" + location + "\" is not a database file name: " + e.getReason());
        }
        if (neverWrites) {
            return Database.openFileWithoutWriting(file, access.status());
        }
        return access.readOnly() ? Database.openFileForReading(file, access.status())
                : Database.openFile(file, access.status());
    }

    public static Services of(Database database) {
        return of(database, Clock.systemDefaultZone());
    }

    /** @param clock "today" for the dates that status changes fill in (tests fix it) */
    public static Services of(Database database, Clock clock) {
        RoomStore rooms = new RoomStore(database);
        SummitStore summitStore = new SummitStore(database);
        SummitService summits = new SummitService(summitStore);
        AttendeeStore attendeeStore = new AttendeeStore(database);
        ParticipationStore participations = new ParticipationStore(database, clock);
        // the open summit in memory, shared by the checks and the agenda (see SummitMemory)
        SummitMemory memory = new SummitMemory(summitStore, new SummitChanges(database));
        PrecedenceService precedence = new PrecedenceService(new PrecedenceStore(database), summitStore, attendeeStore,
                summits);
        BadgeStore badgeStore = new BadgeStore(database);
        SeatingService seating = new SeatingService(new SeatingStore(database), summits, memory, precedence);
        return new Services(summits, new RoomService(rooms),
                new NationService(participations), new AttendeeService(attendeeStore),
                new AgendaService(new AgendaStore(database), rooms, memory),
                new CheckService(memory, new AcknowledgementStore(database), clock, badgeStore),
                new ImportService(new AttendeeImportStore(database), summitStore, participations),
                new PrintService(summitStore, summits, new CalendarIdStore(database), memory, precedence),
                seating, new BadgeService(badgeStore, seating, summits),
                new HistoryService(new AuditStore(database)), new TeamService(database),
                new BilateralService(new BilateralStore(database), summitStore, memory), precedence);
    }
}
