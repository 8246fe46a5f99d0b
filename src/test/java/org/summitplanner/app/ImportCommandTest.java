package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code import} as a script calls it, and the bad input of issue 5: each gets a clear message and
 * leaves the database as it was.
 */
class ImportCommandTest extends CommandTestSupport {

    @BeforeEach
    void demo() {
        assertEquals(0, run("--db", db(), "demo"), err);
    }

    /** The attendees column of "summits": what the database holds. */
    private int attendees() {
        run("--db", db(), "summits");
        return Integer.parseInt(out.lines().skip(1).findFirst().orElseThrow().trim().split("\\s{2,}")[4]);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private int importing(Path file, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "--db";
        args[1] = db();
        args[2] = "import";
        args[3] = file.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return run(args);
    }

    @Test
    void theSamplesImportAndASecondRunChangesNothing() {
        Path french = Path.of("assets/samples/delegation-fr.csv");
        assertEquals(0, importing(french, "--dry-run"), err);
        assertEquals("delegation-fr.csv: 6 rows: 5 new, 1 update, 0 unchanged, 0 duplicate, 0 error\n"
                + "Dry run: nothing was written.\n", out);
        assertEquals(113, attendees());
        assertEquals(0, importing(french), err);
        assertTrue(out.endsWith("5 added, 1 updated.\n"), out);
        assertEquals(118, attendees());
        // the sample gives Glavaš a departure day without a time: he leaves at its end, so he is
        // present for the whole programme of that day
        run("--db", db(), "check", "--format", "json");
        assertFalse(out.contains("ATTENDEE_NOT_PRESENT"), out);
        assertEquals(0, importing(french), err);
        assertTrue(out.contains("0 new, 0 update, 6 unchanged"), out);
        assertEquals(0, importing(Path.of("assets/samples/indico-registrations.csv")), err);
        assertEquals(124, attendees());
    }

    @Test
    void oneBadEmailAtRow9999Of10000BlocksTheWholeFile() throws Exception {
        StringBuilder csv = new StringBuilder("First name,Last name,Country,Email\n");
        for (int i = 1; i <= 10_000; i++) {
            csv.append("Given").append(i).append(",Family").append(i).append(",France,")
                    .append(i == 9_999 ? "person9999.example.fr" : "person" + i + "@example.fr").append('\n');
        }
        Path file = write("big.csv", csv.toString());
        assertEquals(1, importing(file));
        // data row 9,999 is the file's row 10,000 (the header is row 1), as a spreadsheet numbers it
        assertTrue(err.startsWith("row 10000 (Given9999 Family9999): column \"Email\", value \"person9999.example.fr\": not an email address\n"),
                err);
        assertTrue(err.contains("Nothing was imported: 1 row has an error."), err);
        assertTrue(out.contains("9999 new, 0 update, 0 unchanged, 0 duplicate, 1 error"), out);
        assertEquals(113, attendees());
    }

    @Test
    void skipErrorsCommitsTheOtherRowsAndTheReportNeutralisesFormulas() throws Exception {
        Path file = write("list.csv", "Name,Country,Email,Position\n"
                + "Jean Dupont,France,jean@example.fr,\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"\n"
                + "Hans Muster,Atlantis,hans@example.ch,Adviser\n"
                + "@Bad Name,France,+33@example.fr,-1\n");
        Path report = dir.resolve("report.csv");
        assertEquals(1, importing(file, "--report", report.toString()));
        assertEquals(113, attendees());
        assertEquals(0, importing(file, "--skip-errors", "--report", report.toString()), err);
        assertTrue(out.contains("2 added, 0 updated, 1 error rows skipped."), out);
        assertEquals(115, attendees());
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertEquals("\uFEFFrow,outcome,nation,given name,family name,email,message", lines.get(0));
        // an error row names its person as the file gives them, so that the office knows whose row to fix
        assertTrue(lines.get(2).startsWith("3,ERROR,Atlantis,Hans,Muster,hans@example.ch,\"column \"\"Country\"\", value \"\"Atlantis\"\": unknown nation"),
                lines.get(2));
        assertEquals("4,NEW,FR,'@Bad,Name,'+33@example.fr,", lines.get(3));
        // the position was stored as the text it is, never evaluated
        run("--db", db(), "export", dir.resolve("out.json").toString());
        assertTrue(Files.readString(dir.resolve("out.json")).contains("\"position\": \"=HYPERLINK(\\\"http://x\\\",\\\"click\\\")\""));
    }

    @Test
    void badInputGetsAClearMessageAndWritesNothing() throws Exception {
        assertEquals(2, importing(write("empty.csv", "")));
        assertEquals("empty.csv is empty: there is nothing to import.\n", err);

        assertEquals(2, importing(write("header.csv", "Name,Country,Email\n")));
        assertEquals("header.csv has a header row but no attendee rows: there is nothing to import.\n", err);

        Path png = dir.resolve("photo.csv");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        assertEquals(2, importing(png));
        assertTrue(err.startsWith("photo.csv is not a CSV or Excel file: it is a PNG image."), err);
        assertEquals(2, importing(write("plain.csv", "Name,Country\nAnna Berg,Sweden\n"), "--sheet", "Delegates"));
        assertEquals("--sheet applies to Excel workbooks (.xlsx); plain.csv is a text table with no sheets. "
                + "Nothing was imported.", err.strip());
        assertEquals(2, importing(write("summit.json", "\uFEFF\n  {\"summit\": {\"name\": \"Paris\"}}\n")));
        assertEquals("summit.json is a JSON file, not an attendee list (CSV, TSV or Excel). A summit file is read with "
                + "`load` (in the window: File \u203A Load summit file\u2026). Nothing was imported.", err.strip());

        assertEquals(1, importing(write("ragged.csv", "Name,Country,Email\nJean Dupont,France,jean@example.fr,extra\n")));
        assertTrue(err.startsWith("row 2 (Jean Dupont): the row has 4 cells but the header has 3 columns"), err);

        assertEquals(0, importing(write("twice.csv", "Name,Country,Email\nJean Dupont,France,Jean@Example.fr\n"
                + "Jean Dupont,France,jean@example.FR\n")));
        assertTrue(out.contains("1 new, 0 update, 0 unchanged, 1 duplicate, 0 error"), out);
        assertEquals(114, attendees());

        assertEquals(1, importing(write("nation.csv", "Name,Country\nJuan Pérez,Espana del Sur\n")));
        assertTrue(err.startsWith("row 2 (Juan Pérez): column \"Country\", value \"Espana del Sur\": unknown nation"), err);

        assertEquals(1, importing(write("long.csv", "Name,Country,Position\nAnna Berg,Sweden,\"" + "y".repeat(100_000)
                + "\"\n")));
        assertTrue(err.startsWith("row 2 (Anna Berg): column \"Position\", value \"yyyy"), err);
        assertTrue(err.contains("(100000 characters)\": is 100000 characters long; at most 200 fit"), err);

        assertEquals(2, importing(dir.resolve("gone.csv")));
        assertTrue(err.startsWith("No such file: "), err);

        assertEquals(2, importing(write("nonation.csv", "Name,Email\nJean Dupont,jean@example.fr\n")));
        assertTrue(err.startsWith("nonation.csv: No column holds the nation"), err);

        assertEquals(114, attendees());
    }

    @Test
    void handMappingAndBadUsage() throws Exception {
        Path file = write("odd.csv", "Nom de famille,Nation d'origine,Badge\nDupont,France,17\n");
        assertEquals(2, importing(file));
        assertTrue(err.contains("No column holds the nation"), err);
        assertEquals(0, importing(file, "--map", "Nation d'origine=nation", "--map", "Nom de famille=family_name",
                "--map", "Badge=ignore"), err);
        assertTrue(out.contains("1 added"), out);
        assertEquals(2, importing(file, "--map", "Badge"));
        assertTrue(err.startsWith("A mapping is HEADER=field"), err);
        assertEquals(2, importing(file, "--summit", "No such summit"));
        assertEquals(2, importing(file, "--map", "Badge=shoe size"));
        assertTrue(err.startsWith("odd.csv: Unknown field \"shoe size\""), err);
    }

    @Test
    void anXlsxSheetByName() throws Exception {
        Path file = org.summitplanner.importing.WorkbookSamples.delegates(dir.resolve("list.xlsx"));
        assertEquals(0, importing(file, "--sheet", "Delegates"), err + out);
        assertTrue(out.contains("2 rows: 2 new"), out);
        assertEquals(2, importing(file, "--sheet", "Nope"));
        assertTrue(err.startsWith("list.xlsx has no sheet named \"Nope\""), err);
    }

    @Test
    void anExcelSheetAsDelegationsMakeThem() throws Exception {
        Path file = org.summitplanner.importing.WorkbookSamples.awkward(dir.resolve("benelux.xlsx"));
        assertEquals(1, importing(file, "--dry-run"));
        // the totals line stays what scripts read; the lines after it are new
        assertEquals(List.of("benelux.xlsx: 5 rows: 3 new, 0 update, 0 unchanged, 0 duplicate, 1 error, 1 not a person",
                "Ignored columns: \"Badge number\" (not imported; --map \"HEADER=field\" imports one)",
                "row 8: not a person: a total line (\"Total: 4\"), left out"), out.lines().toList());
        assertTrue(err.matches("(?s)row 7 \\([^)]+\\): column \"E-mail\": cell D7 holds a formula.*"), err);
        assertTrue(err.contains(": column \"E-mail\": cell D7 holds a formula (=LOWER(B7)&\".\"&LOWER(C7)&"
                + "\"@example.lu\") whose result was not saved in the file"), err);
        assertFalse(err.contains("line break"), err);
        assertEquals(113, attendees());
        assertEquals(0, importing(file, "--skip-errors"), err);
        assertTrue(out.endsWith("3 added, 0 updated, 1 error rows skipped.\n"), out);
        assertEquals(116, attendees());
    }

    @Test
    void aRenameIsPrintedAndALineInAnotherEncodingIsRefusedWithItsRow() throws Exception {
        Path file = dir.resolve("mixed.csv");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write("First name,Last name,Country,Email\nRobert,Glavaš-Novak,Slovenia,robert.glavas@example.si\n"
                .getBytes(StandardCharsets.UTF_8));
        bytes.write("Noëlle,Martin,France,noelle.martin@example.fr\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.write(file, bytes.toByteArray());
        assertEquals(1, importing(file));
        assertTrue(err.startsWith("row 3 (Noëlle Martin): column \"First name\", value \"Noëlle\": this row is not in UTF-8 like the "
                + "rest of the file; read as Windows-1252"), err);
        assertEquals(0, importing(file, "--skip-errors"), err);
        assertEquals(List.of("mixed.csv: 2 rows: 0 new, 1 update, 0 unchanged, 0 duplicate, 1 error",
                "row 2: renames Lt. Gen. Robert Glavaš to Lt. Gen. Robert Glavaš-Novak",
                "Imported into \"Paris conference on security guarantees for Ukraine\": 0 added, 1 updated, 1 error rows skipped."),
                out.lines().toList());
    }
}
