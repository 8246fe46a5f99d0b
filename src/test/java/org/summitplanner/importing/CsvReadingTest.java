package org.summitplanner.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text tables in the shapes and encodings delegations send. */
class CsvReadingTest {

    @TempDir
    Path dir;

    @Test
    void quotedFieldsKeepTheirDelimitersQuotesAndLineBreaks() throws Exception {
        Tables.Kept kept = Tables.read(Tables.resource("comma.csv"), null);
        assertEquals(List.of("First name", "Last name", "Country", "Email", "Position"), kept.header);
        assertEquals(2, kept.rows.size());
        assertEquals("Ministre, Affaires \"étrangères\"", kept.rows.get(0).cell(4));
        assertEquals("Adviser\non two lines", kept.rows.get(1).cell(4));
        assertEquals(3, kept.rows.get(1).row());
    }

    @Test
    void titleRowsAboveTheHeaderAreSkipped() throws Exception {
        Path file = dir.resolve("titled.csv");
        Files.writeString(file, "Délégation de la France;;;\n;;;\nListe au 3 mars;;;\nPrénom;Nom;Pays;Courriel\n"
                + "Jean;Dupont;France;jean@example.fr\n");
        Tables.Kept kept = Tables.read(file, null);
        assertEquals(List.of("Prénom", "Nom", "Pays", "Courriel"), kept.header);
        assertEquals(1, kept.rows.size());
        assertEquals(5, kept.rows.get(0).row());
        // a one-column list keeps its first row as the header
        Path single = dir.resolve("single.csv");
        Files.writeString(single, "Remarks\nfirst\nsecond\n");
        Tables.Kept one = Tables.read(single, null);
        assertEquals(List.of("Remarks"), one.header);
        assertEquals(2, one.rows.size());
    }

    @Test
    void utf8WithBomAndSemicolons() throws Exception {
        Tables.Kept kept = Tables.read(Tables.resource("utf8-bom-semicolon.csv"), null);
        assertEquals(List.of("Prénom", "Nom", "Pays", "Courriel"), kept.header);
        assertEquals(List.of("José", "García", "Espagne", "jose@example.es"), kept.rows.get(0).cells());
    }

    @Test
    void windows1252WhenTheBytesAreNotUtf8() throws Exception {
        Tables.Kept kept = Tables.read(Tables.resource("windows-1252.csv"), null);
        assertEquals("Prénom", kept.header.get(0));
        assertEquals("François", kept.rows.get(0).cell(0));
        assertEquals("Conseillère spéciale €", kept.rows.get(0).cell(4));
    }

    /** Lines in UTF-8 and in Windows-1252, as when a list is pasted together from two sources. */
    private Path mixed(String name, boolean bom, String... lines) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        if (bom) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        for (String line : lines) {
            boolean windows = line.startsWith("1252:");
            String text = (windows ? line.substring(5) : line) + "\r\n";
            bytes.write(text.getBytes(windows ? java.nio.charset.Charset.forName("windows-1252") : StandardCharsets.UTF_8));
        }
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    @Test
    void oneWindows1252LineInAUtf8FileIsReadAsSuchAndMarked() throws Exception {
        Path file = mixed("mixed.csv", false, "First name,Last name,Country,Email",
                "Robert,Glavaš,Slovenia,robert.glavas@example.si",
                "1252:Noëlle,Martin,France,noelle.martin@example.fr",
                "\"Zoë\nand more\",Brandstätter,Austria,zoe@example.at",
                "José,García,Spain,jose@example.es");
        Tables.Kept kept = Tables.read(file, null);
        assertEquals(List.of(2, 3, 4, 5), kept.rows.stream().map(RawRow::row).toList());
        assertEquals("Glavaš", kept.rows.get(0).cell(1));
        assertEquals(List.of(), kept.rows.get(0).issues());
        assertEquals("Noëlle", kept.rows.get(1).cell(0));
        assertEquals(List.of(new RawRow.Issue(RawRow.Kind.OTHER_ENCODING, -1, "windows-1252")),
                kept.rows.get(1).issues());
        assertEquals("Zoë\nand more", kept.rows.get(2).cell(0));
        assertEquals(List.of(), kept.rows.get(2).issues());
        assertEquals("García", kept.rows.get(3).cell(1));

        // with a byte order mark the file says it is UTF-8: the odd line is still found, not turned into "?"
        Tables.Kept marked = Tables.read(mixed("bom.csv", true, "First name,Last name,Country",
                "1252:Noëlle,Martin,France", "Zoë,Weiß,Germany"), null);
        assertEquals("Noëlle", marked.rows.get(0).cell(0));
        assertEquals(RawRow.Kind.OTHER_ENCODING, marked.rows.get(0).issues().get(0).kind());
        assertEquals("Weiß", marked.rows.get(1).cell(1));
    }

    @Test
    void oneUtf8LineInAWindows1252FileIsTheOddOneOut() throws Exception {
        Tables.Kept kept = Tables.read(mixed("excel.csv", false, "1252:Prénom;Nom;Pays",
                "1252:François;Lefèvre;France", "1252:Hélène;Dubois;Belgique", "Noëlle;Müller;Suisse"), null);
        assertEquals("François", kept.rows.get(0).cell(0));
        assertEquals(List.of(), kept.rows.get(0).issues());
        assertEquals("Müller", kept.rows.get(2).cell(1));
        assertEquals(List.of(new RawRow.Issue(RawRow.Kind.OTHER_ENCODING, -1, "UTF-8")),
                kept.rows.get(2).issues());
    }

    @Test
    void utf16WithBomAndTabs() throws Exception {
        Tables.Kept kept = Tables.read(Tables.resource("utf16-tab.tsv"), null);
        assertEquals(List.of("Given name", "Surname", "Nation", "E-mail"), kept.header);
        assertEquals("Løkke", kept.rows.get(0).cell(1));
    }

    @Test
    void theDelimiterIsTheOneThatSplitsEveryLineAlike() {
        assertEquals(';', CsvTableReader.detectDelimiter("Nom;Fonction;Pays\nDupont;Ministre, Défense;France\n"));
        assertEquals(',', CsvTableReader.detectDelimiter("Name,Position,Country\n\"A; B\",x,FR\nC,y,DE\n"));
        assertEquals('\t', CsvTableReader.detectDelimiter("a\tb\tc\n1\t2, 3\t4\n"));
    }

    @Test
    void anEmptyFileAndAnImageAreRefusedByName() {
        ImportException empty = assertThrows(ImportException.class, () -> TableFile.open(Tables.resource("empty.csv")));
        assertEquals("empty.csv is empty: there is nothing to import.", empty.getMessage());
        ImportException image = assertThrows(ImportException.class,
                () -> TableFile.open(Tables.resource("image-renamed.csv")));
        assertTrue(image.getMessage().startsWith("image-renamed.csv is not a CSV or Excel file: it is a PNG image"),
                image.getMessage());
        // the window shows them in its language
        Texts french = new Texts(java.util.Locale.FRENCH);
        assertEquals("empty.csv est vide : il n’y a rien à importer.", empty.message(french));
        assertEquals("image-renamed.csv n’est pas un fichier CSV ou Excel : c’est une image PNG. Rien n’a été importé.",
                image.message(french));
    }

    @Test
    void randomBinaryIsRefusedToo() throws Exception {
        Path bin = dir.resolve("data.csv");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(bin, bytes);
        ImportException e = assertThrows(ImportException.class, () -> TableFile.open(bin));
        assertTrue(e.getMessage().contains("binary data"), e.getMessage());
    }

    @Test
    void aMissingFileAndAFolderAreNamed() {
        ImportException missing = assertThrows(ImportException.class, () -> TableFile.open(dir.resolve("gone.csv")));
        assertTrue(missing.getMessage().startsWith("No such file: "), missing.getMessage());
        ImportException folder = assertThrows(ImportException.class, () -> TableFile.open(dir));
        assertTrue(folder.getMessage().endsWith("is a folder, not a file."), folder.getMessage());
    }

    @Test
    void aFileThatChangesWhileItIsReadIsRefused() throws Exception {
        Path file = dir.resolve("growing.csv");
        StringBuilder sb = new StringBuilder("Name,Country\n");
        for (int i = 0; i < 5000; i++) {
            sb.append("Person ").append(i).append(",France\n");
        }
        Files.writeString(file, sb);
        TableFile table = TableFile.open(file);
        ImportException e = assertThrows(ImportException.class, () -> table.read(null, new Tables.Kept() {
            @Override
            public void row(RawRow row) {
                if (row.row() == 2) {
                    // another program rewrites the file while we read it
                    try {
                        Files.writeString(file, "Name,Country\nSomeone else,Spain\n");
                    } catch (java.io.IOException x) {
                        throw new IllegalStateException(x);
                    }
                }
            }
        }));
        assertTrue(e.getMessage().contains("changed or disappeared while it was being read"), e.getMessage());
    }

    @Test
    void aFileDeletedAfterItWasOpenedIsNamed() throws Exception {
        Path file = dir.resolve("deleted.csv");
        Files.writeString(file, "Name,Country\nJean Dupont,France\n");
        TableFile table = TableFile.open(file);
        Files.delete(file);
        ImportException e = assertThrows(ImportException.class, () -> table.read(null, new Tables.Kept()));
        assertTrue(e.getMessage().contains("deleted.csv disappeared while it was being read"), e.getMessage());
    }

    @Test
    void aFileWithoutReadPermissionIsNamed() throws Exception {
        Path file = dir.resolve("locked.csv");
        Files.writeString(file, "Name,Country\nJean Dupont,France\n");
        file.toFile().setReadable(false, false);
        // root reads anything: the check only means something for an ordinary user
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "running as root");
        ImportException e = assertThrows(ImportException.class, () -> TableFile.open(file));
        assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
    }

    @Test
    void aHundredThousandCharacterFieldIsReadWhole() throws Exception {
        Path file = dir.resolve("long.csv");
        String longText = "x".repeat(100_000);
        Files.writeString(file, "Name,Country,Notes\nJean Dupont,France,\"" + longText + "\"\n", StandardCharsets.UTF_8);
        Tables.Kept kept = Tables.read(file, null);
        assertEquals(100_000, kept.rows.get(0).cell(2).length());
        assertFalse(kept.rows.isEmpty());
    }
}
