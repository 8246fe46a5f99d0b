package org.summitplanner.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Acknowledgement;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Room;
import org.summitplanner.model.SummitContent;

/**
 * A finding held as ids and numbers must read, compare, print and order exactly as the same finding given
 * as texts (what the record it replaced held), and acknowledgements must match it as they matched the texts.
 */
class FindingTest {

    private static final long[] AWKWARD = {0, 1, 9, 10, 11, 19, 99, 100, 101, 120, 12, 123, 1234, 5, 50, 500,
        99_999_999_999_999_999L, Finding.DECIMAL_LIMIT, Finding.DECIMAL_LIMIT + 1, Long.MAX_VALUE, -1, -12, -120,
        Long.MIN_VALUE};

    /** The subject as the record's makers wrote it. */
    private static String text(int form, long x, long y, long z) {
        return switch (form) {
            case Finding.ATTENDEE_ITEM_ITEM -> "attendee:" + x + " item:" + y + " item:" + z;
            case Finding.ATTENDEE_ITEM -> "attendee:" + x + " item:" + y;
            case Finding.ITEM_ITEM -> "item:" + x + " item:" + y;
            default -> "item:" + x;
        };
    }

    private static List<Long> items(int form, long x, long y, long z) {
        return switch (form) {
            case Finding.ATTENDEE_ITEM_ITEM -> List.of(y, z);
            case Finding.ATTENDEE_ITEM -> List.of(y);
            case Finding.ITEM_ITEM -> List.of(x, y);
            default -> List.of(x);
        };
    }

    private static Finding held(Rule rule, int form, long x, long y, long z, long high, long low) {
        return new Finding(rule, form, x, y, z, List.of("SI"), List.of(7L), null, List.of(3L), List.of("a", 2L),
                high, low);
    }

    private static Finding given(Rule rule, int form, long x, long y, long z, long high, long low) {
        return new Finding(rule, text(form, x, y, z), List.of("SI"), List.of(7L), items(form, x, y, z), List.of(3L),
                List.of("a", 2L), FactHash.hex(high, low));
    }

    @Test
    void heldAsIdsReadsPrintsAndComparesAsGivenAsText() {
        Random random = new Random(14);
        for (int round = 0; round < 2_000; round++) {
            int form = 1 + random.nextInt(4);
            long x = pick(random);
            long y = pick(random);
            long z = pick(random);
            long high = random.nextLong();
            long low = random.nextBoolean() ? random.nextLong() : random.nextInt(16);
            Finding held = held(Rule.TOO_LITTLE_TRAVEL_TIME, form, x, y, z, high, low);
            Finding given = given(Rule.TOO_LITTLE_TRAVEL_TIME, form, x, y, z, high, low);
            assertEquals(given.subject(), held.subject());
            assertEquals(given.fingerprint(), held.fingerprint());
            assertEquals(32, held.fingerprint().length());
            assertEquals(given.itemIds(), held.itemIds());
            assertEquals(given.toString(), held.toString());
            assertEquals(given, held);
            assertEquals(held, given);
            assertEquals(given.hashCode(), held.hashCode());
            assertEquals(0, Finding.ORDER.compare(held, given));
            assertNotEquals(held, held(Rule.TOO_LITTLE_TRAVEL_TIME, form, x, y, z, high, low + 1));
            assertNotEquals(held, held(Rule.ATTENDEE_DOUBLE_BOOKED, form, x, y, z, high, low));
            assertNotEquals(held, given(Rule.TOO_LITTLE_TRAVEL_TIME, form, x + 1, y, z, high, low));
            assertNotEquals(held, held(Rule.TOO_LITTLE_TRAVEL_TIME, form, x + 1, y, z, high, low));
            // what the form does not write does not count
            assertEquals(held, held(Rule.TOO_LITTLE_TRAVEL_TIME, form, x, form == Finding.ITEM ? y + 1 : y,
                    form == Finding.ATTENDEE_ITEM_ITEM ? z : z + 1, high, low));
        }
    }

    @Test
    void printsAsTheRecordDid() {
        Finding f = held(Rule.ATTENDEE_DOUBLE_BOOKED, Finding.ATTENDEE_ITEM_ITEM, 5, 3, 9, 1, 0xabcL);
        assertEquals("Finding[rule=ATTENDEE_DOUBLE_BOOKED, subject=attendee:5 item:3 item:9, nations=[SI], "
                + "attendeeIds=[7], itemIds=[3, 9], roomIds=[3], arguments=[a, 2], "
                + "fingerprint=00000000000000010000000000000abc]", f.toString());
        assertSame(f.subject(), f.subject());
    }

    @Test
    void subjectsOrderAsTheirTextsWhateverTheirForms() {
        Random random = new Random(4206);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            int form = 1 + random.nextInt(4);
            long x = pick(random);
            long y = pick(random);
            long z = pick(random);
            findings.add(random.nextInt(4) == 0 ? given(Rule.ATTENDEE_DOUBLE_BOOKED, form, x, y, z, 1, 2)
                    : held(Rule.ATTENDEE_DOUBLE_BOOKED, form, x, y, z, 1, 2));
        }
        for (int i = 0; i + 1 < findings.size(); i++) {
            Finding a = findings.get(i);
            Finding b = findings.get(i + 1);
            assertEquals(Integer.signum(a.subject().compareTo(b.subject())), Integer.signum(Finding.ORDER.compare(a, b)),
                    a.subject() + " / " + b.subject());
        }
        for (long a : AWKWARD) {
            for (long b : AWKWARD) {
                assertEquals(Integer.signum((a + " item:1").compareTo(b + " item:1")),
                        Integer.signum(Finding.compareDecimal(a, b)), a + " / " + b);
                assertEquals(Integer.signum(Long.toString(a).compareTo(Long.toString(b))),
                        Integer.signum(Finding.compareDecimal(a, b)), a + " / " + b);
            }
        }
    }

    @Test
    void theSortOrdersFindingsHeldAsIdsAsTheirTexts() {
        Random random = new Random(5);
        for (int round = 0; round < 100; round++) {
            List<Finding> findings = new ArrayList<>();
            // one form per rule (sorted on the ids), and a rule that mixes forms and texts (sorted on the texts)
            for (int i = random.nextInt(300); i > 0; i--) {
                long x = random.nextInt(3) == 0 ? pick(random) : random.nextInt(2_000);
                long y = random.nextInt(2_000);
                long z = random.nextInt(2_000);
                findings.add(held(Rule.TOO_LITTLE_TRAVEL_TIME, Finding.ATTENDEE_ITEM_ITEM, x, y, z, 1, 2));
                findings.add(held(Rule.CLOSED_SESSION_PRESS, Finding.ATTENDEE_ITEM, x, y, 0, 1, 2));
                findings.add(held(Rule.ROOM_DOUBLE_BOOKED, Finding.ITEM_ITEM, y, z, 0, 1, 2));
                int form = 1 + random.nextInt(4);
                findings.add(random.nextBoolean() ? held(Rule.ATTENDEE_NOT_PRESENT, form, x, y, z, 1, 2)
                        : given(Rule.ATTENDEE_NOT_PRESENT, form, x, y, z, 1, 2));
            }
            List<Finding> expected = new ArrayList<>(findings);
            expected.sort((a, b) -> a.rule() != b.rule() ? a.rule().compareTo(b.rule())
                    : a.subject().compareTo(b.subject()));
            List<Finding> actual = new ArrayList<>(findings);
            FindingSort.sort(actual);
            List<String> expectedTexts = expected.stream().map(f -> f.rule() + " " + f.subject()).toList();
            assertEquals(expectedTexts, actual.stream().map(f -> f.rule() + " " + f.subject()).toList());
        }
    }

    @Test
    void fingerprintsReadBackOnlyFromTheirOwnText() {
        Random random = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            long high = random.nextLong();
            long low = random.nextLong();
            assertArrayEquals(new long[] {high, low}, Finding.parseFingerprint(FactHash.hex(high, low)));
        }
        String hex = FactHash.hex(0x0123456789abcdefL, -1L);
        assertNull(Finding.parseFingerprint(hex.toUpperCase()));
        assertNull(Finding.parseFingerprint(hex.substring(1)));
        assertNull(Finding.parseFingerprint(hex + "0"));
        assertNull(Finding.parseFingerprint("f"));
        assertNull(Finding.parseFingerprint(hex.substring(0, 31) + "g"));
    }

    @Test
    void acknowledgementsHoldForTheSameRuleSubjectAndFingerprintOnly() {
        Finding a = held(Rule.ATTENDEE_DOUBLE_BOOKED, Finding.ATTENDEE_ITEM_ITEM, 5, 3, 9, 11, 12);
        Finding b = held(Rule.TOO_LITTLE_TRAVEL_TIME, Finding.ATTENDEE_ITEM_ITEM, 5, 3, 9, 11, 12);
        Finding c = held(Rule.ATTENDEE_DOUBLE_BOOKED, Finding.ATTENDEE_ITEM_ITEM, 5, 3, 10, 11, 12);
        Finding d = new Finding(Rule.BADGE_QUOTA_EXCEEDED, "nation:SI", List.of("SI"), List.of(), List.of(), List.of(),
                List.of(), "not hex");
        Instant t = Instant.parse("2026-12-07T01:00:00Z");
        List<Acknowledgement> acks = List.of(
                new Acknowledgement(1, "ATTENDEE_DOUBLE_BOOKED", "attendee:5 item:3 item:9", a.fingerprint(), "old", t),
                new Acknowledgement(2, "ATTENDEE_DOUBLE_BOOKED", "attendee:5 item:3 item:9", a.fingerprint(), "new", t),
                // same subject, another fingerprint: lapsed
                new Acknowledgement(3, "ATTENDEE_DOUBLE_BOOKED", "attendee:5 item:3 item:10", FactHash.hex(11, 13),
                        "lapsed", t),
                // the fingerprint in capitals is another text
                new Acknowledgement(4, "TOO_LITTLE_TRAVEL_TIME", "attendee:5 item:3 item:9",
                        b.fingerprint().toUpperCase(), "capitals", t),
                new Acknowledgement(5, "BADGE_QUOTA_EXCEEDED", "nation:SI", "not hex", "text", t));
        SummitCheck check = SummitCheck.of(null, List.of(a, b, c, d), acks);
        assertEquals(2, check.findings().get(0).acknowledgement().id());
        assertNull(check.findings().get(1).acknowledgement());
        assertNull(check.findings().get(2).acknowledgement());
        assertEquals(5, check.findings().get(3).acknowledgement().id());
    }

    /**
     * The fingerprints hashed from a finding's facts when first read are those the definition gives for the
     * facts ({@link SummitFacts#fingerprint(Object...)}): acknowledgements stored before keep holding.
     */
    @Test
    void fingerprintsHashedWhenReadAreTheDefinitionsOfTheFacts() {
        RandomSummits summits = new RandomSummits(77);
        Set<Rule> seen = EnumSet.noneOf(Rule.class);
        for (int n = 0; n < 300; n++) {
            SummitContent content = summits.next();
            Duration transfer = Duration.ofMinutes(n % 2 == 0 ? 30 : 15);
            Map<Long, AgendaItem> items = new HashMap<>();
            content.agenda().forEach(i -> items.put(i.id(), i));
            Map<Long, Attendee> people = new HashMap<>();
            content.attendees().forEach(a -> people.put(a.id(), a));
            Map<Long, Room> rooms = new HashMap<>();
            content.rooms().forEach(r -> rooms.put(r.id(), r));
            for (Finding f : new ScheduleChecks().check(content, transfer)) {
                if (f.attendeeIds().isEmpty() || f.itemIds().isEmpty()) {
                    continue;
                }
                Attendee a = f.attendeeIds().isEmpty() ? null : people.get(f.attendeeIds().get(0));
                AgendaItem x = items.get(f.itemIds().get(0));
                AgendaItem y = f.itemIds().size() > 1 ? items.get(f.itemIds().get(1)) : null;
                switch (f.rule()) {
                    case ATTENDEE_DOUBLE_BOOKED -> {
                        AgendaItem first = SummitFacts.BY_START.compare(x, y) <= 0 ? x : y;
                        AgendaItem second = first == x ? y : x;
                        if (!a.headOfDelegation() || first.attendeeIds().contains(a.id())
                                && second.attendeeIds().contains(a.id())) {
                            assertEquals(SummitFacts.fingerprint("A", a.id(), first, second), f.fingerprint());
                        } else {
                            // a head counted through the delegation on the first (1), the second (2) or both
                            long through = (first.attendeeIds().contains(a.id()) ? 0 : 1)
                                    | (second.attendeeIds().contains(a.id()) ? 0 : 2);
                            assertEquals(SummitFacts.fingerprint("H", a.id(), first, second, a.nation(), through),
                                    f.fingerprint());
                            assertEquals(a.nation(), f.asHeadOf());
                        }
                    }
                    case TOO_LITTLE_TRAVEL_TIME -> {
                        AgendaItem first = x.time().end().isAfter(y.time().start()) ? y : x;
                        AgendaItem second = first == x ? y : x;
                        assertEquals(SummitFacts.fingerprint(a.id(), first, second, rooms.get(first.roomId()).building(),
                                rooms.get(second.roomId()).building(), transfer.toSeconds()), f.fingerprint());
                    }
                    case CLOSED_SESSION_PRESS -> assertEquals(SummitFacts.fingerprint(a.id(),
                            a.role() == null ? null : a.role().toString(), x.id(), x.closed()), f.fingerprint());
                    default -> {
                        continue;
                    }
                }
                seen.add(f.rule());
                // read once, the same text after
                assertSame(f.fingerprint(), f.fingerprint());
            }
        }
        assertEquals(EnumSet.of(Rule.ATTENDEE_DOUBLE_BOOKED, Rule.TOO_LITTLE_TRAVEL_TIME, Rule.CLOSED_SESSION_PRESS),
                seen);
    }

    @Test
    void subjectsWrittenAsAFormWritesThemShareTheFindingsKey() {
        Random random = new Random(3);
        for (int i = 0; i < 1_000; i++) {
            int form = 1 + random.nextInt(4);
            Finding f = held(Rule.ATTENDEE_NOT_PRESENT, form, pick(random), pick(random), pick(random), 1, 2);
            assertEquals(f.subjectKey(), Finding.subjectKey(f.subject()));
            long[] ids = new long[3];
            assertEquals(form, Finding.parseSubject(f.subject(), ids));
            assertEquals(f.subject(), held(Rule.ATTENDEE_NOT_PRESENT, form, ids[0], ids[1], ids[2], 1, 2).subject());
        }
        long[] ids = new long[3];
        for (String text : new String[] {"attendee:05 item:3", "item:+3", "item:3 item:", "item:", "attendee:1 item:2 ",
            "attendee:1  item:2", "Attendee:1 item:2", "item:99999999999999999999", "nation:FR", "", "item:3-4"}) {
            assertEquals(Finding.TEXT, Finding.parseSubject(text, ids), text);
        }
    }

    private static long pick(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> AWKWARD[random.nextInt(AWKWARD.length)];
            case 1 -> random.nextLong();
            default -> random.nextInt(random.nextBoolean() ? 200 : 200_000);
        };
    }
}
