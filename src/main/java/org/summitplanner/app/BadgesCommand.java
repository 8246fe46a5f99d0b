package org.summitplanner.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BadgeCategory;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.service.BadgeService;
import org.summitplanner.service.Services;
import org.summitplanner.service.OpenServices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code badges}: shows a summit's badge categories, quotas and badge counts per delegation; sets or
 * removes quotas and gives single attendees a category or access zone of their own (one transaction).
 */
@Command(name = "badges", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show the badge categories, each delegation's badges per category and the quotas;"
                + " set quotas and attendees' own categories or zones. A delegation over a quota is a finding"
                + " of check (Badge quota exceeded)."})
final class BadgesCommand implements Callable<Integer> {

    private static final Pattern QUOTA = Pattern.compile("([A-Za-z]{2,4}):([A-Za-z0-9_-]+)=(\\d{1,6}|none)");
    private static final Pattern OWN = Pattern.compile("([^=]+)=([A-Za-z0-9_-]+)?(?:/(.+))?");

    @ParentCommand
    Cli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--summit", paramLabel = "ID|NAME", description = "The summit; may be left out when the database holds one.")
    String summit;

    @Option(names = "--quota", paramLabel = "NATION:CATEGORY=N|none",
            description = "Badges of the category the delegation may have (none: no limit), e.g. FR:DELEGATE=4. Repeatable.")
    List<String> quotas = new ArrayList<>();

    @Option(names = "--badge", paramLabel = "ATTENDEE=CATEGORY[/ZONE]",
            description = "An attendee's (key or #id) own category and zone, e.g. fr-3=PRESS/P2; ATTENDEE= goes back"
                    + " to the role's category. Repeatable.")
    List<String> badges = new ArrayList<>();

    @Option(names = "--confirmed-only", description = "Count only the badges of delegations that have accepted"
            + " (confirmed or observer); without it, everyone's, with a warning naming the others.")
    boolean takingPart;

    @Override
    public Integer call() {
        boolean writes = !quotas.isEmpty() || !badges.isEmpty();
        try (OpenServices database = writes ? parent.open() : parent.openForReading()) {
            Services services = database.services();
            Summit s = services.summits().find(summit);
            BadgeScheme scheme = services.badges().scheme(s.id());
            SummitContent content = services.seating().content(s.id());
            if (writes) {
                scheme = changed(scheme, content, services.summits().nations());
                services.badges().saveScheme(s.id(), scheme);
            }
            List<BadgeService.Outsider> outsiders = services.badges().outsiders(s.id());
            if (takingPart) {
                Set<String> out = new HashSet<>();
                outsiders.forEach(o -> out.add(o.nation()));
                content = new SummitContent(content.summit(), content.participations(), content.rooms(),
                        content.attendees().stream().filter(a -> !out.contains(a.nation())).toList(), content.agenda(),
                        content.bilaterals(), content.precedence());
            }
            show(scheme, content, spec.commandLine().getOut());
            String line = NotTakingPart.line(outsiders, names(services), takingPart);
            if (line != null) {
                PrintWriter where = takingPart ? spec.commandLine().getOut() : spec.commandLine().getErr();
                where.println(line);
                where.flush();
            }
        }
        return 0;
    }

    /** Nation code to English name. */
    static Map<String, String> names(Services services) {
        Map<String, String> names = new HashMap<>();
        services.summits().nations().forEach(n -> names.put(n.code(), n.name(Locale.ENGLISH)));
        return names;
    }

    private BadgeScheme changed(BadgeScheme scheme, SummitContent content, List<Nation> nations) {
        Map<String, Nation> known = new HashMap<>();
        nations.forEach(n -> known.put(n.code(), n));
        BadgeScheme out = scheme;
        for (String q : quotas) {
            Matcher m = QUOTA.matcher(q.strip());
            if (!m.matches()) {
                throw new Cli.UserError("--quota \"" + q + "\": write NATION:CATEGORY=N or NATION:CATEGORY=none, e.g. FR:DELEGATE=4");
            }
            String nation = m.group(1).toUpperCase(Locale.ROOT);
            if (!known.containsKey(nation)) {
                throw new Cli.UserError("--quota \"" + q + "\": no nation with code " + nation);
            }
            String category = category(scheme, m.group(2), "--quota \"" + q + "\"");
            out = out.withQuota(nation, category, m.group(3).equals("none") ? null : Integer.valueOf(m.group(3)));
        }
        Map<Long, String> own = new HashMap<>(out.attendeeCategories());
        Map<Long, String> zones = new HashMap<>(out.attendeeZones());
        for (String b : badges) {
            Matcher m = OWN.matcher(b.strip());
            if (!m.matches()) {
                throw new Cli.UserError("--badge \"" + b + "\": write ATTENDEE=CATEGORY or ATTENDEE=CATEGORY/ZONE, e.g. fr-3=PRESS/P2");
            }
            Attendee a = attendee(content, m.group(1).strip(), "--badge \"" + b + "\"");
            own.remove(a.id());
            zones.remove(a.id());
            if (m.group(2) != null) {
                own.put(a.id(), category(scheme, m.group(2), "--badge \"" + b + "\""));
            }
            if (m.group(3) != null && !m.group(3).isBlank()) {
                zones.put(a.id(), m.group(3).strip());
            }
        }
        return new BadgeScheme(out.categories(), out.roleDefaults(), own, zones, out.quotas());
    }

    private static String category(BadgeScheme scheme, String code, String where) {
        for (BadgeCategory c : scheme.categories()) {
            if (c.code().equalsIgnoreCase(code)) {
                return c.code();
            }
        }
        throw new Cli.UserError(where + ": no badge category " + code + "; the categories are: "
                + String.join(", ", scheme.categories().stream().map(BadgeCategory::code).toList()));
    }

    private static Attendee attendee(SummitContent content, String keyOrId, String where) {
        for (Attendee a : content.attendees()) {
            if (keyOrId.equals(a.key()) || keyOrId.equals("#" + a.id())) {
                return a;
            }
        }
        throw new Cli.UserError(where + ": no attendee with key \"" + keyOrId + "\" in this summit (or #id)");
    }

    private static void show(BadgeScheme scheme, SummitContent content, PrintWriter out) {
        out.println(scheme.categories().equals(BadgeScheme.standard().categories())
                ? "badge categories (the standard set; Badges… on the Seating screen or a summit file changes them):"
                : "badge categories (this summit's own):");
        out.printf("%-10s  %-16s  %-18s  %-7s  %s%n", "category", "label", "label (fr)", "colour", "zone");
        for (BadgeCategory c : scheme.categories()) {
            out.printf("%-10s  %-16s  %-18s  %-7s  %s%n", c.code(), c.labelEn(), c.labelFr() == null ? "" : c.labelFr(),
                    c.colour(), c.accessZone() == null ? "" : c.accessZone());
        }
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Attendee a : content.attendees()) {
            counts.computeIfAbsent(a.nation(), k -> new LinkedHashMap<>()).merge(scheme.categoryOf(a).code(), 1, Integer::sum);
        }
        out.println();
        out.println("badges per delegation:");
        StringBuilder head = new StringBuilder(String.format("  %-4s", ""));
        for (BadgeCategory c : scheme.categories()) {
            head.append(String.format("  %10s", c.code()));
        }
        out.println(head.toString().stripTrailing());
        if (counts.isEmpty()) {
            out.println("  none");
        }
        counts.keySet().stream().sorted().forEach(nation -> {
            StringBuilder row = new StringBuilder(String.format("  %-4s", nation));
            for (BadgeCategory c : scheme.categories()) {
                row.append(String.format("  %10d", counts.get(nation).getOrDefault(c.code(), 0)));
            }
            out.println(row);
        });
        List<String> own = new ArrayList<>();
        for (Attendee a : content.attendees()) {
            String category = scheme.attendeeCategories().get(a.id());
            String zone = scheme.attendeeZones().get(a.id());
            if (category != null || zone != null) {
                own.add(String.format("  %-12s %-10s %s", a.key() != null ? a.key() : "#" + a.id(),
                        category == null ? scheme.categoryOf(a).code() : category, zone == null ? "" : zone).stripTrailing());
            }
        }
        out.println();
        out.println("badges of their own (attendee, category, zone):");
        if (own.isEmpty()) {
            out.println("  none");
        }
        own.stream().sorted().forEach(out::println);
        out.println();
        out.println("quotas (badges / quota):");
        if (scheme.quotas().isEmpty()) {
            out.println("  none");
        }
        scheme.quotas().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(n ->
                n.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(q -> {
                    int has = counts.getOrDefault(n.getKey(), Map.of()).getOrDefault(q.getKey(), 0);
                    out.printf("  %-4s %-10s %3d / %-3d%s%n", n.getKey(), q.getKey(), has, q.getValue(),
                            has > q.getValue() ? "  exceeded" : "");
                }));
        out.flush();
    }
}
