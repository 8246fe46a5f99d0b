package org.summitplanner.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.summitplanner.model.AuditEntry;
import org.summitplanner.service.HistoryService;
import org.summitplanner.service.Services;
import org.summitplanner.service.OpenServices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code history}: who changed what and when, from the audit log. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the changes recorded in the audit log (who, when, table, row, what changed), oldest "
                + "first: of one summit, or of the whole database.")
final class HistoryCommand implements Callable<Integer> {

    enum Format { text, json }

    private static final Pattern RELATIVE = Pattern.compile("(\\d{1,6})([dhm])");

    @ParentCommand
    Cli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--summit", paramLabel = "ID|NAME",
            description = "Only this summit's changes (default: every change in the database).")
    String summit;

    @Option(names = "--since", paramLabel = "TIME",
            description = "Only changes at or after TIME: 2026-12-06T20:00:00Z, 2026-12-06T20:00 or 2026-12-06 "
                    + "(local time), or 30m, 2h, 7d ago.")
    String since;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default) or json.")
    Format format;

    @Override
    public Integer call() {
        Instant from = since == null ? null : parseSince(since, Instant.now(), ZoneId.systemDefault());
        List<AuditEntry> entries;
        try (OpenServices database = parent.openForReading()) {
            Services services = database.services();
            Long summitId = summit == null ? null : services.summits().find(summit).id();
            entries = services.history().history(summitId, from);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(HistoryService.toJson(entries));
        } else {
            for (AuditEntry e : entries) {
                out.println(line(e));
            }
        }
        out.flush();
        return 0;
    }

    static String line(AuditEntry e) {
        // a bulk write (import, load, demo) has no before: it says what it was and which rows it added
        boolean bulk = "BULK".equals(e.kind());
        String what = HistoryService.changes(e).stream()
                .map(c -> c.field() + ": " + (bulk ? c.after() : value(c.before()) + " -> " + value(c.after())))
                .collect(Collectors.joining("; "));
        return e.at() + "  " + e.user() + "  " + e.kind() + "  " + e.table() + (e.rowId() == null ? "" : " " + e.rowId())
                + (e.summitId() == null ? "" : "  (summit " + e.summitId() + ")") + (what.isEmpty() ? "" : "  " + what);
    }

    private static String value(String v) {
        return v == null ? "-" : "\"" + v + "\"";
    }

    /** --since as an instant; a bad value is a usage error naming the option. */
    static Instant parseSince(String text, Instant now, ZoneId zone) {
        String t = text.trim();
        Matcher relative = RELATIVE.matcher(t.toLowerCase(Locale.ROOT));
        if (relative.matches()) {
            long n = Long.parseLong(relative.group(1));
            Duration d = switch (relative.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            };
            return now.minus(d);
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // not with an offset: try the local forms
        }
        try {
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            // not a local date and time
        }
        try {
            return LocalDate.parse(t).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new Cli.UserError("--since \"" + text + "\" is not a time: write 2026-12-06T20:00:00Z, 2026-12-06T20:00, "
                    + "2026-12-06, or 30m, 2h, 7d (ago)");
        }
    }
}
