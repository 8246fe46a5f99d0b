package org.summitplanner.summitfile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.files.InputFile;
import org.summitplanner.files.SpecialFiles;
import org.summitplanner.model.SummitContent;
import org.summitplanner.summitfile.SummitFileException.Problem;

/**
 * Issue 10, item 6: control characters, escape sequences and lone surrogates in texts, summits
 * of decades, years out of range, deep nesting and huge or special files are refused with their
 * place; each of these was stored or crashed before.
 */
class HostileSummitFileTest {

    @TempDir
    Path dir;

    private final SummitFileReader reader = new SummitFileReader(Set.of("FR", "SI"));

    /** A summit file whose line 2 is the summit and line 3 whatever {@code rest} holds. */
    private static String file(String name, String first, String last, String rest) {
        return "{\"format\": \"summit-planner/1\",\n"
                + " \"summit\": {\"name\": \"" + name + "\", \"hostNation\": \"FR\", \"city\": \"Paris\", \"firstDay\": \""
                + first + "\", \"lastDay\": \"" + last + "\", \"timeZone\": \"Europe/Paris\"}" + rest + "}\n";
    }

    private List<Problem> problems(String json) {
        return assertThrows(SummitFileException.class, () -> reader.read(json.getBytes(UTF_8), "test.json")).problems();
    }

    private Problem theProblem(String json) {
        List<Problem> problems = problems(json);
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    @Test
    void anAttendeeListGivenToLoadIsNamedAsSuch() {
        assertEquals(new Problem("$", 1, 1, "not a summit file: a summit file is JSON and starts with {; this looks "
                + "like a table, such as an attendee list, which `import` reads (in the window: Delegations \u203A "
                + "Import\u2026)"), theProblem("First name,Last name,Country\nAnna,Berg,Sweden\n"));
        assertEquals(new Problem("$", 2, 1, "not a summit file: a summit file is JSON and starts with {"),
                theProblem("\nhello"));
    }

    @Test
    void aFileCutShortSaysSo() {
        Problem p = theProblem(file("Paris", "2025-03-10", "2025-03-11", "").substring(0, 60));
        assertTrue(p.message().startsWith("the file ends early: an object { } or a list [ ] is not closed"), p.message());
    }

    @Test
    void anEscapeSequenceInTheSummitNameIsRefusedWithItsPlace() {
        Problem p = theProblem(file("Evil\\u001b[31mRED\\u001b[0m", "2025-03-10", "2025-03-11", ""));
        assertEquals(new Problem("$.summit.name", 2, 21, "control character \\u001b (ESC, starts a terminal escape "
                + "sequence) at character 5: names, titles and other one-line texts take printable characters only"), p);
    }

    @Test
    void aBellInANameAndACsiInATitleAreRefusedToo() {
        List<Problem> problems = problems(file("Paris", "2025-03-10", "2025-03-11", ",\n \"attendees\": [{\"key\": \"a\", "
                + "\"nation\": \"FR\", \"givenName\": \"Jean\", \"familyName\": \"Dupont\\u0007\", \"role\": \"OFFICIAL\", "
                + "\"headOfDelegation\": false}],\n \"agenda\": [{\"key\": \"p\", \"title\": \"Plenary\\u009b2J\", "
                + "\"kind\": \"PLENARY\", \"start\": \"2025-03-10T09:00\", \"end\": \"2025-03-10T10:00\", \"closed\": false}]"));
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("$.attendees[0].familyName", problems.get(0).path());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("control character \\u0007 (BEL) at character 7"), problems::toString);
        assertEquals("$.agenda[0].title", problems.get(1).path());
        assertTrue(problems.get(1).message().startsWith("control character \\u009b (CSI"), problems::toString);
    }

    @Test
    void tabsAndLineBreaksAreTextInADescriptionButNotInATitle() throws Exception {
        String item = ",\n \"agenda\": [{\"key\": \"p\", \"title\": \"%s\", \"kind\": \"PLENARY\", \"start\": "
                + "\"2025-03-10T09:00\", \"end\": \"2025-03-10T10:00\", \"closed\": false, \"description\": \"First\\n\\tsecond\\r\\n\"}]";
        SummitContent content = reader.read(file("Paris", "2025-03-10", "2025-03-11", item.formatted("Plenary"))
                .getBytes(UTF_8), "test.json");
        assertEquals("First\n\tsecond\r\n", content.agenda().get(0).description());
        Problem p = theProblem(file("Paris", "2025-03-10", "2025-03-11", item.formatted("Two\\nlines")));
        assertEquals("$.agenda[0].title", p.path());
        assertTrue(p.message().startsWith("control character \\u000a (line break) at character 4"), p::toString);
    }

    @Test
    void aLoneSurrogateIsRefusedInsteadOfBecomingAQuestionMark() throws Exception {
        Problem p = theProblem(file("Lone \\ud800 here", "2025-03-10", "2025-03-11", ""));
        assertEquals("$.summit.name", p.path());
        assertEquals(2, p.line());
        assertTrue(p.message().startsWith("a lone surrogate \\ud800 at character 6 is not a character"), p::toString);
        // a whole pair (an emoji written as two escapes) is a character
        assertEquals("Summit \uD83C\uDF0D", reader.read(file("Summit \\ud83c\\udf0d", "2025-03-10", "2025-03-11", "")
                .getBytes(UTF_8), "test.json").summit().name());
    }

    @Test
    void aSummitLastsAtMostSixtyDays() throws Exception {
        Problem p = theProblem(file("Long", "2025-03-10", "2199-12-31", ""));
        assertEquals("$.summit.lastDay", p.path());
        assertEquals("the summit would last 63849 days, from 2025-03-10 to 2199-12-31; a summit lasts at most 60 days",
                p.message());
        // the case: to 9999, which is also out of range
        assertEquals("the year 9999 is out of range: dates are from 1900 to 2199",
                theProblem(file("Long", "2025-03-10", "9999-12-31", "")).message());
        assertEquals(60, reader.read(file("Two months", "2025-03-01", "2025-04-29", "").getBytes(UTF_8), "t.json")
                .summit().dayCount());
        assertEquals("$.summit.lastDay", theProblem(file("Long", "2025-03-01", "2025-04-30", "")).path());
    }

    @Test
    void yearsOutOfRangeAreRefusedWithAClearMessage() {
        Problem far = problems(file("Far", "+10000-03-10", "+10000-03-11", "")).get(0);
        assertEquals(new Problem("$.summit.firstDay", 2, 77, "the year 10000 is out of range: dates are from 1900 to 2199"), far);
        assertEquals("the year 0 is out of range: dates are from 1900 to 2199",
                problems(file("Zero", "0000-03-10", "0000-03-11", "")).get(0).message());
        Problem item = theProblem(file("Items", "2025-03-10", "2025-03-11", ",\n \"agenda\": [{\"key\": \"p\", "
                + "\"title\": \"Far\", \"kind\": \"PLENARY\", \"start\": \"+999999999-03-10T09:00\", \"end\": "
                + "\"2025-03-10T10:00\", \"closed\": false}]"));
        assertEquals("$.agenda[0].start", item.path());
        assertEquals("the year 999999999 is out of range: dates are from 1900 to 2199", item.message());
    }

    @Test
    void deepNestingIsToldInTheWordsOfTheFile() {
        String deep = "{\"format\": \"summit-planner/1\", \"extra\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        Problem p = theProblem(deep);
        assertEquals("the file is nested more than 1000 levels deep; a summit file is a few levels deep", p.message());
    }

    @Test
    void aHugeFileIsRefusedByItsSizeWithoutBeingRead() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(1L << 30);
        }
        SummitFileException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(SummitFileException.class, () -> reader.read(huge)));
        assertEquals("the file is too large (1024.0 MB); a summit file is at most 64 MB", e.problems().get(0).message());
        Files.delete(huge);
    }

    @Test
    void aFifoIsRefusedAtOnceInsteadOfWaitingForAWriter() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("summit.json"));
        InputFile.InputRefusedException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputFile.InputRefusedException.class, () -> reader.read(fifo)));
        assertEquals("Cannot read " + fifo + ": it is a named pipe (FIFO), not a file. Nothing was changed.", e.getMessage());
    }
}
