package org.summitplanner.app.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's logback.xml configures without a warning: logback prints its whole status
 * list to stdout when it meets one, which put some forty lines before every command's output
 * (the id that {@code demo} prints, the table of {@code summits}) and broke the scripts reading it.
 */
class LogConfigurationTest {

    @TempDir
    Path logs;

    @Test
    void theApplicationsLogConfigurationHasNoWarningThatLogbackWouldPrintToStdout() throws Exception {
        String before = System.getProperty("summitplanner.logdir");
        System.setProperty("summitplanner.logdir", logs.toString());
        LoggerContext context = new LoggerContext();
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(Path.of("src/main/resources/logback.xml").toFile());
            String warnings = context.getStatusManager().getCopyOfStatusList().stream()
                    .filter(s -> s.getLevel() >= Status.WARN).map(Status::getMessage)
                    .collect(Collectors.joining("\n"));
            assertEquals("", warnings);
        } finally {
            context.stop();
            if (before == null) {
                System.clearProperty("summitplanner.logdir");
            } else {
                System.setProperty("summitplanner.logdir", before);
            }
        }
    }
}
