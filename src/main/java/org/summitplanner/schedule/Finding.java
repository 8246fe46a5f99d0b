package org.summitplanner.schedule;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one check reports about one subject.
 *
 * <p>A check writes thousands of findings and most are never read as text, so a finding holds what it is
 * made of and writes its texts when asked: the subject of the person and item findings as its ids (written
 * once on first read, as {@code "attendee:5 item:3 item:9"}), the fingerprint as two numbers (its 32 hex
 * digits written when read), the item ids of those findings from their subject. Every accessor answers what
 * the record this class replaces answered, and {@link #toString}, {@link #equals} and {@link #ORDER} are as
 * they were: findings are equal when their rule, subject, lists, arguments and fingerprint are.
 *
 * <ul>
 *   <li>{@code subject}: what the finding is about, stable while the facts change ("attendee:5 item:3 item:9"):
 *       an acknowledgement is stored against it</li>
 *   <li>{@code nations}: codes of the nations involved, sorted</li>
 *   <li>{@code attendeeIds}, {@code itemIds}, {@code roomIds}: ids of the attendees, agenda items and rooms
 *       involved, sorted</li>
 *   <li>{@code arguments}: the values the message is written from (names, titles, times as text; counts as
 *       numbers)</li>
 *   <li>{@code fingerprint}: a hash of the facts behind the finding (the items' times and rooms, the people,
 *       the standing): an acknowledgement holds only while it is the same</li>
 * </ul>
 */
public final class Finding {

    /** Rule first, then subject: the order in which the checks list their findings. */
    public static final Comparator<Finding> ORDER = (x, y) -> {
        int c = Integer.compare(x.rule.ordinal(), y.rule.ordinal());
        return c != 0 ? c : compareSubjects(x, y);
    };

    /** A subject given as text. */
    static final int TEXT = 0;
    /** "attendee:A item:X item:Y" (X at most Y). */
    static final int ATTENDEE_ITEM_ITEM = 1;
    /** "attendee:A item:X". */
    static final int ATTENDEE_ITEM = 2;
    /** "item:X item:Y" (X at most Y). */
    static final int ITEM_ITEM = 3;
    /** "item:X". */
    static final int ITEM = 4;

    /** The texts before each id of a subject, by form. */
    private static final String[][] LABELS = {
        {}, {"attendee:", " item:", " item:"}, {"attendee:", " item:"}, {"item:", " item:"}, {"item:"}};

    private final Rule rule;
    private final int form;
    private final long id0;
    private final long id1;
    private final long id2;
    /** Given, or written from the ids on first read; a String is safe to publish by a racy write. */
    private String subject;
    /** Given, or written by {@link #written} on first read (immutable once made). */
    private List<String> nations;
    /** Given, or written by {@link #written} on first read (immutable once made). */
    private List<Long> attendeeIds;
    /** Null until first read when the subject's items are the finding's (immutable once made). */
    private List<Long> itemIds;
    /** Given, or written by {@link #written} from the parts on first read (immutable once made). */
    private List<Long> roomIds;
    /** Given, or written by {@link #written} from the parts on first read (immutable once made). */
    private List<Object> arguments;
    /** What writes the arguments and room ids from the parts, or null when they were given. */
    private final Written written;
    /** What the arguments are written from (labels of the person and the items), when {@link #written} is not null. */
    private final Object part0;
    private final Object part1;
    private final Object part2;
    /** Whether the fingerprint is two numbers (else only its text, as given). */
    private final boolean hashed;
    /** The facts the two numbers are hashed from when first needed, or null when they were given. */
    private final Facts facts;
    /** The two numbers: given, or hashed from the facts when first needed (null until then). */
    private Digest digest;
    /** Given, or written from the numbers on first read. */
    private String fingerprint;

    /**
     * The facts behind a finding (immutable records and numbers it holds), fed to a hash when its
     * fingerprint is first needed: most findings of a check are never acknowledged, nor their fingerprint read.
     */
    @FunctionalInterface
    interface Facts {
        /** Feeds the facts of the finding (what it holds: its ids and arguments) to the hash. */
        void hash(Finding finding, FactHash hash);
    }

    /**
     * Writes the arguments and room ids of a finding from the parts it holds (labels of immutable records),
     * when first read: most findings of a check are never shown, so their lists are never made.
     */
    interface Written {
        /** The nations, sorted, as an immutable list (List.of): by default the nation of the person labelled by part 0. */
        default List<String> nations(Finding finding) {
            return List.of(((Label) finding.part(0)).person().nation());
        }

        /** The attendee ids, sorted, as an immutable list (List.of): by default the person labelled by part 0. */
        default List<Long> attendeeIds(Finding finding) {
            return List.of(((Label) finding.part(0)).person().id());
        }

        /** The arguments, as an immutable list (List.of). */
        List<Object> arguments(Finding finding);

        /** The room ids, sorted, as an immutable list (List.of). */
        List<Long> roomIds(Finding finding);
    }

    /** A fingerprint's two numbers; final fields, so safe to publish by a racy write. */
    private record Digest(long high, long low) {
    }

    public Finding(Rule rule, String subject, List<String> nations, List<Long> attendeeIds, List<Long> itemIds,
                   List<Long> roomIds, List<Object> arguments, String fingerprint) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.form = TEXT;
        this.id0 = 0;
        this.id1 = 0;
        this.id2 = 0;
        this.nations = List.copyOf(nations);
        this.attendeeIds = List.copyOf(attendeeIds);
        this.itemIds = List.copyOf(itemIds);
        this.roomIds = List.copyOf(roomIds);
        this.arguments = List.copyOf(arguments);
        this.written = null;
        this.part0 = null;
        this.part1 = null;
        this.part2 = null;
        long[] parsed = parseFingerprint(fingerprint);
        this.hashed = parsed != null;
        this.facts = null;
        this.digest = parsed == null ? null : new Digest(parsed[0], parsed[1]);
    }

    /**
     * A finding whose subject is its ids in the given form and whose fingerprint is two numbers (what
     * {@link FactHash} gives), written as text only when read.
     *
     * The lists are taken as they are: immutable ones (List.of), as SummitFacts makes them.
     *
     * @param itemIds null for the items of the subject ({@code id1} and, with two items, {@code id2})
     */
    Finding(Rule rule, int form, long id0, long id1, long id2, List<String> nations, List<Long> attendeeIds,
            List<Long> itemIds, List<Long> roomIds, List<Object> arguments, long fingerprintHigh,
            long fingerprintLow) {
        this(rule, form, id0, id1, id2, nations, attendeeIds, itemIds, Objects.requireNonNull(roomIds, "roomIds"),
                Objects.requireNonNull(arguments, "arguments"), null, null, null, null, null,
                new Digest(fingerprintHigh, fingerprintLow));
    }

    /**
     * The same, its fingerprint hashed from the facts when first needed ({@link #fingerprint()}, {@link #equals}).
     * The facts must be immutable: the fingerprint is that of the facts the finding was found on.
     */
    Finding(Rule rule, int form, long id0, long id1, long id2, List<String> nations, List<Long> attendeeIds,
            List<Long> itemIds, List<Long> roomIds, List<Object> arguments, Facts facts) {
        this(rule, form, id0, id1, id2, nations, attendeeIds, itemIds, Objects.requireNonNull(roomIds, "roomIds"),
                Objects.requireNonNull(arguments, "arguments"), null, null, null, null,
                Objects.requireNonNull(facts, "facts"), null);
    }

    /**
     * The same, its arguments and room ids written from the parts when first read, its fingerprint hashed
     * from the facts when first needed. The parts and facts must be immutable.
     */
    Finding(Rule rule, int form, long id0, long id1, long id2, Written written, Object part0, Object part1,
            Object part2, Facts facts) {
        this(rule, form, id0, id1, id2, null, null, null, null, null,
                Objects.requireNonNull(written, "written"), part0, part1, part2,
                Objects.requireNonNull(facts, "facts"), null);
    }

    private Finding(Rule rule, int form, long id0, long id1, long id2, List<String> nations, List<Long> attendeeIds,
                    List<Long> itemIds, List<Long> roomIds, List<Object> arguments, Written written, Object part0,
                    Object part1, Object part2, Facts facts, Digest digest) {
        if (form <= TEXT || form > ITEM) {
            throw new IllegalArgumentException("form " + form);
        }
        this.rule = Objects.requireNonNull(rule, "rule");
        this.form = form;
        // ids the form does not write are 0, so that equal subjects hold equal ids
        int ids = ids(form);
        this.id0 = id0;
        this.id1 = ids > 1 ? id1 : 0;
        this.id2 = ids > 2 ? id2 : 0;
        // SummitFacts's own lists, made by List.of (immutable): thousands per check, not copied
        this.nations = written != null ? nations : Objects.requireNonNull(nations, "nations");
        this.attendeeIds = written != null ? attendeeIds : Objects.requireNonNull(attendeeIds, "attendeeIds");
        this.itemIds = itemIds;
        this.roomIds = roomIds;
        this.arguments = arguments;
        this.written = written;
        this.part0 = part0;
        this.part1 = part1;
        this.part2 = part2;
        this.hashed = true;
        this.facts = facts;
        this.digest = digest;
    }

    public Rule rule() {
        return rule;
    }

    /** What the finding is about, stable while the facts change ("attendee:5 item:3 item:9"). */
    public String subject() {
        String s = subject;
        if (s == null) {
            s = writeSubject();
            subject = s;
        }
        return s;
    }

    private String writeSubject() {
        // a concatenation sizes its text once and copies nothing
        return switch (form) {
            case ATTENDEE_ITEM_ITEM -> "attendee:" + id0 + " item:" + id1 + " item:" + id2;
            case ATTENDEE_ITEM -> "attendee:" + id0 + " item:" + id1;
            case ITEM_ITEM -> "item:" + id0 + " item:" + id1;
            case ITEM -> "item:" + id0;
            default -> throw new IllegalStateException("form " + form);
        };
    }

    public List<String> nations() {
        List<String> n = nations;
        if (n == null) {
            // List.of's lists have only final fields: safe to publish by a racy write
            n = written.nations(this);
            nations = n;
        }
        return n;
    }

    public List<Long> attendeeIds() {
        List<Long> ids = attendeeIds;
        if (ids == null) {
            ids = written.attendeeIds(this);
            attendeeIds = ids;
        }
        return ids;
    }

    public List<Long> itemIds() {
        List<Long> ids = itemIds;
        if (ids == null) {
            // List.of's lists have only final fields: safe to publish by a racy write
            ids = switch (form) {
                case ATTENDEE_ITEM_ITEM -> List.of(id1, id2);
                case ATTENDEE_ITEM -> List.of(id1);
                case ITEM_ITEM -> List.of(id0, id1);
                case ITEM -> List.of(id0);
                default -> throw new IllegalStateException("form " + form);
            };
            itemIds = ids;
        }
        return ids;
    }

    public List<Long> roomIds() {
        List<Long> ids = roomIds;
        if (ids == null) {
            // List.of's lists have only final fields: safe to publish by a racy write
            ids = written.roomIds(this);
            roomIds = ids;
        }
        return ids;
    }

    public List<Object> arguments() {
        List<Object> a = arguments;
        if (a == null) {
            a = written.arguments(this);
            arguments = a;
        }
        return a;
    }

    /** Part {@code k} (0 to 2) of what the arguments are written from, or null when they were given. */
    Object part(int k) {
        return k == 0 ? part0 : k == 1 ? part1 : part2;
    }

    /**
     * For a double booking of a head of delegation counted on at least one of the items only because the
     * delegation takes part in it as a whole: the nation's code; null for any other finding.
     */
    public String asHeadOf() {
        if (rule != Rule.ATTENDEE_DOUBLE_BOOKED || part0 != null) {
            return null;
        }
        List<Object> a = arguments();
        return a.size() == 5 && a.get(3) instanceof String code && a.get(4) instanceof Integer ? code : null;
    }

    /**
     * The items of such a double booking on which the head counts through the whole delegation (not named on
     * them), sorted; empty for any other finding.
     */
    public List<Long> throughDelegationItemIds() {
        if (asHeadOf() == null || !(arguments.get(1) instanceof Label first)
                || !(arguments.get(2) instanceof Label second)) {
            return List.of();
        }
        int through = (Integer) arguments.get(4);
        long x = first.item().id();
        long y = second.item().id();
        if (through == 3) {
            return List.of(Math.min(x, y), Math.max(x, y));
        }
        return List.of(through == 1 ? x : y);
    }

    /** The fingerprint as 32 hex digits (or as given, when it was given as other text). */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            Digest d = digest();
            f = FactHash.hex(d.high, d.low);
            fingerprint = f;
        }
        return f;
    }

    /** The two numbers of a fingerprint held as numbers, hashed from the facts on first use. */
    private Digest digest() {
        Digest d = digest;
        if (d == null) {
            // a hash of its own: findings are read on other threads than the one that writes them
            FactHash hash = new FactHash();
            facts.hash(this, hash);
            d = new Digest(hash.high(), hash.low());
            digest = d;
        }
        return d;
    }

    public Severity severity() {
        return rule.severity();
    }

    /** The message in the given language (English unless French). */
    public String message(Locale locale) {
        return ScheduleTexts.of(locale).message(this);
    }

    /** The form of the subject ({@link #TEXT} when given as text) and its ids. */
    int form() {
        return form;
    }

    long id(int k) {
        return k == 0 ? id0 : k == 1 ? id1 : id2;
    }

    /** How many ids a subject of the form holds. */
    static int ids(int form) {
        return LABELS[form].length;
    }

    /**
     * The two numbers of a fingerprint written as 32 lower-case hex digits (what {@link #fingerprint()}
     * writes), or null for any other text.
     */
    static long[] parseFingerprint(String text) {
        if (text.length() != 32) {
            return null;
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 32; i++) {
            char c = text.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) {
                return null;
            }
            if (i < 16) {
                high = high << 4 | digit;
            } else {
                low = low << 4 | digit;
            }
        }
        return new long[] {high, low};
    }

    /** The subjects of two findings in the order of their texts, without writing them when both are ids. */
    static int compareSubjects(Finding x, Finding y) {
        if (x.form == TEXT || y.form == TEXT) {
            return x.subject().compareTo(y.subject());
        }
        String[] xl = LABELS[x.form];
        String[] yl = LABELS[y.form];
        for (int k = 0; ; k++) {
            if (k == xl.length || k == yl.length) {
                // the texts are equal so far: the one that ends is the smaller
                return Integer.compare(xl.length, yl.length);
            }
            if (!xl[k].equals(yl[k])) {
                // no label starts another: they differ within both
                return xl[k].compareTo(yl[k]);
            }
            int c = compareDecimal(x.id(k), y.id(k));
            if (c != 0) {
                return c;
            }
        }
    }

    /**
     * Two numbers in the order of their decimal texts where what follows each is a space or the end (both
     * below every digit): a text that is the start of the other is the smaller.
     */
    static int compareDecimal(long x, long y) {
        if (x == y) {
            return 0;
        }
        if (x >= 0 && x < DECIMAL_LIMIT && y >= 0 && y < DECIMAL_LIMIT) {
            return Long.compare(decimalKey(x), decimalKey(y));
        }
        return Long.toString(x).compareTo(Long.toString(y));
    }

    /** Numbers from 0 below this have a {@link #decimalKey}. */
    static final long DECIMAL_LIMIT = 100_000_000_000_000_000L;

    private static final long[] POWERS = new long[18];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    /**
     * A number from 0 below {@link #DECIMAL_LIMIT} as a key that orders as its decimal text: the digits
     * moved to the left of 17 places (zeros after them), then the count of digits (of two texts whose
     * digits so padded are equal, the shorter is the start of the other).
     */
    static long decimalKey(long n) {
        // the count of digits from the bit length (log10 of 2 is about 1233 / 4096), then one comparison
        int guess = (64 - Long.numberOfLeadingZeros(n)) * 1233 >>> 12;
        int digits = Math.max(1, n >= POWERS[guess] ? guess + 1 : guess);
        return n * POWERS[17 - digits] * 18 + digits;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Finding other) || rule != other.rule) {
            return false;
        }
        if (!sameSubject(other) || !attendeeIds().equals(other.attendeeIds()) || !roomIds().equals(other.roomIds())
                || !nations().equals(other.nations()) || !itemIds().equals(other.itemIds())
                || !arguments().equals(other.arguments())) {
            return false;
        }
        if (hashed && other.hashed) {
            Digest mine = digest();
            Digest theirs = other.digest();
            return mine.high == theirs.high && mine.low == theirs.low;
        }
        return fingerprint().equals(other.fingerprint());
    }

    private boolean sameSubject(Finding other) {
        if (form != TEXT && other.form != TEXT) {
            // no two forms write the same text
            return form == other.form && id0 == other.id0 && id1 == other.id1 && id2 == other.id2;
        }
        return subject().equals(other.subject());
    }

    /** From what equal findings share without writing a text or hashing the facts: the rule and the ids. */
    @Override
    public int hashCode() {
        return (31 * rule.ordinal() + attendeeIds().hashCode()) * 31 + roomIds().hashCode() * 17 + itemIdsHash();
    }

    /** {@code itemIds().hashCode()}, without making the list. */
    private int itemIdsHash() {
        List<Long> ids = itemIds;
        if (ids != null) {
            return ids.hashCode();
        }
        return switch (form) {
            case ATTENDEE_ITEM_ITEM -> 31 * (31 + Long.hashCode(id1)) + Long.hashCode(id2);
            case ATTENDEE_ITEM -> 31 + Long.hashCode(id1);
            case ITEM_ITEM -> 31 * (31 + Long.hashCode(id0)) + Long.hashCode(id1);
            default -> 31 + Long.hashCode(id0);
        };
    }

    /**
     * A number that equal subjects share, from the ids of a subject held as ids and from the text of one
     * given as text (the same number when that text is one a form writes): what acknowledgements, stored
     * with their subject as text, are looked up by without writing every finding's subject.
     */
    long subjectKey() {
        return form == TEXT ? subjectKey(subject) : key(form, id0, id1, id2);
    }

    /** {@link #subjectKey()} of a subject's text. */
    static long subjectKey(String text) {
        long[] ids = new long[3];
        int form = parseSubject(text, ids);
        return form == TEXT ? text.hashCode() * 0x9e3779b97f4a7c15L : key(form, ids[0], ids[1], ids[2]);
    }

    private static long key(int form, long x, long y, long z) {
        long h = form;
        h = (h * 0x100000001b3L) ^ x;
        h = (h * 0x100000001b3L) ^ y;
        h = (h * 0x100000001b3L) ^ z;
        return FactHash.mix(h);
    }

    /**
     * The form of a subject's text and its ids (into {@code ids}), or {@link #TEXT} unless the text is
     * exactly what that form writes for those ids.
     */
    static int parseSubject(String text, long[] ids) {
        for (int form = ATTENDEE_ITEM_ITEM; form <= ITEM; form++) {
            String[] labels = LABELS[form];
            int at = 0;
            int k = 0;
            for (; k < labels.length; k++) {
                if (!text.startsWith(labels[k], at)) {
                    break;
                }
                at += labels[k].length();
                int end = at;
                while (end < text.length() && (text.charAt(end) == '-' || Character.isDigit(text.charAt(end)))) {
                    end++;
                }
                try {
                    ids[k] = Long.parseLong(text, at, end, 10);
                } catch (NumberFormatException e) {
                    break;
                }
                at = end;
            }
            if (k == labels.length && at == text.length()) {
                for (int j = k; j < 3; j++) {
                    ids[j] = 0;
                }
                Finding written = new Finding(Rule.ATTENDEE_DOUBLE_BOOKED, form, ids[0], ids[1], ids[2], List.of(),
                        List.of(), List.of(), List.of(), List.of(), 0, 0);
                if (written.subject().equals(text)) {
                    return form;
                }
            }
        }
        return TEXT;
    }

    /** As the record this class replaces wrote itself. */
    @Override
    public String toString() {
        return "Finding[rule=" + rule + ", subject=" + subject() + ", nations=" + nations() + ", attendeeIds="
                + attendeeIds() + ", itemIds=" + itemIds() + ", roomIds=" + roomIds() + ", arguments=" + arguments()
                + ", fingerprint=" + fingerprint() + "]";
    }
}
