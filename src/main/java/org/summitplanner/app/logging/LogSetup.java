package org.summitplanner.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The application's logging, set up in code (logback finds this class through
 * META-INF/services/ch.qos.logback.classic.spi.Configurator): parsing a logback.xml took about a tenth of
 * a short command's start (an XML parser, then logback's model of the file). What it sets up:
 *
 * <ul>
 *   <li>stderr: the level in {@code summitplanner.console.level} (default INFO) and above;</li>
 *   <li>the log file {@code summit-planner.log} in {@code summitplanner.logdir} (the Launcher sets it to the
 *       data folder's logs/), owner-only ({@link PrivateRollingFileAppender}), rolled daily and at 10 MB, 14
 *       days and 100 MB kept; opened when the first line is written ({@link FirstUseAppender}), so a command
 *       that logs nothing neither opens it nor scans the folder for old logs;</li>
 *   <li>user text escaped in both (%emsg, %eex: control characters as \u001b, see app/TerminalText);</li>
 *   <li>Flyway and jOOQ from WARN, H2's own error trace (TRACE_LEVEL_FILE=4 in store.Database) to the file
 *       alone.</li>
 * </ul>
 *
 * <p>It steps aside, leaving logback's usual search, when {@code logback.configurationFile} is given, and
 * when the tests' logback-test.xml is on the class path of a run that the Launcher did not start.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %emsg%n%eex";
    static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %emsg%n%eex";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String logDir = System.getProperty("summitplanner.logdir");
        if (System.getProperty("logback.configurationFile") != null
                || logDir == null && LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        if (logDir == null) {
            logDir = Path.of(System.getProperty("user.home"), ".summit-planner", "logs").toString();
        }
        apply(context, Path.of(logDir), System.getProperty("summitplanner.console.level", "INFO"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context}: the console from {@code consoleLevel}, the log file in {@code logDir}. */
    static void apply(LoggerContext context, Path logDir, String consoleLevel) {
        Map<String, Supplier<DynamicConverter>> rules = new HashMap<>();
        rules.put("emsg", EscapedMessageConverter::new);
        rules.put("eex", EscapedThrowableConverter::new);
        context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setContext(context);
        threshold.setLevel(consoleLevel);
        threshold.start();
        console.addFilter(threshold);
        console.setEncoder(encoder(context, CONSOLE_PATTERN));
        console.start();

        FirstUseAppender file = new FirstUseAppender(() -> logFile(context, logDir));
        file.setContext(context);
        file.setName("FILE");
        file.start();

        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.jooq").setLevel(Level.WARN);
        // Noto CJK has a cmap of variation sequences PDFBox does not read; the glyphs print all the same
        context.getLogger("org.apache.fontbox.ttf.CmapSubtable").setLevel(Level.ERROR);
        // H2's own error trace: to the log file, not beside the database or on stderr
        Logger h2 = context.getLogger("h2database");
        h2.setLevel(Level.WARN);
        h2.setAdditive(false);
        h2.addAppender(file);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        root.addAppender(file);
    }

    private static Appender<ILoggingEvent> logFile(LoggerContext context, Path logDir) {
        PrivateRollingFileAppender file = new PrivateRollingFileAppender();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logDir.resolve("summit-planner.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logDir.resolve("summit-planner.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("100MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();
        return file;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
