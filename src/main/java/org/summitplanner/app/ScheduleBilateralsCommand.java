package org.summitplanner.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.schedule.bilaterals.BilateralSolver;
import org.summitplanner.schedule.bilaterals.KeptMeeting;
import org.summitplanner.schedule.bilaterals.Proposal;
import org.summitplanner.schedule.bilaterals.ProposedMeeting;
import org.summitplanner.schedule.bilaterals.Unplaced;
import org.summitplanner.service.BilateralService;
import org.summitplanner.service.OpenServices;
import org.summitplanner.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code schedule-bilaterals}: proposes times and rooms for a summit's open bilateral requests and,
 * unless {@code --dry-run}, puts them on the agenda in one transaction. Exit code 0 with the proposal
 * printed (also when some requests could not be placed: they are listed with the reason), 2 on bad usage.
 */
@Command(name = "schedule-bilaterals", mixinStandardHelpOptions = true,
        description = "Propose times and rooms for the open bilateral requests of a summit and put them on the "
                + "agenda (one transaction). Exit code 0 with the proposal printed, 2 on bad usage.")
final class ScheduleBilateralsCommand implements Callable<Integer> {

    static final int MAX_SECONDS = 600;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    enum Format { text, json }

    @ParentCommand
    Cli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--summit", paramLabel = "ID|NAME",
            description = "The summit; may be left out when the database holds one.")
    String summit;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
            description = "The most time the solver may take, 1 to " + MAX_SECONDS + " (default 10); it stops "
                    + "sooner when nothing improves.")
    int seconds;

    @Option(names = "--dry-run", description = "Print the proposal and write nothing.")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Override
    public Integer call() throws Exception {
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw new Cli.UserError("--seconds must be 1 to " + MAX_SECONDS + ", not " + seconds);
        }
        try (OpenServices opened = dryRun ? parent.openForReading() : parent.open()) {
            Services services = opened.services();
            Summit s = services.summits().find(summit);
            BilateralService bilaterals = services.bilaterals();
            SummitContent content = bilaterals.content(s.id());
            Proposal proposal = new BilateralSolver().propose(content,
                    BilateralSolver.Settings.defaults().withLimit(Duration.ofSeconds(seconds)), null);
            int accepted = 0;
            if (!dryRun && !proposal.meetings().isEmpty()) {
                accepted = bilaterals.accept(s.id(), proposal.meetings()).items().size();
            }
            Map<String, Nation> nations = services.summits().nations().stream()
                    .collect(Collectors.toMap(Nation::code, Function.identity(), (a, b) -> a));
            Map<Long, Attendee> people = content.attendees().stream()
                    .collect(Collectors.toMap(Attendee::id, Function.identity()));
            List<KeptMeeting> kept = KeptMeeting.in(content);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(json(s, proposal, kept, nations, people, accepted));
            } else {
                text(s, proposal, kept, nations, people, accepted, out);
            }
            out.flush();
        }
        return 0;
    }

    private void text(Summit s, Proposal proposal, List<KeptMeeting> kept, Map<String, Nation> nations,
                      Map<Long, Attendee> people, int accepted, PrintWriter out) {
        // one table: the room or the reason in a column as wide as its widest entry (24 at least), so
        // that the pairs line up in the meetings and in the requests not placed alike
        int width = Math.max(24, Math.max(
                proposal.meetings().stream().mapToInt(m -> m.room().name().length()).max().orElse(0),
                proposal.unplaced().stream().mapToInt(u -> reason(u.reason()).length()).max().orElse(0)));
        String row = "%-22s  %-" + width + "s  %s%s%n";
        for (ProposedMeeting m : proposal.meetings()) {
            out.printf(row, TIME.format(s.toLocal(m.time().start())) + "–" + END.format(s.toLocal(m.time().end())),
                    m.room().name(), pair(m.request(), nations),
                    (m.interpreterIds().isEmpty() ? "" : "  interpreters: " + m.interpreterIds().stream()
                            .map(id -> people.get(id).displayName()).collect(Collectors.joining(", ")))
                            + (m.missingLanguages().isEmpty() ? "" : "  no interpreter free for: "
                            + String.join(", ", m.missingLanguages())));
        }
        for (Unplaced u : proposal.unplaced()) {
            out.printf(row, "not placed", reason(u.reason()), pair(u.request(), nations), "");
        }
        for (KeptMeeting k : kept) {
            out.printf("warning: \"%s\" (%s–%s) is in %s, a room marked not for bilaterals; left where it is.%n",
                    k.item().title(), TIME.format(s.toLocal(k.item().time().start())),
                    END.format(s.toLocal(k.item().time().end())), k.room().name());
        }
        out.printf("%d of %d requests placed: %s; %.1f s.%n", proposal.meetings().size(), proposal.requests(),
                inWords(proposal), proposal.spent().toMillis() / 1000.0);
        out.println(dryRun ? "Dry run: nothing written." : accepted + " bilateral" + (accepted == 1 ? "" : "s")
                + " added to the agenda.");
    }

    private String json(Summit s, Proposal proposal, List<KeptMeeting> kept, Map<String, Nation> nations,
                        Map<Long, Attendee> people, int accepted) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("summit", s.name());
        ArrayNode meetings = root.putArray("meetings");
        for (ProposedMeeting m : proposal.meetings()) {
            ObjectNode node = meetings.addObject();
            node.put("nation", m.request().nation());
            node.put("with", m.request().withNation());
            node.put("priority", m.request().priority());
            node.put("start", s.toLocal(m.time().start()).toString());
            node.put("end", s.toLocal(m.time().end()).toString());
            node.put("room", m.room().key() != null ? m.room().key() : "#" + m.room().id());
            ArrayNode attendees = node.putArray("attendees");
            m.attendeeIds().forEach(id -> attendees.add(key(people.get(id))));
            ArrayNode missing = node.putArray("noInterpreterFor");
            m.missingLanguages().forEach(missing::add);
        }
        ArrayNode unplaced = root.putArray("notPlaced");
        for (Unplaced u : proposal.unplaced()) {
            ObjectNode node = unplaced.addObject();
            node.put("nation", u.request().nation());
            node.put("with", u.request().withNation());
            node.put("priority", u.request().priority());
            node.put("reason", u.reason().name());
        }
        if (!kept.isEmpty()) {
            // only when there are any: the output of a summit without such rooms stays as it was
            ArrayNode warnings = root.putArray("inRoomsNotForBilaterals");
            for (KeptMeeting k : kept) {
                ObjectNode node = warnings.addObject();
                node.put("item", k.item().key() != null ? k.item().key() : "#" + k.item().id());
                node.put("title", k.item().title());
                node.put("start", s.toLocal(k.item().time().start()).toString());
                node.put("end", s.toLocal(k.item().time().end()).toString());
                node.put("room", k.room().key() != null ? k.room().key() : "#" + k.room().id());
            }
        }
        root.put("placed", proposal.meetings().size());
        root.put("requests", proposal.requests());
        root.put("score", proposal.score());
        root.put("rulesBroken", proposal.hardBroken());
        root.put("preferenceCost", proposal.preferenceCost());
        root.put("inWords", inWords(proposal));
        root.put("seconds", proposal.spent().toMillis() / 1000.0);
        root.put("dryRun", dryRun);
        root.put("added", accepted);
        return mapper.writeValueAsString(root);
    }

    /** The solver's score said in words: "no rule broken; 3 requests could not be placed; preference cost 53". */
    static String inWords(Proposal proposal) {
        if (proposal.score().isEmpty()) {
            return "nothing to place";
        }
        long broken = proposal.hardBroken();
        int left = proposal.unplaced().size();
        return (broken == 0 ? "no rule broken" : broken == 1 ? "1 scheduling rule broken" : broken + " scheduling rules broken")
                + (left == 0 ? "" : left == 1 ? "; 1 request could not be placed" : "; " + left + " requests could not be placed")
                + "; preference cost " + proposal.preferenceCost() + " (lower is better)";
    }

    private static String key(Attendee a) {
        return a.key() != null ? a.key() : "#" + a.id();
    }

    private static String pair(BilateralRequest r, Map<String, Nation> nations) {
        return name(r.nation(), nations) + " – " + name(r.withNation(), nations) + " (" + r.minutes() + " min, priority "
                + r.priority() + ")";
    }

    private static String name(String code, Map<String, Nation> nations) {
        Nation n = nations.get(code);
        return n == null ? code : n.name(Locale.ENGLISH);
    }

    private static String reason(Unplaced.Reason reason) {
        return switch (reason) {
            case NATION_NOT_TAKING_PART -> "nation not confirmed";
            case NO_HEAD_OF_DELEGATION -> "no head of delegation";
            case NO_COMMON_TIME -> "heads never both free";
            case NO_ROOM_BIG_ENOUGH -> "no room big enough";
            case NO_ROOM_FOR_BILATERALS -> "only rooms not for bilaterals fit";
            case NO_FREE_SLOT -> "no free time and room";
            case RULE_BROKEN -> "would break a rule";
        };
    }
}
