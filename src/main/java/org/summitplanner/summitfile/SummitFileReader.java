package org.summitplanner.summitfile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitplanner.files.InputFile;
import org.summitplanner.model.AddressStyle;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.BilateralStatus;
import org.summitplanner.model.DelegationRule;
import org.summitplanner.model.MemberRule;
import org.summitplanner.model.BadgeCategory;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Precedence;
import org.summitplanner.model.ProtocolDetails;
import org.summitplanner.model.Role;
import org.summitplanner.model.Room;
import org.summitplanner.model.Seat;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.SummitExtras;
import org.summitplanner.model.TimeRange;

/**
 * Reads a summit file into a {@link SummitContent} with provisional ids (position in its list,
 * from 1). A file with any problem is refused as a whole; every problem found is reported with
 * its JSON path, line and column.
 */
public final class SummitFileReader {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_PROBLEMS = 50;
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern JACKSON_LOCATION = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]");

    /** Asked when the validation first needs it (a load into a new file reads while the database is made). */
    private final Supplier<Set<String>> knownCodes;
    private Set<String> nationCodes;

    /** @param nationCodes every nation code the database knows */
    public SummitFileReader(Set<String> nationCodes) {
        Set<String> codes = Set.copyOf(nationCodes);
        this.knownCodes = () -> codes;
    }

    /** @param nationCodes every nation code the database knows, asked once, when the validation first needs it */
    public SummitFileReader(Supplier<Set<String>> nationCodes) {
        this.knownCodes = nationCodes;
    }

    private boolean isNation(String code) {
        if (nationCodes == null) {
            nationCodes = Set.copyOf(knownCodes.get());
        }
        return nationCodes.contains(code);
    }

    /**
     * The largest summit file read: the UN-week summit (5,000 attendees, 2,000 items) is about
     * 3 MB, so this is room for twenty such; a larger file is refused before it is read.
     */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    public SummitContent read(Path file) throws SummitFileException, IOException {
        return readAll(file).content();
    }

    /** As {@link #read(Path)}, with the badge scheme and seating plans. */
    public Loaded readAll(Path file) throws SummitFileException, IOException {
        InputFile.requireFile(file);
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new SummitFileException(file.toString(), List.of(new SummitFileException.Problem("$", 0, 0,
                    String.format(Locale.ROOT, "the file is too large (%.1f MB); a summit file is at most %d MB",
                            size / 1048576.0, MAX_FILE_BYTES / 1048576))));
        }
        return readAll(Files.readAllBytes(file), file.toString());
    }

    /**
     * @param source the file name, for messages
     * @throws SummitFileException naming every problem; nothing of the file is returned then
     */
    public SummitContent read(byte[] json, String source) throws SummitFileException {
        return readAll(json, source).content();
    }

    /** A summit file's content and its optional sections (badge scheme, seating plans). */
    public record Loaded(SummitContent content, SummitExtras extras) {
    }

    /**
     * @param source the file name, for messages
     * @throws SummitFileException naming every problem; nothing of the file is returned then
     */
    public Loaded readAll(byte[] json, String source) throws SummitFileException {
        // parsed as text, not bytes, so that columns count characters as editors do, not UTF-8 bytes
        String text = utf8(json, source);
        if (text.isBlank()) {
            throw new SummitFileException(source, List.of(new SummitFileException.Problem("$", 1, 1, "the file is empty")));
        }
        String start = text.stripLeading();
        if (!start.startsWith("{")) {
            // most often an attendee list given to `load` instead of `import`
            String firstLine = start.lines().findFirst().orElse("");
            boolean table = firstLine.contains(",") || firstLine.contains(";") || firstLine.contains("\t");
            int line = 1 + (int) text.substring(0, text.length() - start.length()).chars().filter(c -> c == '\n').count();
            throw new SummitFileException(source, List.of(new SummitFileException.Problem("$", line, 1,
                    "not a summit file: a summit file is JSON and starts with {"
                            + (table ? "; this looks like a table, such as an attendee list, which `import` reads"
                            + " (in the window: Delegations \u203A Import\u2026)" : ""))));
        }
        SummitFile file;
        try {
            file = MAPPER.readValue(text, SummitFile.class);
        } catch (JsonProcessingException e) {
            throw new SummitFileException(source, List.of(syntaxProblem(e, text)));
        }
        if (file == null) {
            throw new SummitFileException(source, List.of(new SummitFileException.Problem("$", 1, 1, "the file is empty")));
        }
        List<SummitFileException.Problem> notText;
        try {
            notText = TextCheck.problems(MAPPER.getFactory(), text, MAX_PROBLEMS);
        } catch (IOException e) {
            throw new IllegalStateException("a document that parsed once failed to parse again", e);
        }
        if (!notText.isEmpty()) {
            // like a syntax error, these stop the reading: the other checks would quote the same texts
            throw new SummitFileException(source, notText);
        }
        // where each value is, indexed only if a problem is found
        Validation v = new Validation(JsonLocations.lazy(MAPPER.getFactory(), text));
        SummitContent content = v.content(file);
        if (!v.problems.isEmpty()) {
            throw new SummitFileException(source, v.problems);
        }
        return new Loaded(content, v.extras);
    }

    /** The file as text; refused at the first byte that is not UTF-8. */
    private static String utf8(byte[] json, String source) throws SummitFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        CharBuffer out = CharBuffer.allocate(json.length); // UTF-8 never gives more chars than bytes
        CoderResult result = decoder.decode(ByteBuffer.wrap(json), out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        String text = out.flip().toString();
        if (result.isError()) {
            int line = 1 + (int) text.chars().filter(c -> c == '\n').count();
            int column = text.length() - text.lastIndexOf('\n');
            throw new SummitFileException(source, List.of(new SummitFileException.Problem("$", line, column,
                    "the file is not UTF-8 text; save it as UTF-8")));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static SummitFileException.Problem syntaxProblem(JsonProcessingException e, String json) {
        JsonLocation at = e.getLocation();
        String path = "$";
        if (e instanceof JsonMappingException m) {
            StringBuilder sb = new StringBuilder("$");
            for (JsonMappingException.Reference ref : m.getPath()) {
                if (ref.getIndex() >= 0) {
                    sb.append('[').append(ref.getIndex()).append(']');
                } else if (ref.getFieldName() != null) {
                    sb.append('.').append(ref.getFieldName());
                }
            }
            path = sb.toString();
        }
        String message = firstLine(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE_FIELD.matcher(message);
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown field \"" + u.getPropertyName() + "\"";
            // Jackson places it after the end of its object (records are read whole): find the name itself
            JsonLocations.FieldName name = JsonLocations.fieldName(MAPPER.getFactory(), json, path, false);
            at = name == null ? at : name.location();
        } else if (duplicate.matches()) {
            message = "duplicate field \"" + duplicate.group(1) + "\"";
            // Jackson names the object and the place after the name: find the repeated name itself
            JsonLocations.FieldName name = JsonLocations.fieldName(MAPPER.getFactory(), json, null, true);
            if (name != null) {
                path = name.path();
                at = name.location();
            }
        } else if (message.startsWith("Unexpected end-of-input")) {
            message = "the file ends early: an object { } or a list [ ] is not closed (was the file cut short?)";
        } else if (message.startsWith("Trailing token")) {
            message = "unexpected content after the end of the summit file";
        } else if (e instanceof MismatchedInputException m) {
            String expected = expected(m.getTargetType());
            message = "wrong type of value: " + (expected == null ? message : "expected " + expected);
        } else if (message.contains("nesting depth")) {
            message = "the file is nested more than " + MAPPER.getFactory().streamReadConstraints().getMaxNestingDepth()
                    + " levels deep; a summit file is a few levels deep";
        } else if (message.startsWith("String value length")) {
            message = "a text is longer than " + MAPPER.getFactory().streamReadConstraints().getMaxStringLength()
                    + " characters";
        } else if (message.startsWith("Number value length") || message.startsWith("Number length")) {
            message = "a number has more than " + MAPPER.getFactory().streamReadConstraints().getMaxNumberLength()
                    + " digits";
        } else {
            message = JACKSON_LOCATION.matcher(message).replaceAll("line $1, column $2");
        }
        return new SummitFileException.Problem(path, at == null ? 0 : at.getLineNr(),
                at == null ? 0 : Math.max(at.getColumnNr(), 0), message);
    }

    /** What a value of a summit file field must look like, in the words of the file, or null. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return null;
        } else if (type == Integer.class || type == int.class) {
            return "a whole number";
        } else if (type == String.class) {
            return "text in double quotes";
        } else if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        } else if (Collection.class.isAssignableFrom(type)) {
            return "a list in [ ]";
        } else if (type.isRecord()) {
            return "an object in { }";
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * "2025-03-11T09:00", the form files have, read without the general ISO parser (a UN-sized file holds
     * some 14,000 of them); anything else of that length is left to {@link LocalDateTime#parse}, so that
     * what is accepted and refused stays exactly the same.
     */
    static LocalDateTime minutes(String text) {
        if (text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            if ((year | month | day | hour | minute) >= 0) {
                return LocalDateTime.of(year, month, day, hour, minute);
            }
        }
        return LocalDateTime.parse(text);
    }

    /** The number written with ASCII digits at {@code text[from, from + count)}, or -1. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** One pass over a parsed file: builds the content and collects problems. */
    private final class Validation {
        private final JsonLocations locations;
        private final List<SummitFileException.Problem> problems = new ArrayList<>();
        private SummitExtras extras = SummitExtras.NONE;

        Validation(JsonLocations locations) {
            this.locations = locations;
        }

        void problem(String path, String message) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(locations.problem(path, message));
            }
        }

        SummitContent content(SummitFile file) {
            if (!SummitFile.FORMAT.equals(file.format())) {
                problem("$.format", file.format() == null
                        ? "missing: the file must start with \"format\": \"" + SummitFile.FORMAT + "\""
                        : "unknown format \"" + file.format() + "\", expected \"" + SummitFile.FORMAT + "\"");
            }
            Summit summit = summit(file.summit());
            List<Participation> participations = participations(list(file.participations()));
            Map<String, Long> roomKeys = new HashMap<>();
            List<Room> rooms = rooms(list(file.rooms()), roomKeys);
            Map<String, Long> attendeeKeys = new HashMap<>();
            List<Attendee> attendees = attendees(list(file.attendees()), summit, attendeeKeys);
            Map<String, Long> itemKeys = new HashMap<>();
            List<AgendaItem> agenda = agenda(list(file.agenda()), summit, roomKeys, attendeeKeys, itemKeys);
            List<BilateralRequest> bilaterals = bilaterals(list(file.bilaterals()), itemKeys);
            Precedence precedence = file.precedence() == null ? null : precedence(file.precedence());
            BadgeScheme badges = badges(file.badges(), attendeeKeys);
            List<SeatingPlan> plans = seating(list(file.seating()), attendeeKeys, itemKeys);
            if (!problems.isEmpty() || summit == null) {
                return null;
            }
            extras = new SummitExtras(badges, plans);
            return new SummitContent(summit, participations, rooms, attendees, agenda, bilaterals, precedence);
        }

        /** The optional order of precedence section (issue 13). */
        private Precedence precedence(SummitFile.PrecedencePart p) {
            String at = "$.precedence";
            DelegationRule rule = enumValue(at + ".delegations", p.delegations(), DelegationRule.class);
            MemberRule members = enumValue(at + ".members", p.members(), MemberRule.class);
            String language = p.language();
            if (!"fr".equals(language) && !"en".equals(language)) {
                problem(at + ".language", language == null ? "missing: fr or en"
                        : "\"" + language + "\" is not fr or en");
            }
            String lotNation = p.lotNation() == null ? null : nation(at + ".lotNation", p.lotNation());
            boolean letterBad = p.lotLetter() != null && (p.lotLetter().isBlank() || p.lotLetter().length() > 8
                    || !p.lotLetter().codePoints().allMatch(Character::isLetter));
            if (letterBad) {
                problem(at + ".lotLetter", "the drawn letter must be 1 to 8 letters, not \"" + p.lotLetter() + "\"");
            }
            List<String> hand = list(p.handOrder());
            Set<String> seen = new HashSet<>();
            boolean handGood = true;
            for (int i = 0; i < hand.size(); i++) {
                String code = nation(at + ".handOrder[" + i + "]", hand.get(i));
                if (code == null) {
                    handGood = false;
                } else if (!seen.add(code)) {
                    problem(at + ".handOrder[" + i + "]", "nation " + code + " is placed twice");
                    handGood = false;
                }
            }
            if (rule == null || members == null || !("fr".equals(language) || "en".equals(language)) || !handGood || letterBad
                    || (p.lotNation() != null && lotNation == null)) {
                return null;
            }
            return new Precedence(rule, language, lotNation, p.lotLetter(), p.lotSeed(), members, hand, 0);
        }

        /** An attendee's protocol details (all optional); null when one is bad. */
        private ProtocolDetails protocol(String at, SummitFile.AttendeePart a) {
            boolean good = true;
            AddressStyle style = null;
            if (a.style() != null) {
                style = enumValue(at + ".style", a.style(), AddressStyle.class);
                good = style != null;
            }
            atMost(at + ".styleEn", a.styleEn(), 100);
            atMost(at + ".styleFr", a.styleFr(), 100);
            LocalDate tookOffice = null;
            if (a.tookOffice() != null) {
                tookOffice = date(at + ".tookOffice", a.tookOffice());
                good &= tookOffice != null;
            }
            if (a.handPosition() != null && a.handPosition() < 1) {
                problem(at + ".handPosition", "the place in the delegation must be 1 or more, not " + a.handPosition());
                good = false;
            }
            return good ? new ProtocolDetails(style, a.styleEn(), a.styleFr(), tookOffice, a.handPosition()) : null;
        }

        /** The badge scheme section; null when the file has none (the summit gets the standard scheme). */
        private BadgeScheme badges(SummitFile.BadgesPart part, Map<String, Long> attendeeKeys) {
            if (part == null) {
                return null;
            }
            String at = "$.badges";
            List<SummitFile.CategoryPart> parts = list(part.categories());
            if (parts.isEmpty()) {
                problem(at + ".categories", "missing: at least one badge category");
            }
            List<BadgeCategory> categories = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < parts.size(); i++) {
                String here = at + ".categories[" + i + "]";
                SummitFile.CategoryPart c = parts.get(i);
                if (c == null) {
                    problem(here, "empty entry");
                    continue;
                }
                String code = required(here + ".code", c.code());
                atMost(here + ".code", code, 40);
                if (code != null && !codes.add(code)) {
                    problem(here + ".code", "the category " + code + " is listed twice");
                }
                String label = required(here + ".labelEn", c.labelEn());
                atMost(here + ".labelEn", label, 100);
                atMost(here + ".labelFr", c.labelFr(), 100);
                atMost(here + ".accessZone", c.accessZone(), 100);
                String colour = required(here + ".colour", c.colour());
                if (colour != null && !COLOUR.matcher(colour).matches()) {
                    problem(here + ".colour", "\"" + colour + "\" is not a colour like #1565C0");
                    colour = null;
                }
                if (code != null && label != null && colour != null) {
                    categories.add(new BadgeCategory(code, label, c.labelFr(), colour, c.accessZone()));
                }
            }
            Map<Role, String> roles = new EnumMap<>(Role.class);
            List<SummitFile.RoleDefaultPart> roleParts = list(part.roleDefaults());
            for (int i = 0; i < roleParts.size(); i++) {
                String here = at + ".roleDefaults[" + i + "]";
                SummitFile.RoleDefaultPart r = roleParts.get(i);
                if (r == null) {
                    problem(here, "empty entry");
                    continue;
                }
                Role role = enumValue(here + ".role", r.role(), Role.class);
                String category = category(here + ".category", r.category(), codes, true);
                if (role != null && roles.containsKey(role)) {
                    problem(here + ".role", "the role " + role + " is listed twice");
                } else if (role != null && category != null) {
                    roles.put(role, category);
                }
            }
            Map<String, Map<String, Integer>> quotas = new LinkedHashMap<>();
            List<SummitFile.QuotaPart> quotaParts = list(part.quotas());
            for (int i = 0; i < quotaParts.size(); i++) {
                String here = at + ".quotas[" + i + "]";
                SummitFile.QuotaPart q = quotaParts.get(i);
                if (q == null) {
                    problem(here, "empty entry");
                    continue;
                }
                String nation = nation(here + ".nation", q.nation());
                String category = category(here + ".category", q.category(), codes, true);
                if (q.quota() == null) {
                    problem(here + ".quota", "missing: how many badges of the category the delegation may have");
                } else if (q.quota() < 0) {
                    problem(here + ".quota", "the quota must be 0 or more, not " + q.quota());
                } else if (nation != null && category != null) {
                    Map<String, Integer> of = quotas.computeIfAbsent(nation, k -> new LinkedHashMap<>());
                    if (of.putIfAbsent(category, q.quota()) != null) {
                        problem(here, "the quota of " + nation + " for " + category + " is given twice");
                    }
                }
            }
            Map<Long, String> own = new HashMap<>();
            Map<Long, String> zones = new HashMap<>();
            Set<Long> seen = new HashSet<>();
            List<SummitFile.OwnBadgePart> ownParts = list(part.attendees());
            for (int i = 0; i < ownParts.size(); i++) {
                String here = at + ".attendees[" + i + "]";
                SummitFile.OwnBadgePart o = ownParts.get(i);
                if (o == null) {
                    problem(here, "empty entry");
                    continue;
                }
                Long id = o.attendee() == null ? null : attendeeKeys.get(o.attendee());
                if (o.attendee() == null) {
                    problem(here + ".attendee", "missing: the attendee's key");
                } else if (id == null) {
                    problem(here + ".attendee", "unknown attendee key \"" + o.attendee() + "\"");
                } else if (!seen.add(id)) {
                    problem(here + ".attendee", "the attendee \"" + o.attendee() + "\" is listed twice");
                }
                String category = category(here + ".category", o.category(), codes, false);
                atMost(here + ".accessZone", o.accessZone(), 100);
                if (o.category() == null && (o.accessZone() == null || o.accessZone().isBlank())) {
                    problem(here, "give a category, an access zone or both");
                }
                if (id != null) {
                    if (category != null) {
                        own.put(id, category);
                    }
                    if (o.accessZone() != null && !o.accessZone().isBlank()) {
                        zones.put(id, o.accessZone());
                    }
                }
            }
            if (categories.isEmpty()) {
                return null;
            }
            return new BadgeScheme(categories, roles, own, zones, quotas);
        }

        private String category(String at, String code, Set<String> codes, boolean needed) {
            if (code == null) {
                if (needed) {
                    problem(at, "missing: a category code of $.badges.categories");
                }
                return null;
            }
            if (!codes.contains(code)) {
                problem(at, "unknown badge category \"" + code + "\" (not in $.badges.categories)");
                return null;
            }
            return code;
        }

        private List<SeatingPlan> seating(List<SummitFile.PlanPart> parts, Map<String, Long> attendeeKeys,
                                          Map<String, Long> itemKeys) {
            List<SeatingPlan> plans = new ArrayList<>();
            Set<Long> items = new HashSet<>();
            for (int i = 0; i < parts.size(); i++) {
                String at = "$.seating[" + i + "]";
                SummitFile.PlanPart p = parts.get(i);
                if (p == null) {
                    problem(at, "empty entry");
                    continue;
                }
                Long itemId = null;
                if (p.item() == null) {
                    problem(at + ".item", "missing: the key of the agenda item");
                } else {
                    itemId = itemKeys.get(p.item());
                    if (itemId == null) {
                        problem(at + ".item", "unknown agenda item key \"" + p.item() + "\"");
                    } else if (!items.add(itemId)) {
                        problem(at + ".item", "the agenda item \"" + p.item() + "\" has a second plan");
                    }
                }
                SeatingLayout layout = enumValue(at + ".layout", p.layout(), SeatingLayout.class);
                List<Seat> seats = new ArrayList<>();
                Set<String> chairs = new HashSet<>();
                List<SummitFile.SeatPart> seatParts = list(p.seats());
                for (int k = 0; k < seatParts.size(); k++) {
                    String here = at + ".seats[" + k + "]";
                    SummitFile.SeatPart seat = seatParts.get(k);
                    if (seat == null) {
                        problem(here, "empty entry");
                        continue;
                    }
                    boolean good = true;
                    if (seat.place() == null || seat.place() < 0 || seat.place() > 9_999) {
                        problem(here + ".place", seat.place() == null ? "missing: the place number, from 0"
                                : "the place must be from 0 to 9999, not " + seat.place());
                        good = false;
                    }
                    if (seat.tier() == null || seat.tier() < 0 || seat.tier() > 2) {
                        problem(here + ".tier", seat.tier() == null ? "missing: 0 at the table, 1 or 2 behind"
                                : "the tier must be 0 (at the table), 1 or 2 (behind), not " + seat.tier());
                        good = false;
                    }
                    String nation = nation(here + ".nation", seat.nation());
                    Long who = null;
                    if (seat.attendee() != null) {
                        who = attendeeKeys.get(seat.attendee());
                        if (who == null) {
                            problem(here + ".attendee", "unknown attendee key \"" + seat.attendee() + "\"");
                        }
                    }
                    if (good && !chairs.add(seat.place() + "/" + seat.tier())) {
                        problem(here, "place " + seat.place() + ", tier " + seat.tier() + " is listed twice");
                    } else if (good && nation != null) {
                        seats.add(new Seat(seat.place(), seat.tier(), nation, who));
                    }
                }
                if (itemId != null && layout != null) {
                    plans.add(new SeatingPlan(0, itemId, layout, seats, 1));
                }
            }
            return plans;
        }

        private <T> List<T> list(List<T> items) {
            return items == null ? List.of() : items;
        }

        private Summit summit(SummitFile.SummitPart s) {
            String at = "$.summit";
            if (s == null) {
                problem(at, "missing: the summit's name, host nation, city, days and time zone");
                return null;
            }
            String name = required(at + ".name", s.name());
            String host = nation(at + ".hostNation", s.hostNation());
            String city = required(at + ".city", s.city());
            atMost(at + ".name", name, 200);
            atMost(at + ".city", city, 100);
            atMost(at + ".venue", s.venue(), 200);
            atMost(at + ".nameFr", s.nameFr(), 200);
            atMost(at + ".venueFr", s.venueFr(), 200);
            LocalDate first = date(at + ".firstDay", required(at + ".firstDay", s.firstDay()));
            LocalDate last = date(at + ".lastDay", required(at + ".lastDay", s.lastDay()));
            ZoneId zone = null;
            String zoneText = required(at + ".timeZone", s.timeZone());
            if (zoneText != null) {
                try {
                    zone = ZoneId.of(zoneText);
                } catch (RuntimeException e) {
                    problem(at + ".timeZone", "unknown time zone \"" + zoneText + "\" (use a name like Europe/Paris)");
                }
            }
            int transfer = Summit.DEFAULT_TRANSFER_MINUTES;
            if (s.transferMinutes() != null) {
                transfer = s.transferMinutes();
                if (transfer < 0 || transfer > Summit.MAX_TRANSFER_MINUTES) {
                    problem(at + ".transferMinutes", "the transfer time must be between 0 and "
                            + Summit.MAX_TRANSFER_MINUTES + " minutes, not " + transfer);
                    return null;
                }
            }
            if (first != null && last != null && last.isBefore(first)) {
                problem(at + ".lastDay", "the last day " + last + " is before the first day " + first);
                return null;
            }
            if (first != null && last != null && !Summit.isLengthAllowed(first, last)) {
                problem(at + ".lastDay", "the summit would last " + (first.until(last, java.time.temporal.ChronoUnit.DAYS) + 1)
                        + " days, from " + first + " to " + last + "; a summit lasts at most " + Summit.MAX_DAYS + " days");
                return null;
            }
            if (name == null || host == null || city == null || first == null || last == null || zone == null) {
                return null;
            }
            return new Summit(0, name, host, city, s.venue(), first, last, zone, transfer, 0, s.nameFr(), s.venueFr());
        }

        private List<Participation> participations(List<SummitFile.ParticipationPart> parts) {
            List<Participation> result = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < parts.size(); i++) {
                String at = "$.participations[" + i + "]";
                SummitFile.ParticipationPart p = parts.get(i);
                if (p == null) {
                    problem(at, "empty entry");
                    continue;
                }
                String nation = nation(at + ".nation", p.nation());
                if (nation != null && !seen.add(nation)) {
                    problem(at + ".nation", "nation " + nation + " is listed twice");
                }
                ParticipationStatus status = enumValue(at + ".status", p.status(), ParticipationStatus.class);
                LocalDate invited = date(at + ".invitedOn", p.invitedOn());
                LocalDate responded = date(at + ".respondedOn", p.respondedOn());
                atMost(at + ".notes", p.notes(), 2000);
                if (invited != null && responded != null && responded.isBefore(invited)) {
                    problem(at + ".respondedOn", "responded on " + responded + ", before being invited on " + invited);
                }
                if (nation != null && status != null) {
                    result.add(new Participation(i + 1L, nation, status, invited, responded, p.notes(), 0));
                }
            }
            return result;
        }

        private List<Room> rooms(List<SummitFile.RoomPart> parts, Map<String, Long> keys) {
            List<Room> result = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                String at = "$.rooms[" + i + "]";
                SummitFile.RoomPart r = parts.get(i);
                if (r == null) {
                    problem(at, "empty entry");
                    continue;
                }
                long id = i + 1L;
                key(at, r.key(), id, keys);
                String name = required(at + ".name", r.name());
                atMost(at + ".name", name, 200);
                atMost(at + ".nameFr", r.nameFr(), 200);
                atMost(at + ".building", r.building(), 200);
                atMost(at + ".buildingFr", r.buildingFr(), 200);
                Integer capacity = r.capacity();
                if (capacity == null) {
                    problem(at + ".capacity", "missing: how many people the room holds");
                } else if (capacity <= 0) {
                    problem(at + ".capacity", "the capacity must be above zero, not " + capacity);
                }
                if (name != null && capacity != null && capacity > 0) {
                    result.add(new Room(id, r.key(), name, r.building(), capacity, 0, r.nameFr(),
                            !Boolean.FALSE.equals(r.bilaterals()), r.buildingFr()));
                }
            }
            return result;
        }

        private List<Attendee> attendees(List<SummitFile.AttendeePart> parts, Summit summit, Map<String, Long> keys) {
            List<Attendee> result = new ArrayList<>();
            Map<String, String> emails = new HashMap<>();
            Map<String, String> heads = new HashMap<>();
            for (int i = 0; i < parts.size(); i++) {
                String at = "$.attendees[" + i + "]";
                SummitFile.AttendeePart a = parts.get(i);
                if (a == null) {
                    problem(at, "empty entry");
                    continue;
                }
                long id = i + 1L;
                key(at, a.key(), id, keys);
                String nation = nation(at + ".nation", a.nation());
                String given = a.givenName() == null ? "" : a.givenName().strip();
                String family = a.familyName() == null ? "" : a.familyName().strip();
                if (given.isEmpty() && family.isEmpty()) {
                    problem(at + ".familyName", "missing: a given or a family name");
                }
                atMost(at + ".givenName", given, 100);
                atMost(at + ".familyName", family, 100);
                atMost(at + ".honorific", a.honorific(), 50);
                atMost(at + ".position", a.position(), 200);
                atMost(at + ".positionFr", a.positionFr(), 200);
                atMost(at + ".email", a.email(), 254);
                atMost(at + ".phone", a.phone(), 50);
                atMost(at + ".notes", a.notes(), 2000);
                Role role = enumValue(at + ".role", a.role(), Role.class);
                boolean head = Boolean.TRUE.equals(a.headOfDelegation());
                if (head && nation != null) {
                    String other = heads.putIfAbsent(nation, at);
                    if (other != null) {
                        problem(at + ".headOfDelegation", "the delegation of " + nation
                                + " already has a head of delegation at " + other);
                    }
                }
                if (a.email() != null) {
                    if (!EMAIL.matcher(a.email()).matches()) {
                        problem(at + ".email", "\"" + a.email() + "\" is not an email address");
                    } else {
                        String other = emails.putIfAbsent(a.email().toLowerCase(Locale.ROOT), at);
                        if (other != null) {
                            problem(at + ".email", "the email " + a.email() + " is already used at " + other);
                        }
                    }
                }
                List<String> languages = a.languages() == null ? List.of() : a.languages();
                if (String.join(",", languages).length() > 100) {
                    problem(at + ".languages", "too many languages: at most 100 characters written with commas");
                }
                for (int l = 0; l < languages.size(); l++) {
                    String code = languages.get(l);
                    if (code == null || !LANGUAGE.matcher(code).matches()) {
                        problem(at + ".languages[" + l + "]", "\"" + code + "\" is not a language code such as fr or en");
                    }
                }
                LocalDateTime arrives = dateTime(at + ".arrivesAt", a.arrivesAt());
                LocalDateTime departs = dateTime(at + ".departsAt", a.departsAt());
                if (arrives != null && departs != null && departs.isBefore(arrives)) {
                    problem(at + ".departsAt", "departs at " + departs + ", before arriving at " + arrives);
                }
                ProtocolDetails protocol = protocol(at, a);
                if (nation != null && role != null && summit != null && protocol != null) {
                    result.add(new Attendee(id, a.key(), nation, given, family, a.honorific(), a.position(), role,
                            head, a.email(), a.phone(), languages,
                            arrives == null ? null : summit.toInstant(arrives),
                            departs == null ? null : summit.toInstant(departs), a.notes(), 0, a.positionFr(),
                            protocol));
                }
            }
            return result;
        }

        private List<AgendaItem> agenda(List<SummitFile.AgendaPart> parts, Summit summit,
                                        Map<String, Long> roomKeys, Map<String, Long> attendeeKeys,
                                        Map<String, Long> keys) {
            List<AgendaItem> result = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                String at = "$.agenda[" + i + "]";
                SummitFile.AgendaPart item = parts.get(i);
                if (item == null) {
                    problem(at, "empty entry");
                    continue;
                }
                long id = i + 1L;
                key(at, item.key(), id, keys);
                String title = required(at + ".title", item.title());
                atMost(at + ".title", title, 300);
                atMost(at + ".titleFr", item.titleFr(), 300);
                atMost(at + ".description", item.description(), 4000);
                atMost(at + ".descriptionFr", item.descriptionFr(), 4000);
                AgendaKind kind = enumValue(at + ".kind", item.kind(), AgendaKind.class);
                LocalDateTime start = dateTime(at + ".start", required(at + ".start", item.start()));
                LocalDateTime end = dateTime(at + ".end", required(at + ".end", item.end()));
                if (start != null && end != null && !end.isAfter(start)) {
                    problem(at + ".end", "the end " + end + " is not after the start " + start);
                    end = null;
                }
                Long roomId = null;
                if (item.room() != null) {
                    roomId = roomKeys.get(item.room());
                    if (roomId == null) {
                        problem(at + ".room", "unknown room key \"" + item.room() + "\"");
                    }
                }
                List<Long> named = references(at + ".attendees", item.attendees(), attendeeKeys::get, "attendee key");
                List<String> nations = references(at + ".nations", item.nations(),
                        code -> isNation(code) ? code : null, "nation code");
                if (title != null && kind != null && start != null && end != null && summit != null) {
                    result.add(new AgendaItem(id, item.key(), title, kind,
                            new TimeRange(summit.toInstant(start), summit.toInstant(end)), roomId,
                            Boolean.TRUE.equals(item.closed()), item.description(), named, nations, 0,
                            item.titleFr(), item.descriptionFr()));
                }
            }
            return result;
        }

        private List<BilateralRequest> bilaterals(List<SummitFile.BilateralPart> parts, Map<String, Long> itemKeys) {
            List<BilateralRequest> result = new ArrayList<>();
            Set<Long> placedItems = new HashSet<>();
            for (int i = 0; i < parts.size(); i++) {
                String at = "$.bilaterals[" + i + "]";
                SummitFile.BilateralPart b = parts.get(i);
                if (b == null) {
                    problem(at, "empty entry");
                    continue;
                }
                String nation = nation(at + ".nation", b.nation());
                String with = nation(at + ".with", b.with());
                if (nation != null && nation.equals(with)) {
                    problem(at + ".with", "a bilateral needs two nations: " + nation + " is named twice");
                    with = null;
                }
                Integer minutes = b.minutes();
                if (minutes == null) {
                    problem(at + ".minutes", "missing: the length of the meeting in minutes");
                } else if (minutes < BilateralRequest.MIN_MINUTES || minutes > BilateralRequest.MAX_MINUTES) {
                    problem(at + ".minutes", "the length must be " + BilateralRequest.MIN_MINUTES + " to "
                            + BilateralRequest.MAX_MINUTES + " minutes, not " + minutes);
                    minutes = null;
                }
                int priority = b.priority() == null ? BilateralRequest.DEFAULT_PRIORITY : b.priority();
                if (priority < 1 || priority > 5) {
                    problem(at + ".priority", "the priority must be 1 (highest) to 5, not " + priority);
                }
                List<String> languages = b.languages() == null ? List.of() : b.languages();
                if (String.join(",", languages).length() > 100) {
                    problem(at + ".languages", "too many languages: at most 100 characters written with commas");
                }
                for (int l = 0; l < languages.size(); l++) {
                    String code = languages.get(l);
                    if (code == null || !LANGUAGE.matcher(code).matches()) {
                        problem(at + ".languages[" + l + "]", "\"" + code + "\" is not a language code such as fr or en");
                    }
                }
                BilateralStatus status = b.status() == null ? BilateralStatus.REQUESTED
                        : enumValue(at + ".status", b.status(), BilateralStatus.class);
                Long itemId = null;
                if (b.item() != null) {
                    itemId = itemKeys.get(b.item());
                    if (itemId == null) {
                        problem(at + ".item", "unknown agenda item key \"" + b.item() + "\"");
                    } else if (!placedItems.add(itemId)) {
                        problem(at + ".item", "agenda item \"" + b.item() + "\" already holds another bilateral");
                    }
                }
                if (status != null && status != BilateralStatus.REQUESTED && b.item() == null) {
                    problem(at + ".item", "missing: a " + status.name().toLowerCase(Locale.ROOT)
                            + " bilateral names the agenda item that holds it");
                }
                if (status == BilateralStatus.REQUESTED && b.item() != null) {
                    problem(at + ".status", "a requested bilateral is on no agenda item: say PLACED or ACCEPTED,"
                            + " or leave out the item");
                }
                atMost(at + ".notes", b.notes(), 2000);
                if (nation != null && with != null && minutes != null && priority >= 1 && priority <= 5
                        && status != null) {
                    result.add(new BilateralRequest(i + 1L, nation, with, minutes, priority, languages, status,
                            itemId, b.notes(), 0));
                }
            }
            return result;
        }

        private <T> List<T> references(String at, List<String> refs, Function<String, T> resolve, String what) {
            List<T> result = new ArrayList<>();
            if (refs == null) {
                return result;
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < refs.size(); i++) {
                String ref = refs.get(i);
                T target = ref == null ? null : resolve.apply(ref);
                if (target == null) {
                    problem(at + "[" + i + "]", "unknown " + what + " \"" + ref + "\"");
                } else if (!seen.add(ref)) {
                    problem(at + "[" + i + "]", what + " \"" + ref + "\" is listed twice");
                } else {
                    result.add(target);
                }
            }
            return result;
        }

        private void key(String at, String key, long id, Map<String, Long> keys) {
            if (key == null) {
                return;
            }
            if (key.isBlank()) {
                problem(at + ".key", "the key is empty; leave it out or give one");
            } else if (key.length() > 100) {
                atMost(at + ".key", key, 100);
            } else if (keys.putIfAbsent(key, id) != null) {
                problem(at + ".key", "duplicate key \"" + key + "\"");
            }
        }

        /** The database's column sizes (V1): a longer text would fail the load with an SQL error. */
        private void atMost(String at, String value, int max) {
            if (value != null && value.length() > max) {
                problem(at, "too long: " + value.length() + " characters, at most " + max);
            }
        }

        private String required(String at, String value) {
            if (value == null || value.isBlank()) {
                problem(at, "missing");
                return null;
            }
            return value;
        }

        private String nation(String at, String code) {
            if (code == null) {
                problem(at, "missing: an ISO 3166 alpha-2 code such as FR, or EU, NATO, UN");
                return null;
            }
            if (!isNation(code)) {
                problem(at, "unknown nation code \"" + code + "\" (use ISO 3166 alpha-2 such as FR, or EU, NATO, UN)");
                return null;
            }
            return code;
        }

        private <E extends Enum<E>> E enumValue(String at, String text, Class<E> type) {
            if (text == null) {
                problem(at, "missing: one of " + List.of(type.getEnumConstants()));
                return null;
            }
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                problem(at, "\"" + text + "\" is not one of " + List.of(type.getEnumConstants()));
                return null;
            }
        }

        /** Years outside FIRST_YEAR..LAST_YEAR are slips; the database would also store some of them wrongly. */
        private boolean inRange(String at, LocalDate day) {
            if (Summit.isYearInRange(day)) {
                return true;
            }
            problem(at, "the year " + day.getYear() + " is out of range: dates are from " + Summit.FIRST_YEAR
                    + " to " + Summit.LAST_YEAR);
            return false;
        }

        private LocalDate date(String at, String text) {
            if (text == null) {
                return null;
            }
            try {
                LocalDate parsed = LocalDate.parse(text);
                return inRange(at, parsed) ? parsed : null;
            } catch (DateTimeParseException e) {
                problem(at, "\"" + text + "\" is not a date like 2025-03-11");
                return null;
            }
        }

        private LocalDateTime dateTime(String at, String text) {
            if (text == null) {
                return null;
            }
            try {
                LocalDateTime parsed = text.length() == 16 ? minutes(text) : LocalDateTime.parse(text);
                return inRange(at, parsed.toLocalDate()) ? parsed : null;
            } catch (DateTimeException e) {
                problem(at, "\"" + text + "\" is not a local date-time like 2025-03-11T09:00");
                return null;
            }
        }
    }
}
