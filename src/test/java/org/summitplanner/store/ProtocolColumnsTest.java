package org.summitplanner.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.importing.PlannedRow;
import org.summitplanner.importing.TableFile;
import org.summitplanner.model.AddressStyle;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.ProtocolDetails;
import org.summitplanner.model.Role;
import org.summitplanner.service.ImportService;
import org.summitplanner.service.Services;

/** The V9 attendee columns survive every way an attendee is written: form, import, import undo and redo. */
class ProtocolColumnsTest {

    private static final ProtocolDetails DETAILS = new ProtocolDetails(AddressStyle.RT_HON, "The Rt Hon.",
            "Le très honorable", LocalDate.of(2024, 7, 5), 3);

    @TempDir
    Path dir;

    private Database database;
    private Services services;
    private long summitId;

    @BeforeEach
    void demo() {
        database = TestDatabases.fresh();
        services = Services.of(database);
        summitId = services.summits().loadDemo().id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void insertUpdateAndDeleteRestoreKeepThem() {
        Attendee added = services.attendees().add(summitId, new Attendee(0, "pr-1", "GB", "Ann", "Lee", "Ms", null,
                Role.MINISTER, false, null, null, List.of(), null, null, null, 0, null, DETAILS));
        assertEquals(DETAILS, added.protocol());
        Attendee changed = services.attendees().update(added.withProtocol(DETAILS.withHandPosition(1)));
        assertEquals(DETAILS.withHandPosition(1), services.attendees().current(added.id()).orElseThrow().protocol());
        var deleted = services.attendees().delete(summitId, changed);
        assertEquals(DETAILS.withHandPosition(1), services.attendees().restore(deleted).protocol());
    }

    @Test
    void importUpdatesLeaveThemAndUndoRedoRestoreThem() throws Exception {
        Attendee penhaligon = services.attendees().attendees(summitId).stream()
                .filter(a -> a.familyName().equals("Penhaligon")).findFirst().orElseThrow();
        services.attendees().update(penhaligon.withProtocol(DETAILS));

        Path file = dir.resolve("list.csv");
        Files.writeString(file, "First name,Last name,Country,Position,Role\n"
                + penhaligon.givenName() + ",Penhaligon,GB,Defence Secretary (acting),minister\n"
                + "Ann,Lee,GB,Adviser,adviser\n");
        List<PlannedRow> rows = new ArrayList<>();
        ImportService.Preview preview = services.imports().preview(summitId, TableFile.open(file), null, Map.of(),
                org.summitplanner.importing.Texts.ENGLISH, rows::add, f -> { }, () -> false);
        ImportService.Result result = services.imports().commit(preview, rows, false, f -> { }, () -> false);
        assertEquals(1, result.updated(), rows.toString());
        Attendee updated = services.attendees().current(penhaligon.id()).orElseThrow();
        assertEquals("Defence Secretary (acting)", updated.position());
        assertEquals(DETAILS, updated.protocol());

        // undo and redo of the import: the person keeps the details, the restored new row comes back whole
        services.imports().undo(summitId, result, result.updatedAfter());
        Attendee undone = services.attendees().current(penhaligon.id()).orElseThrow();
        assertEquals(DETAILS, undone.protocol());
        services.imports().redo(summitId, result, List.of(undone));
        assertEquals(DETAILS, services.attendees().current(penhaligon.id()).orElseThrow().protocol());
    }

    @Test
    void restoreOfAnImportsRowsWritesTheColumns() {
        // the redo path (AttendeeBatches.RESTORE) with a row that carries details
        Attendee added = services.attendees().add(summitId, new Attendee(0, "pr-2", "FR", "Luc", "Roy", "Mr", null,
                Role.OFFICIAL, false, null, null, List.of(), null, null, null, 0, null, DETAILS));
        AttendeeImportStore store = new AttendeeImportStore(database);
        store.swap(summitId, List.of(added), List.of(), null, List.of(), List.of());
        assertEquals(java.util.Optional.empty(), services.attendees().current(added.id()));
        store.swap(summitId, List.of(), List.of(added), null, List.of(), List.of());
        assertEquals(added, services.attendees().current(added.id()).orElseThrow());
    }
}
