package org.summitplanner.schedule;

import java.time.Instant;
import org.summitplanner.model.AgendaItem;

/**
 * The same hash as {@link SummitFacts#fingerprint(Object...)}, fed fact by fact without boxing or an array of
 * facts: what the findings written thousands of times per check use. Each method adds exactly what
 * {@code fingerprint} adds for a fact of that kind, so both give the same digest for the same facts.
 */
final class FactHash {

    private static final long START_A = 0xcbf29ce484222325L;
    private static final long START_B = 0x84222325cbf29ce4L;

    private long a = START_A;
    private long b = START_B;

    /** Back to the state of a new hash: SummitFacts uses one for all the findings it writes. */
    FactHash reset() {
        a = START_A;
        b = START_B;
        return this;
    }

    // each method works on the lanes in locals and stores them once: one dependent multiply per fact and
    // lane, nothing through memory between the facts of one call

    private static long stepA(long x, long value) {
        return Long.rotateLeft((x ^ value) * 0x100000001b3L, 29);
    }

    private static long stepB(long y, long value) {
        return Long.rotateLeft((y ^ value) * 0x9e3779b97f4a7c15L, 37);
    }

    /** A number (a Long, Integer or Boolean fact). */
    FactHash add(long value) {
        a = stepA(a, value);
        b = stepB(b, value);
        return this;
    }

    private FactHash none() {
        return add(NONE);
    }

    private static final long NONE = 0x5bd1e995L;

    /** A fact written as text (a String, an enum, anything else), null allowed. */
    FactHash text(String text) {
        if (text == null) {
            return none();
        }
        int n = text.length();
        long x = stepA(a, n);
        long y = stepB(b, n);
        for (int i = 0; i < n; i++) {
            long value = text.charAt(i);
            x = stepA(x, value);
            y = stepB(y, value);
        }
        a = x;
        b = y;
        return this;
    }

    FactHash instant(Instant t) {
        return t == null ? none() : add(t.getEpochSecond()).add(t.getNano());
    }

    /** An item: its id, start, end and room. */
    FactHash item(AgendaItem item) {
        Instant start = item.time().start();
        Instant end = item.time().end();
        Long roomId = item.roomId();
        return item(item.id(), start.getEpochSecond(), start.getNano(), end.getEpochSecond(), end.getNano(),
                roomId == null ? NONE : roomId);
    }

    /** The item at {@code i} of the full check's index, as {@link #item(AgendaItem)} adds it. */
    FactHash item(AgendaIndex index, int i) {
        long start = index.start[i];
        long end = index.end[i];
        int room = index.room == null ? -1 : index.room[i];
        long roomId;
        if (room >= 0) {
            roomId = index.rooms[room].id();
        } else {
            Long id = index.items[i].roomId();
            roomId = id == null ? NONE : id;
        }
        return item(index.id[i], Math.floorDiv(start, SummitFacts.NANOS), Math.floorMod(start, SummitFacts.NANOS),
                Math.floorDiv(end, SummitFacts.NANOS), Math.floorMod(end, SummitFacts.NANOS), roomId);
    }

    /** An item's facts in the order {@link SummitFacts#fingerprint(Object...)} adds them ({@link #NONE} for no room). */
    private FactHash item(long id, long startSeconds, long startNanos, long endSeconds, long endNanos, long room) {
        long x = a;
        long y = b;
        x = stepA(x, id);
        y = stepB(y, id);
        x = stepA(x, startSeconds);
        y = stepB(y, startSeconds);
        x = stepA(x, startNanos);
        y = stepB(y, startNanos);
        x = stepA(x, endSeconds);
        y = stepB(y, endSeconds);
        x = stepA(x, endNanos);
        y = stepB(y, endNanos);
        a = stepA(x, room);
        b = stepB(y, room);
        return this;
    }

    String hex() {
        return hex(mix(a), mix(b));
    }

    /** The digest's first 64 bits: {@link #hex()} writes them as its first 16 digits. */
    long high() {
        return mix(a);
    }

    /** The digest's last 64 bits. */
    long low() {
        return mix(b);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    static String hex(long high, long low) {
        // Latin-1 bytes straight into the string: no char[] to compress
        byte[] out = new byte[32];
        for (int i = 0; i < 16; i++) {
            out[15 - i] = (byte) DIGITS[(int) (high >>> (4 * i)) & 15];
            out[31 - i] = (byte) DIGITS[(int) (low >>> (4 * i)) & 15];
        }
        return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
