package org.summitplanner.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel workbooks: a chosen sheet, cells as a person sees them, and POI's protections left on. */
class XlsxReadingTest {

    @TempDir
    Path dir;

    @Test
    void aNamedSheetIsReadWithDatesAsIsoAndNumbersAsShown() throws Exception {
        Path file = WorkbookSamples.delegates(dir.resolve("delegates.xlsx"));
        TableFile table = TableFile.open(file);
        assertTrue(table.isWorkbook());
        assertEquals(List.of("Cover", "Delegates"), table.sheets());
        Tables.Kept kept = Tables.read(file, "delegates");
        assertEquals("Title", kept.header.get(0));
        assertEquals(2, kept.rows.size());
        RawRow first = kept.rows.get(0);
        assertEquals(2, first.row());
        assertEquals(List.of("H.E.", "Radosław", "Sikorski", "POL", "r.sikorski@example.pl", "48221234567",
                "2025-03-10 09:30", "2025-03-11", "17"), first.cells());
        RawRow second = kept.rows.get(1);
        assertEquals(4, second.row());
        assertEquals("", second.cell(0));
        assertEquals("", second.cell(1));
        assertEquals("Kallas", second.cell(2));
    }

    @Test
    void theFirstSheetByDefaultAndAnUnknownSheetIsNamed() throws Exception {
        Path file = WorkbookSamples.delegates(dir.resolve("delegates.xlsx"));
        assertEquals(List.of("Delegation list, do not edit"), Tables.read(file, null).header);
        ImportException e = assertThrows(ImportException.class, () -> Tables.read(file, "Nope"));
        assertEquals("delegates.xlsx has no sheet named \"Nope\"; its sheets are: Cover, Delegates", e.getMessage());
    }

    @Test
    void mergedCellsShortRowsAndFormulasWithoutAResultAsExcelWritesThem() throws Exception {
        Path file = WorkbookSamples.awkward(dir.resolve("benelux.xlsx"));
        Tables.Kept kept = Tables.read(file, null);
        assertEquals(List.of("Country", "First name", "Last name", "E-mail", "Position", "Badge number"), kept.header);
        assertEquals(List.of(4, 5, 6, 7, 8), kept.rows.stream().map(RawRow::row).toList());
        // the merged nation cell counts for every row it spans
        assertEquals(List.of("Belgium", "Sofie", "Claes", "sofie.claes@example.be", "", ""), kept.rows.get(1).cells());
        assertEquals(List.of("Belgium", "Luc", "Maes", "", "", ""), kept.rows.get(2).cells());
        assertTrue(kept.rows.get(1).issues().isEmpty(), kept.rows.get(1).issues().toString());
        // the formula is not evaluated, and its missing result is named by its cell
        RawRow weber = kept.rows.get(3);
        assertEquals("", weber.cell(3));
        assertEquals(List.of(new RawRow.Issue(RawRow.Kind.NO_RESULT, 3,
                "LOWER(B7)&\".\"&LOWER(C7)&\"@example.lu\"")), weber.issues());
        assertEquals(List.of("Total: 4", "", "", "", "", ""), kept.rows.get(4).cells());
    }

    @Test
    void theHeaderAloneIsReadAsTheWizardAsksForIt() throws Exception {
        // the wizard reads the header first and stops there: that stop is not a broken workbook
        Path file = WorkbookSamples.awkward(dir.resolve("benelux.xlsx"));
        assertEquals(List.of("Country", "First name", "Last name", "E-mail", "Position", "Badge number"),
                ImportReading.headers(TableFile.open(file), null));
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path good = WorkbookSamples.delegates(dir.resolve("good.xlsx"));
        // 20 MB of spaces inside the sheet XML compress about a thousand times: POI's inflate-ratio limit stops it
        Path bomb = WorkbookSamples.rewrite(good, dir.resolve("bomb.xlsx"), "xl/worksheets/sheet2.xml",
                xml -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000)));
        assertTrue(Files.size(bomb) < 200_000, "the bomb is small: " + Files.size(bomb));
        ImportException e = assertThrows(ImportException.class, () -> Tables.read(bomb, "Delegates"));
        assertTrue(e.getMessage().startsWith("bomb.xlsx: refused: the workbook expands to far more than its size"),
                e.getMessage());
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path good = WorkbookSamples.delegates(dir.resolve("good.xlsx"));
        Path evil = WorkbookSamples.rewrite(good, dir.resolve("entity.xlsx"), "xl/worksheets/sheet2.xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \""
                        + secret.toUri() + "\">]>").replace("<sheetData>",
                        "<sheetData><row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"));
        Tables.Kept kept = new Tables.Kept();
        ImportException e = assertThrows(ImportException.class, () -> TableFile.open(evil).read("Delegates", kept));
        assertTrue(e.getMessage().startsWith("entity.xlsx: refused: the workbook contains an XML document type"),
                e.getMessage());
        assertFalse(kept.rows.stream().anyMatch(r -> r.cells().contains("TOP-SECRET")));
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws Exception {
        Path zip = dir.resolve("photos.csv");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("photo.jpg"));
            out.write(new byte[100]);
            out.closeEntry();
        }
        ImportException e = assertThrows(ImportException.class, () -> TableFile.open(zip));
        assertTrue(e.getMessage().contains("a ZIP archive that is not an Excel workbook"), e.getMessage());
    }
}
