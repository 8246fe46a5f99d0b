package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.summitplanner.service.SummitService;
import org.summitplanner.store.Database;

/** The headless commands as a script would call them: output, exit codes, messages. */
class CliTest extends CommandTestSupport {

    @Test
    void demoThenExportGivesTheDemoFileBack() throws Exception {
        assertEquals(0, run("--db", db(), "demo"), err);
        assertEquals("1", out.strip());
        Path exported = dir.resolve("paris.json");
        assertEquals(0, run("--db", db(), "export", exported.toString()), err);
        try (InputStream demo = SummitService.class.getResourceAsStream(SummitService.DEMO_RESOURCE)) {
            assertArrayEquals(demo.readAllBytes(), Files.readAllBytes(exported));
        }
        assertTrue(Files.isRegularFile(dir.resolve("x.mv.db")));
    }

    @Test
    void summitsListsIdNameDaysAndCounts() {
        run("--db", db(), "demo");
        assertEquals(0, run("--db", db(), "summits"), err);
        List<String> lines = out.lines().toList();
        assertEquals(2, lines.size(), out);
        assertTrue(lines.get(0).matches("id\\s+name\\s+days\\s+nations\\s+attendees\\s+rooms\\s+agenda"), lines.get(0));
        assertTrue(lines.get(1).matches(
                "1\\s+Paris conference on security guarantees for Ukraine\\s+2025-03-11\\s+34\\s+113\\s+12\\s+17"),
                lines.get(1));
    }

    @Test
    void loadPrintsTheNewIdAndABrokenFileIsRefusedWithLineAndColumn() throws Exception {
        run("--db", db(), "demo");
        Path good = dir.resolve("good.json");
        run("--db", db(), "export", good.toString());
        assertEquals(0, run("--db", db(), "load", good.toString()), err);
        assertEquals("2", out.strip());

        Path broken = dir.resolve("broken.json");
        // the comma after "hostNation" (line 6, after name and nameFr) removed: the parser stops at the next field
        String text = Files.readString(good).replace("\"hostNation\": \"FR\",", "\"hostNation\": \"FR\"");
        Files.writeString(broken, text);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "load", broken.toString()));
        assertTrue(err.contains("broken.json: refused, nothing was loaded"), err);
        assertTrue(err.contains("line 7, column 5"), err);
        assertEquals("", out);

        run("--db", db(), "summits");
        assertEquals(3, out.lines().count(), "still two summits: " + out);
    }

    @Test
    void exportNeedsASummitWhenThereAreSeveral() {
        run("--db", db(), "demo");
        run("--db", db(), "demo");
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "export", dir.resolve("a.json").toString()));
        assertTrue(err.contains("holds 2 summits; name one with --summit"), err);
        assertEquals(0, run("--db", db(), "export", "--summit",
                "Paris conference on security guarantees for Ukraine (2)", dir.resolve("a.json").toString()), err);
        assertEquals(0, run("--db", db(), "export", "--summit", "1", dir.resolve("b.json").toString()), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "export", "--summit", "Nowhere", dir.resolve("c.json").toString()));
        assertTrue(err.contains("No summit with id or name \"Nowhere\""), err);

        // a part of the name: one that fits both is refused, naming them; one that fits one is taken
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "export", "--summit", "paris", dir.resolve("d.json").toString()));
        assertTrue(err.contains("\"paris\" fits 2 summits: 1 Paris conference on security guarantees for Ukraine,"
                + " 2 Paris conference on security guarantees for Ukraine (2); name one by its id or more of its name."), err);
        assertFalse(Files.exists(dir.resolve("d.json")));
        assertEquals(0, run("--db", db(), "export", "--summit", "UKRAINE (2)", dir.resolve("e.json").toString()), err);
        assertTrue(readString(dir.resolve("e.json")).contains("Ukraine (2)"));
    }

    @Test
    void aSummitIsFoundByAPrefixOrAWordOfItsNameIgnoringCase() {
        run("--db", db(), "demo");
        for (String part : List.of("paris", "PARIS CONF", "ukraine", "Security Guarantees")) {
            assertEquals(0, run("--db", db(), "export", "--summit", part, dir.resolve("a.json").toString()), part + ": " + err);
        }
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "export", "--summit", "aris", dir.resolve("b.json").toString()));
        assertTrue(err.contains("No summit with id or name \"aris\""), err);
        assertEquals(0, run("--db", db(), "badges", "--summit", "paris"), err);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "frobnicate"));
        assertTrue(err.contains("Unmatched argument"), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "demo", "--scale", "g20"));
        assertTrue(err.contains("Unknown scale \"g20\""), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "load", dir.resolve("missing.json").toString()));
        assertTrue(err.contains("No such file: " + dir.resolve("missing.json").toAbsolutePath()), err);
        // a name without a folder: the message says where it was looked for
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "load", "missing-summit-file.json"));
        assertTrue(err.contains("No such file: " + Path.of("missing-summit-file.json").toAbsolutePath()), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "export"));
        assertTrue(err.contains("Missing required parameter"), err);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("summits", "load", "export", "demo")) {
            assertEquals(0, run(command, "--help"));
            assertTrue(out.startsWith("Usage: summit-planner " + command), out);
        }
        assertEquals(0, run("--help"));
        assertTrue(out.contains("--db=PATH"), out);
    }

    @Test
    void aFileThatIsNotADatabaseIsRefused() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "hello");
        assertEquals(Cli.BAD_INPUT, run("--db", notes.toString(), "summits"));
        assertTrue(err.contains("is not a Summit Planner database"), err);
        assertEquals("hello", Files.readString(notes));
    }

    @Test
    void scaleDemoHasTheSizeOfAUnWeek() {
        assertEquals(0, run("--db", db(), "demo", "--scale", "un"), err);
        try (Database database = Database.openFile(dir.resolve("x.mv.db"), s -> { })) {
            long id = Long.parseLong(out.strip());
            var store = new org.summitplanner.store.SummitStore(database);
            var overview = new SummitService(store).overview(id);
            assertEquals(193, overview.nationsTakingPart());
            assertEquals(5_000, overview.attendees());
            assertEquals(40, overview.rooms());
            assertEquals(2_000, overview.agendaItems());
            int participations = store.read(id).agenda().stream()
                    .mapToInt(i -> i.attendeeIds().size() + i.nations().size()).sum();
            assertTrue(participations >= 25_000, "participations: " + participations);
        }
    }

    @Test
    void aDatabaseOpenInAnotherProcessIsReportedAsInUse() throws Exception {
        try (Database held = Database.openFile(dir.resolve("x.mv.db"), s -> { })) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Dsummitplanner.home=" + dir.resolve("home"),
                    Launcher.class.getName(), "--db", db(), "summits")
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(Cli.BAD_INPUT, p.exitValue(), output);
            assertTrue(output.contains("already open"), output);
        }
    }

    @Test
    void theWindowWithoutADisplayIsOneLineNotAStackTrace() throws Exception {
        assertEquals(0, run("--db", db(), "demo"), err);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dsummitplanner.home=" + dir.resolve("home"),
                Launcher.class.getName(), "--db", db()).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(Cli.BAD_INPUT, p.exitValue(), output);
        assertTrue(output.startsWith("No display to open the window on"), output);
        assertEquals(1, output.lines().count(), output);
    }

    @Test
    void noDisplayIsOnlyAProblemOnUnixWithoutXOrWayland() {
        assertNotNull(GuiLauncher.noDisplay("Linux", null, null, null));
        assertNotNull(GuiLauncher.noDisplay("FreeBSD", " ", "", "gtk"));
        assertNull(GuiLauncher.noDisplay("Linux", ":0", null, null));
        assertNull(GuiLauncher.noDisplay("Linux", null, "wayland-0", null));
        assertNull(GuiLauncher.noDisplay("Linux", null, null, "Monocle"));
        assertNull(GuiLauncher.noDisplay("Windows 11", null, null, null));
        assertNull(GuiLauncher.noDisplay("Mac OS X", null, null, null));
    }

    @Test
    void exportNeverOverwritesADatabase() throws Exception {
        run("--db", db(), "demo");
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "export", dir.resolve("x.mv.db").toString()));
        assertTrue(err.contains("it has the name of a database file"), err);
        Path renamed = dir.resolve("copy.json");
        Files.copy(dir.resolve("x.mv.db"), dir.resolve("other.mv.db"));
        Files.move(dir.resolve("other.mv.db"), renamed);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "export", renamed.toString()));
        assertTrue(err.contains("it is a database. Nothing was written."), err);
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "export", dir.toString()));
        assertTrue(Files.isDirectory(dir));
        assertEquals(0, run("--db", db(), "summits"), "the database still opens: " + err);
        assertEquals(2, out.lines().count(), "and still holds its summit: " + out);
    }

    @Test
    void aMistypedDatabaseIsRefusedAndNothingIsCreated() {
        Path typo = dir.resolve("typo");
        String db = typo.resolve("sub").resolve("x").toString();
        Path exported = dir.resolve("out.json");
        for (List<String> command : List.of(List.of("summits"), List.of("check"), List.of("history"),
                List.of("export", exported.toString()), List.of("precedence"), List.of("badges"))) {
            List<String> args = new java.util.ArrayList<>(List.of("--db", db));
            args.addAll(command);
            assertEquals(Cli.BAD_INPUT, run(args.toArray(String[]::new)), command + ": " + err);
            assertTrue(err.contains("no database at " + typo.resolve("sub").resolve("x.mv.db")
                    + " (create one with `demo` or `load`)"), command + ": " + err);
            assertFalse(err.contains("Exception"), err);
            assertFalse(Files.exists(typo), command + " created " + typo);
            assertFalse(Files.exists(exported), command + " wrote " + exported);
        }
        // the commands that make a database still do, folders and all
        assertEquals(0, run("--db", db, "demo"), err);
        assertEquals(0, run("--db", db, "summits"), err);
        assertEquals(2, out.lines().count(), out);
    }

    @Test
    void aRefusedLoadIntoANewDatabaseLeavesNothingBehind() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"name\": ");
        Path fresh = dir.resolve("fresh");
        String db = fresh.resolve("deeper").resolve("y").toString();
        assertEquals(Cli.BAD_INPUT, run("--db", db, "load", broken.toString()));
        assertTrue(err.contains("broken.json: refused, nothing was loaded"), err);
        assertFalse(Files.exists(fresh), "left behind: " + fresh);

        // into a new file in a folder that exists: the file goes, the folder stays
        Files.createDirectories(fresh);
        assertEquals(Cli.BAD_INPUT, run("--db", fresh.resolve("y").toString(), "load", broken.toString()));
        assertTrue(Files.isDirectory(fresh));
        try (var left = Files.list(fresh)) {
            assertEquals(List.of(), left.toList());
        }

        // a refused load into an existing database keeps it as it was
        run("--db", db(), "demo");
        assertEquals(Cli.BAD_INPUT, run("--db", db(), "load", broken.toString()));
        assertEquals(0, run("--db", db(), "summits"), err);
        assertEquals(2, out.lines().count(), out);

        Path good = dir.resolve("good.json");
        run("--db", db(), "export", good.toString());
        assertEquals(0, run("--db", db, "load", good.toString()), err);
        assertTrue(Files.isRegularFile(fresh.resolve("deeper").resolve("y.mv.db")));
    }

    @Test
    void theCommandLineHoldsOnlyTheCommandItRuns() {
        AppPaths paths = new AppPaths(dir.resolve("home"));
        assertEquals(java.util.Set.of("summits"),
                Cli.commandLine(paths, "--db", "summits", "summits").getSubcommands().keySet());
        assertEquals(java.util.Set.of("export"),
                Cli.commandLine(paths, "--db=x", "--user", "me", "export", "a.json").getSubcommands().keySet());
        // the window (no command) needs none
        assertEquals(0, Cli.commandLine(paths).getSubcommands().size());
        assertEquals(0, Cli.commandLine(paths, "--db", "x").getSubcommands().size());
        assertEquals(0, Cli.commandLine(paths, "--db=x", "--user", "me").getSubcommands().size());
        int all = Cli.COMMANDS.size();
        assertEquals(all, Cli.commandLine(paths, "--help").getSubcommands().size());
        assertEquals(all, Cli.commandLine(paths, "--db", "x", "--help").getSubcommands().size());
        assertEquals(all, Cli.commandLine(paths, "--db", "x", "sumits").getSubcommands().size());
        assertEquals(all, Cli.commandLine(paths, "--db").getSubcommands().size());
        // and every command is reachable by its name
        for (Class<?> command : Cli.COMMANDS) {
            String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
            assertEquals(0, run(name, "--help"), name + ": " + err);
            assertTrue(out.startsWith("Usage: summit-planner " + name), out);
        }
    }
}
