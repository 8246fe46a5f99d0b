package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.store.PgCluster;
import org.summitplanner.store.PgLocation;

/**
 * Team mode from the command line on a real PostgreSQL server: the owner sets up the roles and adds
 * members; a printing member reads and prints but the server refuses its writes (exit 2, one clear
 * line, no trace); a planner edits attendees but not rooms; the audit log names each user's changes.
 */
class TeamCommandsTest extends CommandTestSupport {

    private final Map<String, String> env = new HashMap<>();
    private PgLocation location;

    @BeforeEach
    void server() {
        location = PgCluster.get().freshDatabase();
        TeamLogin.environment = env::get;
    }

    @AfterEach
    void environment() {
        TeamLogin.environment = System::getenv;
    }

    private int as(String user, String password, String... args) {
        env.put(TeamLogin.PASSWORD_VARIABLE, password);
        String[] full = new String[args.length + 4];
        full[0] = "--db";
        full[1] = location.toString();
        full[2] = "--user";
        full[3] = user;
        System.arraycopy(args, 0, full, 4, args.length);
        return run(full);
    }

    private int owner(String... args) {
        return as(PgCluster.SUPERUSER, PgCluster.SUPERUSER_PASSWORD, args);
    }

    private void noTrace() {
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    @Test
    void rolesAreEnforcedByTheServerAndTheAuditLogNamesWhoChangedWhat() throws Exception {
        assertEquals(0, owner("team-setup"), err);
        env.put(TeamCommands.NEW_PASSWORD_VARIABLE, "planner-secret");
        assertEquals(0, owner("team-user", "alice", "--role", "planner"), err);
        env.put(TeamCommands.NEW_PASSWORD_VARIABLE, "printing-secret");
        assertEquals(0, owner("team-user", "pete", "--role", "printing"), err);
        assertEquals(0, owner("demo"), err);
        String summitId = out.strip();

        // printing staff: reads, prints, exports a calendar ...
        assertEquals(0, as("pete", "printing-secret", "summits"), err);
        assertTrue(out.contains("Paris"), out);
        Path pdf = dir.resolve("agenda.pdf");
        assertEquals(0, as("pete", "printing-secret", "print", "agenda", "--pdf", pdf.toString()), err);
        assertTrue(Files.size(pdf) > 1000);
        assertEquals(0, as("pete", "printing-secret", "ics", "--nation", "FR", dir.resolve("fr.ics").toString()), err);
        // ... but cannot write: the server refuses, the user gets one clear line
        assertEquals(Cli.BAD_INPUT, as("pete", "printing-secret", "demo"), out);
        assertTrue(err.contains("refused this change"), err);
        noTrace();
        Path list = dir.resolve("list.csv");
        Files.writeString(list, "First name,Last name,Country,Email\nJean,Dupont,France,jean@example.fr\n");
        assertEquals(Cli.BAD_INPUT, as("pete", "printing-secret", "import", list.toString()), out);
        assertTrue(err.contains("refused this change"), err);
        noTrace();

        // a planner imports attendees, but may not make a summit
        assertEquals(0, as("alice", "planner-secret", "import", list.toString()), err);
        assertEquals(Cli.BAD_INPUT, as("alice", "planner-secret", "demo"));
        assertTrue(err.contains("refused this change"), err);

        // a wrong password is a clear message too
        assertEquals(Cli.BAD_INPUT, as("alice", "not-her-password", "summits"));
        assertTrue(err.contains("wrong user name or password"), err);
        noTrace();

        // the audit log: both users' changes, as JSON and as text
        assertEquals(0, as("pete", "printing-secret", "history", "--summit", summitId, "--format", "json"), err);
        JsonNode history = new ObjectMapper().readTree(out);
        Set<String> users = new HashSet<>();
        history.forEach(e -> users.add(e.get("user").asText()));
        // printing staff read, printed and exported a calendar: nothing of it is a change (V17 made the
        // summit's calendar id with the summit)
        assertEquals(Set.of(PgCluster.SUPERUSER, "alice"), users);
        // alice's import: one BULK entry in her name with the id of the attendee it added (Jean)
        JsonNode imported = null;
        for (JsonNode e : history) {
            if (e.get("change").asText().equals("BULK") && e.get("user").asText().equals("alice")) {
                assertTrue(imported == null, "one entry per import: " + history);
                imported = e;
            }
            assertFalse(e.get("table").asText().equals("attendee") && e.get("change").asText().equals("INSERT"),
                    "the imported and the demo's attendees are listed by their bulk entries: " + e);
        }
        assertTrue(imported != null, history.toString());
        assertEquals("attendee_import", imported.get("table").asText());
        assertEquals("import", imported.get("after").get("operation").asText());
        assertEquals("list.csv", imported.get("after").get("file").asText());
        assertEquals(1, imported.get("after").get("added").asInt());
        assertTrue(imported.get("after").get("attendee").asText().matches("\\d+"), imported.toString());
        assertEquals(0, owner("history", "--since", "1h"), err);
        assertTrue(out.contains("  alice  BULK  attendee_import "), out);
        assertTrue(out.contains("  alice  BULK  attendee_import 1  (summit 1)  operation: import; import: 1; file: list.csv; added: 1; updated: 0; attendee: "), out);
        // the demo made by the owner: its summit row, then one BULK entry
        assertTrue(out.contains("  " + PgCluster.SUPERUSER + "  BULK  summit " + summitId), out);
        // an organiser added by team-user makes whole summits
        env.put(TeamCommands.NEW_PASSWORD_VARIABLE, "organiser-secret");
        assertEquals(0, owner("team-user", "olga", "--role", "organiser"), err);
        assertEquals(0, as("olga", "organiser-secret", "demo"), err);
        // team-setup again (after an upgrade) changes nothing for the members
        assertEquals(0, owner("team-setup"), err);
        assertEquals(0, as("pete", "printing-secret", "summits"), err);
        assertEquals(Cli.BAD_INPUT, as("pete", "printing-secret", "demo"));
    }

    @Test
    void teamCommandsNeedATeamDatabaseAndABadAddressIsNamed() {
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "team-setup"));
        assertTrue(err.contains("team-setup works on a team database"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", "postgresql://host/db?sslmode=disable", "summits"));
        assertTrue(err.contains("is not a team database address"), err);
        assertEquals(Cli.BAD_INPUT, owner("team-user", "Bad-Name", "--role", "planner"));
        assertTrue(err.contains("is not a login name"), err);
        assertEquals(Cli.BAD_INPUT, owner("team-user", "bob", "--role", "chef"));
        assertTrue(err.contains("Unknown role \"chef\""), err);
        assertEquals(Cli.BAD_INPUT, owner("history", "--since", "yesterday"));
        assertTrue(err.contains("--since \"yesterday\" is not a time"), err);
        noTrace();
    }

    @Test
    void historyOnAnH2FileNamesTheComputersUser() throws Exception {
        assertEquals(0, run("--db", db(), "demo"), err);
        assertEquals(0, run("--db", db(), "history", "--format", "json"), err);
        JsonNode history = new ObjectMapper().readTree(out);
        // the summit's row, then one entry for the demo's rows (their ids by table)
        assertEquals(2, history.size(), history.toString());
        assertEquals(System.getProperty("user.name"), history.get(0).get("user").asText());
        assertEquals("summit", history.get(0).get("table").asText());
        assertEquals("INSERT", history.get(0).get("change").asText());
        assertEquals("BULK", history.get(1).get("change").asText());
        assertEquals("demo", history.get(1).get("after").get("operation").asText());
        assertTrue(history.get(1).get("after").get("attendee").asText().matches("\\d+-\\d+"), history.toString());
    }
}
