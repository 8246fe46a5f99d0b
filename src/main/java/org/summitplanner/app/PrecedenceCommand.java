package org.summitplanner.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.DelegationRule;
import org.summitplanner.model.FormsOfAddress;
import org.summitplanner.model.MemberRule;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Precedence;
import org.summitplanner.model.Summit;
import org.summitplanner.service.OpenServices;
import org.summitplanner.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code precedence}: a summit's order of precedence, delegation by delegation with each one's people
 * in order. With {@code --seed} or {@code --letter} it first draws the lot and stores it.
 */
@Command(name = "precedence", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print the summit's order of precedence: the delegations in order, each with its people in"
                + " order and their forms of address. --seed N or --letter X draws the lot first and stores it.")
final class PrecedenceCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    Cli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--summit", paramLabel = "ID|NAME", description = "The summit; may be left out when the database holds one.")
    String summit;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Option(names = "--lang", paramLabel = "en|fr", defaultValue = "en",
            description = "Language of the heading, names and forms of address (default en); the order is the summit's.")
    String lang;

    @Option(names = "--seed", paramLabel = "N",
            description = "Draw the starting nation by lot with this seed (the same seed draws the same nation) and store it.")
    Long seed;

    @Option(names = "--letter", paramLabel = "X",
            description = "Start the order at the first nation from this letter (a letter drawn by lot) and store it.")
    String letter;

    @Override
    public Integer call() throws Exception {
        Locale locale = PrintCommand.language(lang);
        if (seed != null && letter != null) {
            throw new Cli.UserError("Give --seed or --letter, not both.");
        }
        if (letter != null && (letter.isBlank() || letter.strip().length() > 8
                || !letter.strip().codePoints().allMatch(Character::isLetter))) {
            throw new Cli.UserError("The letter \"" + letter + "\" must be 1 to 8 letters (the drawn letter, e.g. K).");
        }
        boolean drawing = seed != null || letter != null;
        try (OpenServices opened = drawing ? parent.open() : parent.openForReading()) {
            Services services = opened.services();
            Summit s = services.summits().find(summit);
            if (drawing) {
                Precedence now = services.precedence().precedence(s.id());
                Precedence drawn = seed != null ? services.precedence().drawLot(s.id(), seed)
                        : now.withRule(DelegationRule.LOT).withLot(null, letter.strip(), null);
                services.precedence().save(s.id(), drawn.withVersion(now.version()));
            }
            Precedence p = services.precedence().precedence(s.id());
            List<String> order = services.precedence().delegationOrder(s.id());
            Map<String, List<Attendee>> people = services.precedence().everyoneInOrder(s.id()).stream()
                    .collect(Collectors.groupingBy(Attendee::nation, LinkedHashMap::new, Collectors.toList()));
            Map<String, Nation> nations = services.summits().nations().stream()
                    .collect(Collectors.toMap(Nation::code, n -> n));
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(json(s, p, order, people, nations, locale));
            } else {
                text(p, order, people, nations, locale, out);
            }
            out.flush();
        }
        return 0;
    }

    private static String text(ResourceBundle texts, Locale locale, String key, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }

    private static String name(Map<String, Nation> nations, String code, Locale locale) {
        Nation n = nations.get(code);
        return n == null ? code : n.name(locale);
    }

    private static void text(Precedence p, List<String> order, Map<String, List<Attendee>> people,
                             Map<String, Nation> nations, Locale locale, PrintWriter out) {
        ResourceBundle texts = ResourceBundle.getBundle("org.summitplanner.app.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String rule = switch (p.rule()) {
            case ALPHABETICAL, HAND -> texts.getString("precedence.rule." + p.rule().name());
            case LOT -> p.lotNation() != null ? p.lotSeed() == null
                    ? text(texts, locale, "precedence.rule.lotNation", name(nations, p.lotNation(), locale))
                    : text(texts, locale, "precedence.rule.lotNationSeed", name(nations, p.lotNation(), locale),
                            String.valueOf(p.lotSeed()))
                    : p.lotLetter() != null ? text(texts, locale, "precedence.rule.lotLetter", p.lotLetter())
                    : texts.getString("precedence.rule.lotNone");
        };
        out.println(text(texts, locale, "precedence.header", rule,
                texts.getString("precedence.language." + ("fr".equals(p.language()) ? "fr" : "en")),
                texts.getString("precedence.members." + (p.members() == MemberRule.RANK ? "RANK" : "HAND"))));
        for (int i = 0; i < order.size(); i++) {
            String code = order.get(i);
            out.printf("%3d  %-4s %s%n", i + 1, code, name(nations, code, locale));
            List<Attendee> members = people.getOrDefault(code, List.of());
            for (int m = 0; m < members.size(); m++) {
                Attendee a = members.get(m);
                String position = a.positionIn(locale);
                out.printf("         %2d  %s%s%n", m + 1, FormsOfAddress.addressed(a, locale),
                        position == null || position.isBlank() ? "" : ", " + position.strip());
            }
        }
    }

    private static String json(Summit s, Precedence p, List<String> order, Map<String, List<Attendee>> people,
                               Map<String, Nation> nations, Locale locale) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("summit", s.name());
        root.put("rule", p.rule().name());
        root.put("language", p.language());
        if (p.lotNation() != null) {
            root.put("lotNation", p.lotNation());
        }
        if (p.lotLetter() != null) {
            root.put("lotLetter", p.lotLetter());
        }
        if (p.lotSeed() != null) {
            root.put("lotSeed", p.lotSeed());
        }
        root.put("members", p.members().name());
        ArrayNode list = root.putArray("delegations");
        for (int i = 0; i < order.size(); i++) {
            String code = order.get(i);
            ObjectNode d = list.addObject();
            d.put("place", i + 1);
            d.put("nation", code);
            d.put("name", name(nations, code, locale));
            ArrayNode members = d.putArray("people");
            List<Attendee> in = people.getOrDefault(code, List.of());
            for (int m = 0; m < in.size(); m++) {
                Attendee a = in.get(m);
                ObjectNode node = members.addObject();
                node.put("place", m + 1);
                node.put("key", a.key() != null ? a.key() : "#" + a.id());
                node.put("addressed", FormsOfAddress.addressed(a, locale));
                node.put("role", a.role().name());
            }
        }
        return mapper.writeValueAsString(root);
    }
}
