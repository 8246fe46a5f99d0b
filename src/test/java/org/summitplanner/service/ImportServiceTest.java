package org.summitplanner.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.importing.ImportField;
import org.summitplanner.importing.Outcome;
import org.summitplanner.importing.PlannedRow;
import org.summitplanner.importing.TableFile;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Role;
import org.summitplanner.store.Database;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.store.TestDatabases;

/** Planning over the demo summit and committing: outcomes, one transaction, stale plans, cancel, undo. */
class ImportServiceTest {

    @TempDir
    Path dir;

    private Database database;
    private Services services;
    private long summitId;
    /** The thread importFile reads and plans on, as the command makes it. */
    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    @BeforeEach
    void demo() {
        database = TestDatabases.fresh();
        services = Services.of(database);
        summitId = services.summits().loadDemo().id();
    }

    @AfterEach
    void close() {
        reader.shutdown();
        database.close();
    }

    private record Planned(ImportService.Preview preview, List<PlannedRow> rows) {
        PlannedRow row(int number) {
            return rows.stream().filter(r -> r.row() == number).findFirst().orElseThrow();
        }
    }

    private Planned plan(String csv) throws Exception {
        Path file = dir.resolve("list.csv");
        Files.writeString(file, csv);
        List<PlannedRow> rows = new ArrayList<>();
        ImportService.Preview preview = services.imports().preview(summitId, TableFile.open(file), null, Map.of(),
                org.summitplanner.importing.Texts.ENGLISH, rows::add, f -> { }, () -> false);
        return new Planned(preview, rows);
    }

    private static final String HEADER = "Title,First name,Last name,Country,Email,Position,Role,Head of delegation\n";

    @Test
    void everyRowGetsItsOutcome() throws Exception {
        Planned p = plan(HEADER
                + "Lt. Gen.,Robert,Glavaš,Slovenia,ROBERT.GLAVAS@example.si,Chief of the General Staff of the Slovenian Armed Forces,military,yes\n"
                + ",Robert,Glavaš,SI,robert.glavas@example.si,Army chief,,\n"
                + "Mme,Claire,Martin,France,claire.martin@example.fr,Conseillère,conseiller,non\n"
                + "Mme,Claire,Martin,FR,Claire.Martin@EXAMPLE.fr,Conseillère,conseiller,non\n"
                + ",Hans,Muster,Atlantis,hans@example.ch,,,\n"
                + ",Ana,Lopez,Spain,ana@,,,\n"
                + ",Mark,Twain,USA,mark@example.com,\"=HYPERLINK(\"\"http://evil\"\")\",press,\n");
        assertEquals(Outcome.UNCHANGED, p.row(2).outcome(), p.row(2).message());
        assertEquals(Outcome.DUPLICATE, p.row(3).outcome());
        assertEquals(2, p.row(3).duplicateOf());
        assertEquals(Outcome.NEW, p.row(4).outcome());
        assertEquals(Role.ADVISER, p.row(4).attendee().role());
        assertEquals(Outcome.DUPLICATE, p.row(5).outcome(), "the same email in another case");
        assertEquals("same person as row 4", p.row(5).message());
        assertEquals(Outcome.ERROR, p.row(6).outcome());
        assertTrue(p.row(6).message().startsWith("column \"Country\", value \"Atlantis\": unknown nation"),
                p.row(6).message());
        assertEquals(Outcome.ERROR, p.row(7).outcome());
        assertEquals("column \"Email\", value \"ana@\": not an email address", p.row(7).message());
        assertEquals(Outcome.NEW, p.row(8).outcome());
        assertEquals("=HYPERLINK(\"http://evil\")", p.row(8).attendee().position());
        assertTrue(p.row(8).message().contains("US is not invited"), p.row(8).message());
        assertEquals(Map.of(Outcome.NEW, 2, Outcome.UPDATE, 0, Outcome.UNCHANGED, 1, Outcome.DUPLICATE, 2,
                Outcome.ERROR, 2, Outcome.NOT_A_PERSON, 0), p.preview().summary().totals());
    }

    @Test
    void rowMessagesInFrench() throws Exception {
        Path file = dir.resolve("liste.csv");
        Files.writeString(file, "Prénom;Nom;Pays;Courriel\nAna;Lopez;Espagne;ana@\nJohn;Smith;États-Unis;john@example.com\n"
                + "Hans;Muster;Allmagne;hans@example.de\n");
        List<PlannedRow> rows = new ArrayList<>();
        services.imports().preview(summitId, TableFile.open(file), null, Map.of(),
                new org.summitplanner.importing.Texts(java.util.Locale.FRENCH), rows::add, f -> { }, () -> false);
        assertEquals("colonne « Courriel », valeur « ana@ » : pas une adresse électronique", rows.get(0).message());
        assertEquals("US n’est pas invité : les vérifications du programme signaleront ce participant",
                rows.get(1).message());
        assertTrue(rows.get(2).message().startsWith("colonne « Pays », valeur « Allmagne » : nation inconnue ; "
                + "vouliez-vous dire Allemagne (DE)"), rows.get(2).message());
    }

    @Test
    void anUpdateListsTheFieldsThatChangeAndBlankCellsKeepWhatIsStored() throws Exception {
        Planned p = plan("Name,Country,Email,Position,Phone\n"
                + "Robert Glavaš,Slovenia,,Army chief,\n");
        PlannedRow row = p.row(2);
        assertEquals(Outcome.UPDATE, row.outcome(), row.message());
        assertEquals(List.of(ImportField.POSITION), row.changes());
        assertEquals("robert.glavas@example.si", row.attendee().email());
        assertEquals("+386 1 000 0001", row.attendee().phone());
        assertEquals(row.before().id(), row.attendee().id());
    }

    @Test
    void aNameWrittenOnlyInCapitalsOrWithoutAccentsKeepsTheStoredSpelling() throws Exception {
        Planned p = plan("First name,Last name,Country,Email,Position\n"
                + "ROBERT,GLAVAS,Slovenia,ROBERT.GLAVAS@EXAMPLE.SI,Army chief\n");
        PlannedRow row = p.row(2);
        assertEquals(Outcome.UPDATE, row.outcome(), row.message());
        assertEquals(List.of(ImportField.POSITION), row.changes(), "the name is the same name");
        assertEquals("Glavaš", row.attendee().familyName());
        assertEquals("Robert", row.attendee().givenName());
    }

    @Test
    void aStoredNameIsNeverChangedByALineInAnotherEncoding() throws Exception {
        // UTF-8, but one line was pasted in from a Windows-1252 file: read whole as Windows-1252, Glavaš
        // became "GlavaÅ¡" and the plan updated him
        Path file = dir.resolve("mixed.csv");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write("First name,Last name,Country,Email\nRobert,Glavaš,Slovenia,robert.glavas@example.si\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.write("Noëlle,Martin,France,noelle.martin@example.fr\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.write(file, bytes.toByteArray());
        List<PlannedRow> rows = new ArrayList<>();
        services.imports().preview(summitId, TableFile.open(file), null, Map.of(),
                org.summitplanner.importing.Texts.ENGLISH, rows::add, f -> { }, () -> false);
        assertEquals(Outcome.UNCHANGED, rows.get(0).outcome(), rows.get(0).message());
        assertEquals(Outcome.ERROR, rows.get(1).outcome());
        assertEquals(3, rows.get(1).row());
        assertEquals("column \"First name\", value \"Noëlle\": this row is not in UTF-8 like the rest of the file; "
                + "read as Windows-1252 it says what is shown here. Save the file again as UTF-8, or correct the row",
                rows.get(1).message());
    }

    @Test
    void anUpdateThatRenamesSomeoneSaysFromWhatToWhat() throws Exception {
        Planned p = plan("First name,Last name,Country,Email\nRobert,Glavaš-Novak,Slovenia,robert.glavas@example.si\n");
        PlannedRow row = p.row(2);
        assertEquals(Outcome.UPDATE, row.outcome());
        assertEquals("changes family_name (\"Glavaš\" to \"Glavaš-Novak\")", row.message());
    }

    @Test
    void aDecomposedNameInAListIsTheStoredNameAndNewNamesAreStoredComposed() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Glavaš", java.text.Normalizer.Form.NFD);
        String nguyen = java.text.Normalizer.normalize("Nguyễn Thị Ánh", java.text.Normalizer.Form.NFD);
        Planned p = plan("First name,Last name,Country,Email\nRobert," + decomposed
                + ",Slovenia,robert.glavas@example.si\n" + "Ánh," + nguyen + ",Vietnam,anh@example.vn\n");
        assertEquals(Outcome.UNCHANGED, p.row(2).outcome(), p.row(2).message());
        assertEquals("Nguyễn Thị Ánh", p.row(3).attendee().familyName());
        services.imports().commit(p.preview(), p.rows(), false, f -> { }, () -> false);
        assertEquals("Nguyễn Thị Ánh", services.attendees().attendees(summitId).stream()
                .filter(a -> "anh@example.vn".equals(a.email())).findFirst().orElseThrow().familyName());
    }

    @Test
    void anExcelSheetWithMergedNationsATotalRowAndAFormulaWithoutResult() throws Exception {
        Path file = org.summitplanner.importing.WorkbookSamples.awkward(dir.resolve("benelux.xlsx"));
        List<PlannedRow> rows = new ArrayList<>();
        ImportService.Preview preview = services.imports().preview(summitId, TableFile.open(file), null, Map.of(),
                org.summitplanner.importing.Texts.ENGLISH, rows::add, f -> { }, () -> false);
        Map<Integer, PlannedRow> byRow = new java.util.HashMap<>();
        rows.forEach(r -> byRow.put(r.row(), r));
        for (int n : new int[] {4, 5, 6}) {
            assertEquals(Outcome.NEW, byRow.get(n).outcome(), n + ": " + byRow.get(n).message());
            assertEquals("BE", byRow.get(n).attendee().nation());
        }
        assertEquals(Outcome.ERROR, byRow.get(7).outcome());
        assertEquals("column \"E-mail\": cell D7 holds a formula (=LOWER(B7)&\".\"&LOWER(C7)&\"@example.lu\") whose "
                + "result was not saved in the file: open the file in Excel or LibreOffice and save it again, or type "
                + "the value", byRow.get(7).message());
        assertEquals(Outcome.NOT_A_PERSON, byRow.get(8).outcome());
        assertEquals("not a person: a total line (\"Total: 4\"), left out", byRow.get(8).message());
        assertEquals("3 new, 0 update, 0 unchanged, 0 duplicate, 1 error, 1 not a person", preview.summary().describe());
        assertEquals(5, preview.summary().rows());
    }

    @Test
    void aSecondHeadForADelegationIsAnError() throws Exception {
        Planned p = plan(HEADER + ",Ana,Novak,Slovenia,ana.novak@example.si,,official,yes\n");
        assertEquals(Outcome.ERROR, p.row(2).outcome());
        assertTrue(p.row(2).message().contains("SI already has a head of delegation, Lt. Gen. Robert Glavaš"),
                p.row(2).message());
    }

    @Test
    void theCommitWritesExactlyTheNewAndUpdatedRowsInOneTransaction() throws Exception {
        int before = services.attendees().attendees(summitId).size();
        Planned p = plan(HEADER
                + ",Robert,Glavaš,SI,,Army chief,,\n"
                + ",Claire,Martin,France,claire.martin@example.fr,Conseillère,conseiller,non\n"
                + ",Hans,Muster,Atlantis,hans@example.ch,,,\n");
        assertThrows(IllegalStateException.class, () -> services.imports().commit(p.preview(), p.rows(), false,
                f -> { }, () -> false));
        assertEquals(before, services.attendees().attendees(summitId).size());

        ImportService.Result result = services.imports().commit(p.preview(), p.rows(), true, f -> { }, () -> false);
        assertEquals(1, result.inserted());
        assertEquals(1, result.updated());
        List<Attendee> now = services.attendees().attendees(summitId);
        assertEquals(before + 1, now.size());
        assertEquals("Army chief", now.stream().filter(a -> a.familyName().equals("Glavaš")).findFirst()
                .orElseThrow().position());

        // undo takes the import back as one action; redo puts it back under the same ids
        services.imports().undo(summitId, result, result.updatedAfter());
        List<Attendee> undone = services.attendees().attendees(summitId);
        assertEquals(before, undone.size());
        Attendee glavas = undone.stream().filter(a -> a.familyName().equals("Glavaš")).findFirst().orElseThrow();
        assertEquals("Chief of the General Staff of the Slovenian Armed Forces", glavas.position());
        services.imports().redo(summitId, result, List.of(glavas));
        assertEquals(before + 1, services.attendees().attendees(summitId).size());
        assertEquals(result.insertedAttendees().get(0).id(), services.attendees().attendees(summitId).stream()
                .filter(a -> a.familyName().equals("Martin")).findFirst().orElseThrow().id());
    }

    @Test
    void undoAndRedoOfAnImportKeepTheAddedPersonsBadgeAndSeat() throws Exception {
        Planned p = plan(HEADER + ",Claire,Martin,France,claire.martin@example.fr,Conseillère,conseiller,non\n");
        ImportService.Result result = services.imports().commit(p.preview(), p.rows(), false, f -> { }, () -> false);
        long claire = result.insertedAttendees().get(0).id();
        // since the import, Claire got a badge of her own and a chair behind France's head at the opening
        org.summitplanner.model.BadgeScheme scheme = services.badges().scheme(summitId);
        services.badges().saveScheme(summitId, new org.summitplanner.model.BadgeScheme(scheme.categories(),
                scheme.roleDefaults(), java.util.Map.of(claire, "PRESS"), java.util.Map.of(claire, "Z9"), scheme.quotas()));
        long opening = services.seating().findItem(summitId, "opening").id();
        org.summitplanner.model.SeatingPlan plan = services.seating().save(summitId, services.seating()
                .generate(summitId, opening, org.summitplanner.model.SeatingLayout.PLENARY));
        List<org.summitplanner.model.Seat> seats = new java.util.ArrayList<>(plan.seats());
        org.summitplanner.model.Seat chair = plan.seats().stream().filter(s -> s.nation().equals("FR") && s.tier() == 2)
                .findFirst().orElseThrow();
        seats.set(seats.indexOf(chair), chair.withOccupant("FR", claire));
        services.seating().save(summitId, new org.summitplanner.model.SeatingPlan(plan.id(), opening, plan.layout(),
                seats, plan.version()));
        org.summitplanner.model.BadgeScheme withClaire = services.badges().scheme(summitId);
        List<org.summitplanner.model.Seat> seated = services.seating().plan(opening).orElseThrow().seats();

        ImportService.Undone undone = services.imports().undoKeeping(summitId, result, result.updatedAfter());
        assertTrue(services.attendees().current(claire).isEmpty());
        assertNull(services.seating().plan(opening).orElseThrow().seat(chair.place(), 2).attendeeId());
        assertFalse(services.badges().scheme(summitId).attendeeCategories().containsKey(claire));

        services.imports().redo(summitId, result, undone.updatedNow(), undone.traces());
        assertEquals(withClaire, services.badges().scheme(summitId));
        assertEquals(seated, services.seating().plan(opening).orElseThrow().seats());
    }

    @Test
    void anImportIsOneBulkEntryInTheHistoryWhileItsUpdatesAndLaterEditsStayRowByRow() throws Exception {
        int before = services.history().history(summitId, null).size();
        Planned p = plan(HEADER + ",Claire,Martin,France,claire.martin@example.fr,Conseillère,conseiller,non\n"
                + ",Paul,Durand,France,paul.durand@example.fr,Conseiller,conseiller,non\n"
                + ",Robert,Glavaš,SI,robert.glavas@example.si,Army chief,,\n");
        assertEquals(Outcome.UPDATE, p.row(4).outcome(), p.row(4).message());
        ImportService.Result result = services.imports().commit(p.preview(), p.rows(), false, f -> { }, () -> false);
        List<org.summitplanner.model.AuditEntry> added = services.history().history(summitId, null);
        added = added.subList(before, added.size());
        // the import's own row, the one BULK entry, Glavaš's update with its before and after, the import's counts
        assertEquals(List.of("INSERT attendee_import", "BULK attendee_import", "UPDATE attendee", "UPDATE attendee_import"),
                added.stream().map(e -> e.kind() + " " + e.table()).toList(), added.toString());
        org.summitplanner.model.AuditEntry bulk = added.get(1);
        assertEquals(result.importId(), bulk.rowId());
        assertEquals(summitId, bulk.summitId());
        assertEquals(System.getProperty("user.name"), bulk.user());
        var after = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bulk.after());
        assertEquals("import", after.get("operation").asText());
        assertEquals("list.csv", after.get("file").asText());
        assertEquals(2, after.get("added").asInt());
        assertEquals(1, after.get("updated").asInt());
        long claire = result.insertedAttendees().get(0).id();
        assertEquals(claire + "-" + (claire + 1), after.get("attendee").asText());
        assertTrue(added.get(2).before().contains("Chief of the General Staff") && added.get(2).after().contains("Army chief"));
        // the next transaction on the same connection is audited row by row again
        Attendee paul = result.insertedAttendees().get(1);
        services.attendees().add(summitId, new Attendee(0, null, "FR", "Jeanne", "Leroy", null, null, Role.ADVISER, false,
                "jeanne.leroy@example.fr", null, List.of(), null, null, null, 0));
        services.attendees().update(paul.withVersion(paul.version()));
        List<org.summitplanner.model.AuditEntry> later = services.history().history(summitId, null);
        assertEquals(List.of("INSERT attendee", "UPDATE attendee"), later.subList(before + added.size(), later.size())
                .stream().map(e -> e.kind() + " " + e.table()).toList());
    }

    @Test
    void aCancelledImportLeavesNoBulkEntryAndTheNextInsertIsAudited() throws Exception {
        int before = services.history().history(summitId, null).size();
        Planned p = plan(HEADER + ",Claire,Martin,France,claire.martin@example.fr,Conseillère,conseiller,non\n");
        assertThrows(CancellationException.class, () -> services.imports().commit(p.preview(), p.rows(), false,
                f -> { }, () -> true));
        assertEquals(before, services.history().history(summitId, null).size());
        services.attendees().add(summitId, new Attendee(0, null, "FR", "Jeanne", "Leroy", null, null, Role.ADVISER, false,
                "jeanne.leroy@example.fr", null, List.of(), null, null, null, 0));
        List<org.summitplanner.model.AuditEntry> after = services.history().history(summitId, null);
        assertEquals(List.of("INSERT attendee"), after.subList(before, after.size()).stream()
                .map(e -> e.kind() + " " + e.table()).toList());
    }

    @Test
    void undoIsRefusedOverSomeoneElsesLaterChange() throws Exception {
        Planned p = plan(HEADER + ",Claire,Martin,France,claire.martin@example.fr,Conseillère,conseiller,non\n");
        ImportService.Result result = services.imports().commit(p.preview(), p.rows(), false, f -> { }, () -> false);
        Attendee claire = result.insertedAttendees().get(0);
        services.attendees().update(new Attendee(claire.id(), null, "FR", "Claire", "Martin-Dubois", null, null,
                Role.ADVISER, false, claire.email(), null, List.of(), null, null, null, claire.version()));
        assertThrows(StaleDataException.class, () -> services.imports().undo(summitId, result, List.of()));
        assertEquals("Martin-Dubois", services.attendees().current(claire.id()).orElseThrow().familyName());
    }

    @Test
    void aPlanMadeOnStaleDataIsRefusedWhole() throws Exception {
        Planned p = plan(HEADER + ",Claire,Martin,France,claire.martin@example.fr,,,\n"
                + ",Robert,Glavaš,SI,,Army chief,,\n");
        Attendee someone = services.attendees().attendees(summitId).get(0);
        services.attendees().update(someone.withVersion(someone.version()));
        int before = services.attendees().attendees(summitId).size();
        assertThrows(StaleDataException.class, () -> services.imports().commit(p.preview(), p.rows(), false,
                f -> { }, () -> false));
        assertEquals(before, services.attendees().attendees(summitId).size());
        assertEquals("Chief of the General Staff of the Slovenian Armed Forces", services.attendees()
                .attendees(summitId).stream().filter(a -> a.familyName().equals("Glavaš")).findFirst().orElseThrow()
                .position());
    }

    @Test
    void aCancelledCommitWritesNothing() throws Exception {
        StringBuilder csv = new StringBuilder("Name,Country,Email\n");
        for (int i = 0; i < 2_500; i++) {
            csv.append("Person ").append(i).append(",France,p").append(i).append("@example.fr\n");
        }
        Planned p = plan(csv.toString());
        assertEquals(2_500, p.preview().summary().total(Outcome.NEW));
        int before = services.attendees().attendees(summitId).size();
        int[] batches = {0};
        // cancelled after the first batch of 1,000 was written inside the transaction
        assertThrows(CancellationException.class, () -> services.imports().commit(p.preview(), p.rows(), false,
                f -> batches[0]++, () -> batches[0] >= 1));
        assertEquals(before, services.attendees().attendees(summitId).size());
        assertNull(services.attendees().attendees(summitId).stream().filter(a -> "p0@example.fr".equals(a.email()))
                .findFirst().orElse(null));
    }

    private Path people(int count, String extra) throws Exception {
        StringBuilder csv = new StringBuilder("Name,Country,Email\n");
        for (int i = 0; i < count; i++) {
            csv.append("Person ").append(i).append(",France,p").append(i).append("@example.fr\n");
        }
        Path file = dir.resolve("people.csv");
        Files.writeString(file, csv + extra);
        return file;
    }

    private List<String> historySince(int before) {
        List<org.summitplanner.model.AuditEntry> all = services.history().history(summitId, null);
        return all.subList(before, all.size()).stream().map(e -> e.kind() + " " + e.table()).toList();
    }

    @Test
    void importFileWritesWhileReadingInOneTransactionCommittedWhenTheWholePlanIsKnown() throws Exception {
        Path file = people(2_500, "");
        List<Attendee> stored = services.attendees().attendees(summitId);
        int before = stored.size();
        int history = services.history().history(summitId, null).size();
        List<PlannedRow> seen = new ArrayList<>();
        int[] storedWhenTold = {-1};
        ImportService.Imported done = services.imports().importFile(summitId, TableFile.open(file), null, Map.of(),
                org.summitplanner.importing.Texts.ENGLISH, false, seen::add, preview -> {
                    assertEquals(2_500, preview.summary().total(Outcome.NEW));
                    // read on another connection: the rows written so far are not committed yet
                    storedWhenTold[0] = services.attendees().attendees(summitId).size();
                    return true;
                }, reader);
        assertEquals(before, storedWhenTold[0]);
        assertEquals(2_500, seen.size());
        assertEquals(2_500, done.result().inserted());
        assertEquals(0, done.result().updated());
        List<Attendee> now = services.attendees().attendees(summitId);
        assertEquals(before + 2_500, now.size());
        java.util.Set<Long> old = new java.util.HashSet<>(stored.stream().map(Attendee::id).toList());
        assertEquals(java.util.stream.IntStream.range(0, 2_500).mapToObj(i -> "p" + i + "@example.fr")
                        .collect(java.util.stream.Collectors.toSet()),
                now.stream().filter(a -> !old.contains(a.id())).map(Attendee::email)
                        .collect(java.util.stream.Collectors.toSet()));
        // the same entries as the commit of a previewed plan: the import's row, one BULK entry, its counts
        assertEquals(List.of("INSERT attendee_import", "BULK attendee_import", "UPDATE attendee_import"),
                historySince(history));
    }

    @Test
    void importFileWritesNothingWhenTheReportSaysNo() throws Exception {
        Path file = people(2_500, "");
        int before = services.attendees().attendees(summitId).size();
        int history = services.history().history(summitId, null).size();
        ImportService.Imported done = services.imports().importFile(summitId, TableFile.open(file), null, Map.of(),
                org.summitplanner.importing.Texts.ENGLISH, false, row -> { }, preview -> false, reader);
        assertNull(done.result());
        assertEquals(2_500, done.preview().summary().writes());
        assertEquals(before, services.attendees().attendees(summitId).size());
        assertEquals(List.of(), historySince(history));
    }

    @Test
    void importFileWritesNothingWhenARowHasAnErrorUnlessErrorsAreSkipped() throws Exception {
        // the error is the last row: 2,500 rows were already sent to the transaction, which is rolled back
        Path file = people(2_500, "Ana Lopez,Spain,ana@\n");
        int before = services.attendees().attendees(summitId).size();
        int history = services.history().history(summitId, null).size();
        boolean[] told = {false};
        ImportService.Imported refused = services.imports().importFile(summitId, TableFile.open(file), null, Map.of(),
                org.summitplanner.importing.Texts.ENGLISH, false, row -> { }, preview -> told[0] = true, reader);
        assertTrue(told[0], "the report is told the plan even when it cannot be committed");
        assertNull(refused.result());
        assertEquals(1, refused.preview().summary().total(Outcome.ERROR));
        assertEquals(before, services.attendees().attendees(summitId).size());
        assertEquals(List.of(), historySince(history));

        ImportService.Imported skipped = services.imports().importFile(summitId, TableFile.open(file), null, Map.of(),
                org.summitplanner.importing.Texts.ENGLISH, true, row -> { }, preview -> true, reader);
        assertEquals(2_500, skipped.result().inserted());
        assertEquals(before + 2_500, services.attendees().attendees(summitId).size());
    }

    @Test
    void importFileRefusesAFileThatCannotBeReadAndWritesNothing() throws Exception {
        // an unclosed quote in the last row: found after 2,500 rows were sent to the transaction
        TableFile file = TableFile.open(people(2_500, "Ana Lopez,\"Spain,ana@example.es\n"));
        int before = services.attendees().attendees(summitId).size();
        int history = services.history().history(summitId, null).size();
        boolean[] told = {false};
        assertThrows(org.summitplanner.importing.ImportException.class, () -> services.imports().importFile(summitId,
                file, null, Map.of(), org.summitplanner.importing.Texts.ENGLISH, false, row -> { },
                preview -> told[0] = true, reader));
        assertFalse(told[0]);
        assertEquals(before, services.attendees().attendees(summitId).size());
        assertEquals(List.of(), historySince(history));
    }

    @Test
    void importFileWritesNothingWhenTheReadingFailsHalfWayAndEndsTheReadingFirst() throws Exception {
        // the command's report cannot be written at row 1,500: 1,250 rows were already written to the transaction
        Path file = people(2_500, "");
        int before = services.attendees().attendees(summitId).size();
        int history = services.history().history(summitId, null).size();
        int[] seen = {0};
        java.io.UncheckedIOException full = new java.io.UncheckedIOException(new java.io.IOException("disk full"));
        java.io.UncheckedIOException thrown = assertThrows(java.io.UncheckedIOException.class,
                () -> services.imports().importFile(summitId, TableFile.open(file), null, Map.of(),
                        org.summitplanner.importing.Texts.ENGLISH, false, row -> {
                            if (++seen[0] == 1_500) {
                                throw full;
                            }
                        }, preview -> true, reader));
        assertEquals(full, thrown);
        assertEquals(1_500, seen[0]);
        assertEquals(before, services.attendees().attendees(summitId).size());
        assertEquals(List.of(), historySince(history));
    }
}
