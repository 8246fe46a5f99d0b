package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Issue 11 on the command line: missing fonts warned of, calendars of any script. */
class ScriptsCommandTest extends CommandTestSupport {

    /** Khitan Small Script: no Noto font covers it yet, so no machine prints it. */
    private static final String KHITAN = "\uD822\uDF00\uD822\uDF01";

    private String load(Path summit) {
        assertEquals(0, run("--db", db(), "load", summit.toString()), err);
        return out.strip();
    }

    @Test
    void aNameNoFontHasIsWrittenAsABoxWithAWarningNamingThePersonTheScriptAndThePackage() throws Exception {
        String sample = Files.readString(Path.of("assets/samples/world-summit.json"))
                .replace("\"familyName\": \"Chính\"", "\"familyName\": \"" + KHITAN + "\"");
        Path file = dir.resolve("khitan.json");
        Files.writeString(file, sample);
        load(file);
        Path pdf = dir.resolve("vn.pdf");
        assertEquals(0, run("--db", db(), "print", "itinerary", "--attendee", "vn-1", "--pdf", pdf.toString()), err);
        assertTrue(out.contains("written to"), out);
        assertTrue(err.startsWith("warning: attendee vn-1 (H.E. Phạm Minh " + KHITAN + "): "), err);
        assertTrue(err.contains("Khitan Small Script"), err);
        assertTrue(err.contains("fonts-noto-core"), err);
        assertTrue(err.contains("□"), err);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Phạm Minh"), text);
        }
        // the rest of the summit prints without a word
        assertEquals(0, run("--db", db(), "print", "itinerary", "--attendee", "sa-1", "--pdf", pdf.toString()), err);
        assertEquals("", err);
    }

    @Test
    void calendarUidsStayTheSameInOneDatabaseAndDifferFromAnotherDatabasesAndLinesFoldAt75Octets() throws Exception {
        Path sample = Path.of("assets/samples/world-summit.json");
        load(sample);
        Path first = dir.resolve("first.ics");
        Path again = dir.resolve("again.ics");
        assertEquals(0, run("--db", db(), "ics", "--attendee", "sa-1", first.toString()), err);
        assertEquals(0, run("--db", db(), "ics", "--attendee", "sa-1", again.toString()), err);
        assertEquals(uids(first), uids(again));
        assertEquals(4, uids(first).size());

        String otherDb = dir.resolve("other").toString();
        assertEquals(0, run("--db", otherDb, "load", sample.toString()), err);
        Path other = dir.resolve("other.ics");
        assertEquals(0, run("--db", otherDb, "ics", "--attendee", "sa-1", other.toString()), err);
        for (String uid : uids(other)) {
            assertTrue(uids(first).stream().noneMatch(uid::equals), "the same item id in another database: " + uid);
        }
        assertNotEquals(uids(first), uids(other));

        assertEquals(0, run("--db", db(), "ics", "--attendee", "sa-1", "--lang", "fr", first.toString()), err);
        byte[] bytes = Files.readAllBytes(first);
        int folded = 0;
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                byte[] line = Arrays.copyOfRange(bytes, start, i);
                assertTrue(line.length <= 75, "a line of " + line.length + " octets: " + new String(line, StandardCharsets.UTF_8));
                strictUtf8(line);
                folded += line.length > 0 && line[0] == ' ' ? 1 : 0;
                start = i + 2;
            }
        }
        assertTrue(folded > 0, "the Arabic calendar name is longer than a line");
        String unfolded = new String(bytes, StandardCharsets.UTF_8).replace("\r\n ", "");
        assertTrue(unfolded.contains("X-WR-CALNAME:World leaders' dialogue — H.R.H. محمد بن سلمان"), unfolded);
        assertTrue(unfolded.contains("SUMMARY:Séance sur la sécurité"), unfolded);
        assertTrue(unfolded.contains("LOCATION:Salon des Ambassadeurs"), unfolded);
    }

    /** Each line must decode alone: a fold never cuts a UTF-8 sequence. */
    private static void strictUtf8(byte[] line) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
        } catch (CharacterCodingException e) {
            throw new AssertionError("a fold cut a character: " + Arrays.toString(line), e);
        }
    }

    private static List<String> uids(Path ics) throws Exception {
        List<String> uids = new ArrayList<>();
        for (String line : Files.readString(ics).replace("\r\n ", "").split("\r\n")) {
            if (line.startsWith("UID:")) {
                uids.add(line.substring(4));
            }
        }
        return uids;
    }
}
