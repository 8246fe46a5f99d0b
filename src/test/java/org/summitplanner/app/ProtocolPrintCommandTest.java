package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** print badges|tent-cards|seating as a script calls them, on the demo summit. */
class ProtocolPrintCommandTest extends CommandTestSupport {

    @BeforeEach
    void demo() {
        assertEquals(0, run("--db", db(), "demo"), err);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void badgesOnLetterInFrenchAndTentCardsOnA4() throws Exception {
        Path badges = dir.resolve("badges.pdf");
        assertEquals(0, run("--db", db(), "print", "badges", "--paper", "letter", "--lang", "fr",
                "--pdf", badges.toString()), err);
        assertTrue(out.matches("15 pages written to .*badges.pdf\\s*"), out);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(badges))) {
            assertEquals(PDRectangle.LETTER.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 0.5f);
        }
        assertTrue(text(badges).contains("Robert Glavaš"), text(badges));
        assertTrue(text(badges).contains("Zone d’accès : "));

        Path tents = dir.resolve("tents.pdf");
        assertEquals(0, run("--db", db(), "print", "tent-cards", "--pdf", tents.toString()), err);
        assertTrue(out.matches("113 pages written to .*tents.pdf\\s*"), out);
    }

    @Test
    void aPlenaryAndARoundTablePlanOfTheOpening() throws Exception {
        Path plenary = dir.resolve("plenary.pdf");
        assertEquals(0, run("--db", db(), "print", "seating", "--item", "opening", "--layout", "plenary",
                "--pdf", plenary.toString()), err);
        assertTrue(out.contains("Seating plan (plenary, 34 places) written to"), out);
        assertEquals("", err);
        assertTrue(text(plenary).contains("Seating plan — Opening plenary"), text(plenary));
        assertTrue(text(plenary).contains("1. France — H.E. Emmanuel Macron"), text(plenary));

        Path round = dir.resolve("round.pdf");
        assertEquals(0, run("--db", db(), "print", "seating", "--item", "opening", "--layout", "ROUND", "--lang", "fr",
                "--pdf", round.toString()), err);
        assertTrue(text(round).contains("Plan de table"), text(round));
        assertTrue(text(round).contains("Table ronde"), text(round));
    }

    @Test
    void badgeQuotasAreSetOnTheCommandLineAndCheckReportsADelegationOverOne() throws Exception {
        assertEquals(0, run("--db", db(), "badges"), err);
        assertTrue(out.contains("DELEGATE    Delegate          Délégation          #1565C0  B"), out);
        assertTrue(out.contains("quotas (badges / quota):\n  none") || out.contains("quotas (badges / quota):\r\n  none"), out);
        assertEquals(0, run("--db", db(), "badges", "--quota", "fr:delegate=1", "--quota", "SI:PRINCIPAL=none"), err);
        assertTrue(out.matches("(?s).*FR   DELEGATE     \\d+ / 1 +exceeded.*"), out);
        run("--db", db(), "check");
        assertTrue(out.contains("BADGE_QUOTA_EXCEEDED          The France (FR) delegation has "), out);
        assertTrue(out.contains("badges of the category Delegate but its quota is 1."), out);
        assertEquals(0, run("--db", db(), "badges", "--quota", "FR:DELEGATE=none"), err);
        run("--db", db(), "check");
        assertFalse(out.contains("BADGE_QUOTA_EXCEEDED"), out);

        // Lt. Gen. Glavaš (si-1) gets a press badge for zone Z9 of his own; back to his role's with si-1=
        assertEquals(0, run("--db", db(), "badges", "--badge", "si-1=press/Z9"), err);
        // the listing: whose categories, each delegation's badges per category, who has a badge of their own
        assertTrue(out.startsWith("badge categories (the standard set;"), out);
        assertTrue(out.matches("(?s).*badges per delegation:\\R +PRINCIPAL +DELEGATE +SUPPORT +PRESS\\R.*"), out);
        assertTrue(out.matches("(?s).*\\R  SI +\\d+ +\\d+ +\\d+ +1\\R.*"), out);
        assertTrue(out.matches("(?s).*badges of their own \\(attendee, category, zone\\):\\R  si-1 +PRESS +Z9\\R.*"), out);
        Path pdf = dir.resolve("b.pdf");
        assertEquals(0, run("--db", db(), "print", "badges", "--pdf", pdf.toString()), err);
        String text = text(pdf);
        int at = text.indexOf("Lt. Gen. Robert Glavaš");
        assertTrue(at > 0 && text.lastIndexOf("Press", at) > text.lastIndexOf("Delegate", at), text);
        assertTrue(text.contains("Access zone: Z9"), text);
        assertEquals(0, run("--db", db(), "badges", "--badge", "si-1="), err);
        assertEquals(0, run("--db", db(), "print", "badges", "--pdf", pdf.toString()), err);
        assertFalse(text(pdf).contains("Access zone: Z9"));

        assertEquals(Cli.BAD_INPUT, run("--db", db(), "badges", "--quota", "XX:DELEGATE=1"));
        assertEquals("--quota \"XX:DELEGATE=1\": no nation with code XX", err.strip());
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "badges", "--quota", "FR:VIP=1"));
        assertTrue(err.contains("no badge category VIP; the categories are: PRINCIPAL, DELEGATE, SUPPORT, PRESS"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "badges", "--quota", "FR:DELEGATE=-1"));
        assertTrue(err.contains("write NATION:CATEGORY=N or NATION:CATEGORY=none"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "badges", "--badge", "nobody=PRESS"));
        assertTrue(err.contains("no attendee with key \"nobody\""), err);
    }

    @Test
    void peopleOfDelegationsNotTakingPartAreNamedAndTakingPartLeavesThemOut() throws Exception {
        // the demo: Bulgaria, Cyprus and Luxembourg have not answered (2 people each), the United States was not invited (1)
        Path tents = dir.resolve("tents.pdf");
        assertEquals(0, run("--db", db(), "print", "tent-cards", "--pdf", tents.toString()), err);
        assertTrue(out.startsWith("113 pages written to "), out);
        assertTrue(err.startsWith("warning: 7 people of 4 delegations that have not confirmed ("), err);
        for (String named : new String[] {"Bulgaria BG: invited, no answer yet, 2", "Cyprus CY: invited, no answer yet, 2",
                "Luxembourg LU: invited, no answer yet, 2", "United States US: not invited, 1", "--confirmed-only leaves them out"}) {
            assertTrue(err.contains(named), named + " in " + err);
        }
        assertTrue(text(tents).contains("United States"), text(tents));

        assertEquals(0, run("--db", db(), "print", "tent-cards", "--confirmed-only", "--pdf", tents.toString()), err);
        assertTrue(out.startsWith("106 pages written to "), out);
        assertTrue(out.contains("note: left out 7 people of 4 delegations that have not confirmed ("), out);
        assertEquals("", err);
        assertFalse(text(tents).contains("United States"), text(tents));
        Path badges = dir.resolve("badges.pdf");
        assertEquals(0, run("--db", db(), "print", "badges", "--confirmed-only", "--pdf", badges.toString()), err);
        assertTrue(out.startsWith("11 pages written to "), out);

        // the badges command warns too, and counts only those taking part with --confirmed-only
        assertEquals(0, run("--db", db(), "badges", "--quota", "US:DELEGATE=0"), err);
        assertTrue(err.startsWith("warning: 7 people of 4 delegations that have not confirmed ("), err);
        assertTrue(out.matches("(?s).*US   DELEGATE     1 / 0 +exceeded.*"), out);
        assertEquals(0, run("--db", db(), "badges", "--confirmed-only"), err);
        assertEquals("", err);
        assertTrue(out.matches("(?s).*US   DELEGATE     0 / 0 *\\R.*"), out);
        assertTrue(out.contains("note: left out 7 people"), out);

        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "agenda", "--confirmed-only", "--pdf", badges.toString()));
        assertTrue(err.contains("--confirmed-only applies only to the badges and tent-cards printouts"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "seating", "--item", "opening", "--confirmed-only",
                "--pdf", badges.toString()));
        assertTrue(err.contains("--confirmed-only does not apply to the seating printout"), err);
    }

    @Test
    void badInputIsExitTwoWithAMessageAndNoFile() {
        Path pdf = dir.resolve("x.pdf");
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "seating", "--pdf", pdf.toString()));
        assertTrue(err.contains("The seating printout needs --item KEY"), err);
        assertTrue(err.contains("The agenda items are: fr-prebrief (French delegation pre-briefing), welcome ("), err);
        assertFalse(Files.exists(pdf));
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "seating", "--item", "nope", "--pdf", pdf.toString()));
        assertTrue(err.contains("The summit has no agenda item \"nope\""), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "seating", "--item", "opening", "--layout", "banquet",
                "--pdf", pdf.toString()));
        assertTrue(err.contains("Unknown layout \"banquet\"; the choices are: plenary, round, theatre"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "badges", "--item", "opening", "--pdf", pdf.toString()));
        assertTrue(err.contains("--item does not apply to the badges printout"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "tent-cards", "--day", "2025-03-11", "--pdf", pdf.toString()));
        assertTrue(err.contains("--day does not apply to the tent-cards printout"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "print", "agenda", "--layout", "round", "--pdf", pdf.toString()));
        assertTrue(err.contains("--layout applies only to the seating printout"), err);
        assertFalse(Files.exists(pdf));
        assertFalse(err.contains("Exception"), err);
    }
}
