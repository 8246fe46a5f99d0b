package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 9, with the real start-up and logging (a child JVM, as a user runs the jar): the
 * data folder, database, log folder and log file are the owner's alone, and a refused summit file
 * leaves no email, phone or name in the log.
 */
class PrivateDataTest {

    @TempDir
    Path dir;

    private String launch(String... args) throws Exception {
        // the application's log set-up (app.logging.LogSetup), not the tests' logback-test.xml, as for a user:
        // the Launcher names the log folder, which LogSetup takes as the sign of a real start
        String[] command = new String[5 + args.length];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command[1] = "-cp";
        command[2] = System.getProperty("java.class.path");
        command[3] = "-Dsummitplanner.home=" + dir.resolve("home");
        command[4] = Launcher.class.getName();
        System.arraycopy(args, 0, command, 5, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(dir.toFile()).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return output;
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void theDataFolderDatabaseAndLogsAreTheOwnersAlone() throws Exception {
        Path refused = Files.writeString(dir.resolve("refused.json"), """
                {"format": "summit-planner/1",
                 "summit": {"name": "Secret summit", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-10", "lastDay": "2025-03-11", "timeZone": "Europe/Paris"},
                 "attendees": [{"key": "a", "nation": "FR", "givenName": "Zoé", "familyName": "Secretname", "role": "OFFICIAL",
                   "headOfDelegation": false, "email": "zoe.secretname@example", "phone": "+33 6 99 88 77 66"},
                   {"key": "b", "nation": "XX", "givenName": "Yann", "familyName": "Hiddenperson", "role": "OFFICIAL",
                   "headOfDelegation": false}]}
                """);
        // a refused load into a new database leaves none behind: the database is made first
        launch("demo");
        String output = launch("load", refused.toString());
        assertTrue(output.contains("zoe.secretname@example"), "the user is told, on stderr: " + output);
        Path home = dir.resolve("home");
        assertEquals("rwx------", mode(home));
        assertEquals("rw-------", mode(home.resolve("planner.mv.db")));
        assertEquals("rwx------", mode(home.resolve("logs")));
        Path log = home.resolve("logs/summit-planner.log");
        assertEquals("rw-------", mode(log));
        String logged = Files.readString(log);
        assertTrue(logged.contains("Refused " + refused + ": 2 problems at line 4 column"), logged);
        for (String personal : new String[] {"zoe.secretname", "Secretname", "99 88 77", "Hiddenperson", "Zoé"}) {
            assertFalse(logged.contains(personal), personal + " in the log: " + logged);
        }
    }
}
