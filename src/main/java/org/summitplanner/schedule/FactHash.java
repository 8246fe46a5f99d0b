package org.summitplanner.schedule;

import java.time.Instant;
import org.summitplanner.model.AgendaItem;

/**
 * The same hash as {@link SummitFacts#fingerprint(Object...)}, fed fact by fact without boxing or an array of
 * facts: what the findings written thousands of times per check use. Each method adds exactly what
 * {@code fingerprint} adds for a fact of that kind, so both give the same digest for the same facts.
 */
final class FactHash {

    private long a = 0xcbf29ce484222325L;
    private long b = 0x84222325cbf29ce4L;

    /** A number (a Long, Integer or Boolean fact). */
    FactHash add(long value) {
        a = Long.rotateLeft((a ^ value) * 0x100000001b3L, 29);
        b = Long.rotateLeft((b ^ value) * 0x9e3779b97f4a7c15L, 37);
        return this;
    }

    private FactHash none() {
        return add(0x5bd1e995L);
    }

    /** A fact written as text (a String, an enum, anything else), null allowed. */
    FactHash text(String text) {
        if (text == null) {
            return none();
        }
        add(text.length());
        // the lanes in locals: one dependent multiply per character and lane, nothing through memory
        long x = a;
        long y = b;
        for (int i = 0, n = text.length(); i < n; i++) {
            long value = text.charAt(i);
            x = Long.rotateLeft((x ^ value) * 0x100000001b3L, 29);
            y = Long.rotateLeft((y ^ value) * 0x9e3779b97f4a7c15L, 37);
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
        add(item.id());
        Instant start = item.time().start();
        Instant end = item.time().end();
        add(start.getEpochSecond()).add(start.getNano()).add(end.getEpochSecond()).add(end.getNano());
        return item.roomId() == null ? none() : add(item.roomId());
    }

    /** The item at {@code i} of the full check's index, as {@link #item(AgendaItem)} adds it. */
    FactHash item(AgendaIndex index, int i) {
        add(index.id[i]);
        long start = index.start[i];
        long end = index.end[i];
        add(Math.floorDiv(start, SummitFacts.NANOS)).add(Math.floorMod(start, SummitFacts.NANOS));
        add(Math.floorDiv(end, SummitFacts.NANOS)).add(Math.floorMod(end, SummitFacts.NANOS));
        int room = index.room == null ? -1 : index.room[i];
        if (room >= 0) {
            return add(index.rooms[room].id());
        }
        Long roomId = index.items[i].roomId();
        return roomId == null ? none() : add(roomId);
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
