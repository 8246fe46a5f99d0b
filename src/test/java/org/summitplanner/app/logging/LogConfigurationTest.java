package org.summitplanner.app.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's log set-up (LogSetup) configures without a warning: logback prints its whole status
 * list to stdout when it meets one, which put some forty lines before every command's output (the id that
 * {@code demo} prints, the table of {@code summits}) and broke the scripts reading it. And it does what the
 * logback.xml it replaced did: the file owner-only and only once something is logged, user text escaped,
 * the console from its threshold, H2's trace in the file alone.
 */
class LogConfigurationTest {

    @TempDir
    Path logs;

    @Test
    void theLogIsSetUpWithoutAWarningAndWritesWhatTheXmlDid() throws Exception {
        LoggerContext context = new LoggerContext();
        // what logback's own start-up gives the context (SLF4J's provider)
        context.setMDCAdapter(new LogbackMDCAdapter());
        PrintStream stderr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
            LogSetup.apply(context, logs, "WARN");
            Path file = logs.resolve("summit-planner.log");
            context.getLogger("quiet").debug("below every threshold");
            assertFalse(Files.exists(file), "the file waits for the first line");
            context.getLogger("quiet").info("below the console's threshold");

            context.getLogger("org.summitplanner.x").warn("name \u001b[31mred");
            context.getLogger("h2database").warn("h2 trace line");
            context.getLogger("h2database").info("h2 info is left out");
            context.getLogger("org.jooq.x").info("jOOQ info is left out");
            context.stop();

            String logged = Files.readString(file);
            assertTrue(logged.contains("below the console's threshold"), logged);
            assertFalse(logged.contains("below every threshold"), logged);
            assertTrue(logged.contains("WARN  org.summitplanner.x - name \\u001b[31mred"), logged);
            assertTrue(logged.contains("h2 trace line"), logged);
            assertFalse(logged.contains("h2 info") || logged.contains("jOOQ info"), logged);
            assertFalse(logged.contains("\u001b"), "escaped: " + logged);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

            String shown = console.toString(StandardCharsets.UTF_8);
            assertTrue(shown.contains("WARN  org.summitplanner.x - name \\u001b[31mred"), shown);
            assertFalse(shown.contains("threshold") || shown.contains("h2 trace"), shown);

            String warnings = context.getStatusManager().getCopyOfStatusList().stream()
                    .filter(s -> s.getLevel() >= Status.WARN).map(Status::getMessage)
                    .collect(Collectors.joining("\n"));
            assertEquals("", warnings);
        } finally {
            System.setErr(stderr);
            context.stop();
        }
    }

    @Test
    void theLevelsAreThoseOfTheXml() {
        LoggerContext context = new LoggerContext();
        try {
            LogSetup.apply(context, logs, "INFO");
            assertEquals(Level.INFO, context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel());
            assertEquals(Level.WARN, context.getLogger("org.flywaydb").getLevel());
            assertEquals(Level.ERROR, context.getLogger("org.apache.fontbox.ttf.CmapSubtable").getLevel());
            assertFalse(context.getLogger("h2database").isAdditive());
        } finally {
            context.stop();
        }
    }
}
