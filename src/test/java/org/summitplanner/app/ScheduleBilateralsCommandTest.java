package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ScheduleBilateralsCommandTest extends CommandTestSupport {

    @Test
    void dryRunPrintsTheProposalAndWritesNothing() throws Exception {
        assertEquals(0, run("--db", db(), "demo"));
        byte[] before = exported();

        assertEquals(0, run("--db", db(), "schedule-bilaterals", "--seconds", "3", "--dry-run"), err);
        assertTrue(out.matches("(?s).*20 of 20 requests placed: no rule broken; preference cost \\d+ \\(lower is better\\); .*"), out);
        assertFalse(out.contains("hard") || out.contains("soft"), out);
        assertTrue(out.contains("Ukraine – Germany"), out);
        // the demo's courtyard, plenary hall and press room are marked not for bilaterals: no meeting there
        assertFalse(out.contains("Cour d'honneur") || out.contains("Salle des fêtes") || out.contains("Salle de presse"), out);
        assertTrue(out.contains("Dry run: nothing written."), out);
        assertEquals("", err);
        assertArrayEquals(before, exported());
    }

    @Test
    void withoutDryRunTheMeetingsGoOnTheAgendaAndTheChecksFindNothingNew() throws Exception {
        assertEquals(0, run("--db", db(), "demo"));
        run("--db", db(), "check", "--format", "json");
        int findingsBefore = new ObjectMapper().readTree(out).get("findings").size();

        assertEquals(0, run("--db", db(), "schedule-bilaterals", "--seconds", "3", "--format", "json"), err);
        JsonNode proposal = new ObjectMapper().readTree(out);
        assertEquals(20, proposal.get("placed").asInt());
        assertEquals(20, proposal.get("added").asInt());
        assertFalse(proposal.get("dryRun").asBoolean());
        assertTrue(proposal.get("score").asText().startsWith("0hard/0medium/"), proposal.get("score").asText());
        assertEquals(0, proposal.get("rulesBroken").asInt());
        long soft = Long.parseLong(proposal.get("score").asText().replaceAll(".*/(-?\\d+)soft$", "$1"));
        assertEquals(-soft, proposal.get("preferenceCost").asLong());
        assertEquals("no rule broken; preference cost " + -soft + " (lower is better)", proposal.get("inWords").asText());

        run("--db", db(), "check", "--format", "json");
        assertEquals(findingsBefore, new ObjectMapper().readTree(out).get("findings").size(), out);

        // run again: nothing is left open
        assertEquals(0, run("--db", db(), "schedule-bilaterals", "--seconds", "1"), err);
        assertTrue(out.contains("0 of 0 requests placed: nothing to place"), out);
    }

    @Test
    void roomsNotForBilateralsAreNeverProposedAndBilateralsAlreadyThereAreSaid() throws Exception {
        // the demo with every room marked not for bilaterals (its file, edited as a user would)
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode file = demoFile(mapper);
        file.get("rooms").forEach(room -> ((com.fasterxml.jackson.databind.node.ObjectNode) room).put("bilaterals", false));
        java.nio.file.Path marked = Files.write(dir.resolve("marked.json"), mapper.writeValueAsBytes(file));
        String other = dir.resolve("other").toString();
        assertEquals(0, run("--db", other, "load", marked.toString()), err);

        assertEquals(0, run("--db", other, "schedule-bilaterals", "--seconds", "1", "--dry-run"), err);
        assertTrue(out.contains("0 of 20 requests placed"), out);
        assertEquals(20, out.lines().filter(l -> l.startsWith("not placed") && l.contains("only rooms not for bilaterals fit"))
                .count(), out);
        // the six bilaterals the demo's agenda holds stay where they are, each said
        assertEquals(6, out.lines().filter(l -> l.startsWith("warning: ")
                && l.endsWith("a room marked not for bilaterals; left where it is.")).count(), out);
        assertTrue(out.contains("is in Salon doré, a room marked not for bilaterals"), out);

        assertEquals(0, run("--db", other, "schedule-bilaterals", "--seconds", "1", "--dry-run", "--format", "json"), err);
        JsonNode proposal = mapper.readTree(out);
        proposal.get("notPlaced").forEach(u -> assertEquals("NO_ROOM_FOR_BILATERALS", u.get("reason").asText()));
        JsonNode kept = proposal.get("inRoomsNotForBilaterals");
        assertEquals(6, kept.size(), out);
        assertTrue(kept.get(0).get("room").asText().startsWith("salon-") || kept.get(0).get("room").asText().startsWith("marigny-"),
                kept.toString());

        // the demo itself has no bilateral in such a room: no warning, and the JSON is as before
        assertEquals(0, run("--db", db(), "schedule-bilaterals", "--seconds", "1", "--dry-run", "--format", "json"), err);
        assertFalse(mapper.readTree(out).has("inRoomsNotForBilaterals"), out);
    }

    @Test
    void theMeetingsAndTheRequestsNotPlacedLineUpWhateverTheReason() throws Exception {
        // the demo with New Zealand's invitation not answered: 19 placed, 1 not placed
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode file = demoFile(mapper);
        file.get("participations").forEach(p -> {
            if (p.get("nation").asText().equals("NZ")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) p).put("status", "INVITED");
            }
        });
        String oneLeft = loaded(mapper, file, "one-left");
        assertEquals(0, run("--db", oneLeft, "schedule-bilaterals", "--seconds", "1", "--dry-run"), err);
        assertTrue(out.contains("not placed") && out.contains("nation not confirmed"), out);
        assertEquals(1, pairColumns(out).size(), out);

        // and every room marked not for bilaterals too: two reasons, one of them longer than the rooms' names
        file.get("rooms").forEach(room -> ((com.fasterxml.jackson.databind.node.ObjectNode) room).put("bilaterals", false));
        String none = loaded(mapper, file, "none");
        assertEquals(0, run("--db", none, "schedule-bilaterals", "--seconds", "1", "--dry-run"), err);
        assertTrue(out.contains("nation not confirmed") && out.contains("only rooms not for bilaterals fit"), out);
        assertEquals(1, pairColumns(out).size(), out);
    }

    private String loaded(ObjectMapper mapper, JsonNode file, String name) throws Exception {
        java.nio.file.Path json = Files.write(dir.resolve(name + ".json"), mapper.writeValueAsBytes(file));
        String db = dir.resolve(name).toString();
        assertEquals(0, run("--db", db, "load", json.toString()), err);
        return db;
    }

    /** The columns at which the meetings' and the requests' pairs of nations start (the third column). */
    private static java.util.Set<Integer> pairColumns(String text) {
        java.util.Set<Integer> columns = new java.util.TreeSet<>();
        java.util.regex.Pattern gap = java.util.regex.Pattern.compile(" {2,}");
        text.lines().filter(l -> l.startsWith("2025-") || l.startsWith("not placed")).forEach(l -> {
            java.util.regex.Matcher m = gap.matcher(l);
            assertTrue(m.find() && m.find(), l);
            columns.add(m.end());
        });
        assertFalse(columns.isEmpty(), text);
        return columns;
    }

    @Test
    void theScoreInWordsNamesBrokenRulesAndRequestsLeftOut() {
        var request = new org.summitplanner.model.BilateralRequest(1, "UA", "DE", 30, 1, java.util.List.of(),
                org.summitplanner.model.BilateralStatus.values()[0], null, null, 0);
        var left = new org.summitplanner.schedule.bilaterals.Unplaced(request,
                org.summitplanner.schedule.bilaterals.Unplaced.Reason.values()[0]);
        var proposal = new org.summitplanner.schedule.bilaterals.Proposal(java.util.List.of(), java.util.List.of(left, left, left),
                "-2hard/-9medium/-53soft", 2, java.time.Duration.ZERO, false);
        assertEquals("2 scheduling rules broken; 3 requests could not be placed; preference cost 53 (lower is better)",
                ScheduleBilateralsCommand.inWords(proposal));
        proposal = new org.summitplanner.schedule.bilaterals.Proposal(java.util.List.of(), java.util.List.of(left),
                "0hard/-3medium/0soft", 0, java.time.Duration.ZERO, false);
        assertEquals("no rule broken; 1 request could not be placed; preference cost 0 (lower is better)",
                ScheduleBilateralsCommand.inWords(proposal));
    }

    @Test
    void badSecondsIsBadUsage() {
        assertEquals(0, run("--db", db(), "demo"));
        assertEquals(2, run("--db", db(), "schedule-bilaterals", "--seconds", "0"));
        assertTrue(err.contains("--seconds must be 1 to 600"), err);
        assertFalse(err.contains("Exception"), err);
    }

    /** The demo summit's file, to be edited as a user would before loading it into a new database. */
    private com.fasterxml.jackson.databind.node.ObjectNode demoFile(ObjectMapper mapper) throws Exception {
        assertEquals(0, run("--db", db(), "demo"));
        return (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(exported());
    }

    private byte[] exported() throws Exception {
        java.nio.file.Path file = dir.resolve("export-" + System.nanoTime() + ".json");
        assertEquals(0, run("--db", db(), "export", file.toString()), err);
        return Files.readAllBytes(file);
    }

    private static void assertArrayEquals(byte[] expected, byte[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
    }
}
