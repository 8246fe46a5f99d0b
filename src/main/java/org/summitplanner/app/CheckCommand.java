package org.summitplanner.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Room;
import org.summitplanner.model.SummitContent;
import org.summitplanner.schedule.CheckedFinding;
import org.summitplanner.schedule.Finding;
import org.summitplanner.schedule.ScheduleTexts;
import org.summitplanner.schedule.Severity;
import org.summitplanner.schedule.SummitCheck;
import org.summitplanner.service.SummitService;
import org.summitplanner.service.OpenServices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check}: the scheduling checks of one summit. Exit code 0 when no unacknowledged error
 * remains, {@link #ERRORS_REMAIN} when one does, 2 on bad usage (as every command).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run the scheduling checks on a summit and list what they find. "
                + "Exit code 0 when no unacknowledged error remains, 1 when one does, 2 on bad usage.")
final class CheckCommand implements Callable<Integer> {

    static final int ERRORS_REMAIN = 1;

    enum Format { text, json }

    @ParentCommand
    Cli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--summit", paramLabel = "ID|NAME",
            description = "The summit; may be left out when the database holds one.")
    String summit;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text (default) or json.")
    Format format;

    @Option(names = "--include-acknowledged",
            description = "Also list the findings a planner acknowledged (they never make the exit code 1).")
    boolean includeAcknowledged;

    @Override
    public Integer call() throws Exception {
        SummitCheck check;
        ScheduleTexts texts;
        try (OpenServices database = parent.openForReading()) {
            SummitService summits = database.services().summits();
            long id = summits.find(summit).id();
            // one check: read and check the summit whole, nothing to keep in memory
            check = database.services().checks().checkOnce(id);
            texts = ScheduleTexts.of(Locale.ENGLISH, summits.nations());
        }
        List<CheckedFinding> shown = check.findings().stream()
                .filter(f -> includeAcknowledged || !f.acknowledged()).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(check.content(), shown, texts));
        } else {
            text(check, shown, texts, out);
        }
        out.flush();
        return check.open(Severity.ERROR) > 0 ? ERRORS_REMAIN : 0;
    }

    private void text(SummitCheck check, List<CheckedFinding> shown, ScheduleTexts texts, PrintWriter out) {
        // errors first, then warnings; within each, the checks' own order (by rule)
        List<CheckedFinding> ordered = shown.stream()
                .sorted(Comparator.comparing(CheckedFinding::severity)).toList();
        for (CheckedFinding f : ordered) {
            out.printf("%-7s  %-28s  %s%s%n", f.severity(), f.finding().rule(), texts.message(f.finding()),
                    f.acknowledged() ? "  [acknowledged: " + f.acknowledgement().reason() + "]" : "");
        }
        int errors = check.open(Severity.ERROR);
        int warnings = check.open(Severity.WARNING);
        int acknowledged = check.acknowledged();
        out.printf("%d %s, %d %s%s.%n", errors, errors == 1 ? "error" : "errors", warnings,
                warnings == 1 ? "warning" : "warnings",
                acknowledged == 0 ? "" : includeAcknowledged ? " not acknowledged; " + acknowledged + " acknowledged"
                        : " not acknowledged (" + acknowledged + " acknowledged, not shown)");
    }

    /** The JSON of issue 4: people, items and rooms by external key (or #id), nations by code, lists sorted. */
    private static String json(SummitContent content, List<CheckedFinding> shown, ScheduleTexts texts) throws Exception {
        Map<Long, String> attendees = keys(content.attendees(), Attendee::id, Attendee::key);
        Map<Long, String> items = keys(content.agenda(), AgendaItem::id, AgendaItem::key);
        Map<Long, String> rooms = keys(content.rooms(), Room::id, Room::key);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("summit", content.summit().name());
        ArrayNode list = root.putArray("findings");
        for (CheckedFinding checked : shown) {
            Finding f = checked.finding();
            ObjectNode node = list.addObject();
            node.put("rule", f.rule().name());
            node.put("severity", f.severity().name());
            node.put("message", texts.message(f));
            sorted(node.putArray("nations"), f.nations());
            sorted(node.putArray("attendees"), f.attendeeIds().stream().map(id -> name(attendees, id)).toList());
            sorted(node.putArray("agendaItems"), f.itemIds().stream().map(id -> name(items, id)).toList());
            sorted(node.putArray("rooms"), f.roomIds().stream().map(id -> name(rooms, id)).toList());
            node.put("acknowledged", checked.acknowledged());
            if (f.asHeadOf() != null) {
                // a head of delegation counted through the delegation taking part as a whole (added fields)
                node.put("asHeadOf", f.asHeadOf());
                sorted(node.putArray("throughDelegation"),
                        f.throughDelegationItemIds().stream().map(id -> name(items, id)).toList());
            }
        }
        return mapper.writeValueAsString(root);
    }

    private static <T> Map<Long, String> keys(Collection<T> things, Function<T, Long> id, Function<T, String> key) {
        Map<Long, String> keys = new HashMap<>();
        things.forEach(t -> keys.put(id.apply(t), key.apply(t)));
        return keys;
    }

    private static String name(Map<Long, String> keys, long id) {
        String key = keys.get(id);
        return key != null ? key : "#" + id;
    }

    private static void sorted(ArrayNode array, List<String> values) {
        values.stream().sorted().forEach(array::add);
    }
}
