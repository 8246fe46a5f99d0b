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
    private final List<String> nations;
    private final List<Long> attendeeIds;
    /** Null until first read when the subject's items are the finding's (immutable once made). */
    private List<Long> itemIds;
    private final List<Long> roomIds;
    private final List<Object> arguments;
    /** Whether the fingerprint is the two numbers (else only its text, as given). */
    private final boolean hashed;
    private final long fingerprintHigh;
    private final long fingerprintLow;
    /** Given, or written from the numbers on first read. */
    private String fingerprint;

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
        long[] parsed = parseFingerprint(fingerprint);
        this.hashed = parsed != null;
        this.fingerprintHigh = parsed == null ? 0 : parsed[0];
        this.fingerprintLow = parsed == null ? 0 : parsed[1];
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
        this.nations = Objects.requireNonNull(nations, "nations");
        this.attendeeIds = Objects.requireNonNull(attendeeIds, "attendeeIds");
        this.itemIds = itemIds;
        this.roomIds = Objects.requireNonNull(roomIds, "roomIds");
        this.arguments = Objects.requireNonNull(arguments, "arguments");
        this.hashed = true;
        this.fingerprintHigh = fingerprintHigh;
        this.fingerprintLow = fingerprintLow;
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
        return nations;
    }

    public List<Long> attendeeIds() {
        return attendeeIds;
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
        return roomIds;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The fingerprint as 32 hex digits (or as given, when it was given as other text). */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = FactHash.hex(fingerprintHigh, fingerprintLow);
            fingerprint = f;
        }
        return f;
    }

    public Severity severity() {
        return rule.severity();
    }

    /** The message in the given language (English unless French). */
    public String message(Locale locale) {
        return ScheduleTexts.of(locale).message(this);
    }

    /** Whether the fingerprint is this one's, as the numbers {@link #parseFingerprint} reads from its text. */
    boolean hasFingerprint(long high, long low) {
        return hashed && fingerprintHigh == high && fingerprintLow == low;
    }

    /** Whether the fingerprint is held as numbers ({@link #fingerprintHigh}, {@link #fingerprintLow}). */
    boolean hashed() {
        return hashed;
    }

    long fingerprintHigh() {
        return fingerprintHigh;
    }

    long fingerprintLow() {
        return fingerprintLow;
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
        int digits = 1;
        while (digits < 17 && n >= POWERS[digits]) {
            digits++;
        }
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
        boolean sameFingerprint = hashed && other.hashed
                ? fingerprintHigh == other.fingerprintHigh && fingerprintLow == other.fingerprintLow
                : fingerprint().equals(other.fingerprint());
        return sameFingerprint && sameSubject(other) && nations.equals(other.nations)
                && attendeeIds.equals(other.attendeeIds) && itemIds().equals(other.itemIds())
                && roomIds.equals(other.roomIds) && arguments.equals(other.arguments);
    }

    private boolean sameSubject(Finding other) {
        if (form != TEXT && other.form != TEXT) {
            // no two forms write the same text
            return form == other.form && id0 == other.id0 && id1 == other.id1 && id2 == other.id2;
        }
        return subject().equals(other.subject());
    }

    @Override
    public int hashCode() {
        // a fingerprint held as numbers is the canonical text of those numbers: equal texts, equal numbers
        int h = hashed ? Long.hashCode(fingerprintHigh * 31 + fingerprintLow) : fingerprint.hashCode();
        return 31 * rule.ordinal() + h;
    }

    /** As the record this class replaces wrote itself. */
    @Override
    public String toString() {
        return "Finding[rule=" + rule + ", subject=" + subject() + ", nations=" + nations + ", attendeeIds="
                + attendeeIds + ", itemIds=" + itemIds() + ", roomIds=" + roomIds + ", arguments=" + arguments
                + ", fingerprint=" + fingerprint() + "]";
    }
}
