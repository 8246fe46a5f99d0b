package org.summitplanner.importing;

/**
 * The rows of the file seen so far by a key (an email, a name and nation), in little memory: a
 * million rows take about 40 MB instead of the several hundred that a map of strings would, so
 * that a very large file plans within a small heap. Keys are kept as two independent 64-bit
 * hashes; two different keys are taken for the same only if both hashes collide (about 1 in 10^29
 * for a million rows).
 *
 * <p>Both hashes are taken in one pass over the key's characters (no bytes copied), and a slot's
 * two hashes lie side by side, so that a lookup in a large table touches one place, not two: this
 * runs two or three times per row of the file (decision 0037-perf-import2).
 */
final class KeyIndex {

    private static final long SEED_A = 0xcbf29ce484222325L;
    private static final long SEED_B = 0x9E3779B97F4A7C15L;
    private static final long PRIME_A = 0x100000001b3L;
    /** Another odd multiplier than the first hash's, so that the two differ in more than their start. */
    private static final long PRIME_B = 0x9FB21C651E98DF25L;

    /** Slot i's hashes at 2i and 2i+1. */
    private long[] hashes = new long[2 << 12];
    private int[] rows = new int[1 << 12];
    private int size;
    /** The last key hashed (the same string object, so the same characters) and its hashes. */
    private String lastKey;
    private long lastA;
    private long lastB;

    /** The row recorded for the key, or 0. */
    int get(String key) {
        return putIfAbsent(key, 0);
    }

    /** The row recorded for the key, or 0; records {@code row} (when not 0) if the key is new. */
    int putIfAbsent(String key, int row) {
        long a;
        long b;
        if (key == lastKey) {
            // the planner looks a row's key up, then records the same string: hashed once
            a = lastA;
            b = lastB;
        } else {
            a = SEED_A;
            b = SEED_B;
            for (int j = 0, n = key.length(); j < n; j++) {
                char c = key.charAt(j);
                a = (a ^ c) * PRIME_A;
                b = (b ^ c) * PRIME_B;
            }
            a = mix(a ^ SEED_A);
            b = mix(b ^ SEED_B);
            lastKey = key;
            lastA = a;
            lastB = b;
        }
        int mask = rows.length - 1;
        for (int i = (int) a & mask; ; i = (i + 1) & mask) {
            if (rows[i] == 0) {
                if (row == 0) {
                    return 0;
                }
                hashes[2 * i] = a;
                hashes[2 * i + 1] = b;
                rows[i] = row;
                if (++size * 2 > rows.length) {
                    grow();
                }
                return 0;
            }
            if (hashes[2 * i] == a && hashes[2 * i + 1] == b) {
                return rows[i];
            }
        }
    }

    /** How many keys are recorded. */
    int size() {
        return size;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = rows.length - 1;
        for (int j = 0; j < oldRows.length; j++) {
            if (oldRows[j] != 0) {
                int i = (int) oldHashes[2 * j] & mask;
                while (rows[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[2 * i] = oldHashes[2 * j];
                hashes[2 * i + 1] = oldHashes[2 * j + 1];
                rows[i] = oldRows[j];
            }
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
