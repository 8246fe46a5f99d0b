package org.summitplanner.importing;

import java.nio.charset.StandardCharsets;

/**
 * The rows of the file seen so far by a key (an email, a name and nation), in little memory: a
 * million rows take about 40 MB instead of the several hundred that a map of strings would, so
 * that a very large file plans within a small heap. Keys are kept as two independent 64-bit
 * hashes; two different keys are taken for the same only if both hashes collide (about 1 in 10^29
 * for a million rows).
 */
final class KeyIndex {

    private long[] first = new long[1 << 12];
    private long[] second = new long[1 << 12];
    private int[] rows = new int[1 << 12];
    private int size;

    /** The row recorded for the key, or 0. */
    int get(String key) {
        return putIfAbsent(key, 0);
    }

    /** The row recorded for the key, or 0; records {@code row} (when not 0) if the key is new. */
    int putIfAbsent(String key, int row) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        long a = hash(bytes, 0xcbf29ce484222325L);
        long b = hash(bytes, 0x9E3779B97F4A7C15L);
        if (a == 0 && b == 0) {
            a = 1;
        }
        int mask = first.length - 1;
        for (int i = (int) mix(a) & mask; ; i = (i + 1) & mask) {
            if (rows[i] == 0) {
                if (row == 0) {
                    return 0;
                }
                first[i] = a;
                second[i] = b;
                rows[i] = row;
                if (++size * 2 > first.length) {
                    grow();
                }
                return 0;
            }
            if (first[i] == a && second[i] == b) {
                return rows[i];
            }
        }
    }

    private void grow() {
        long[] oldFirst = first;
        long[] oldSecond = second;
        int[] oldRows = rows;
        first = new long[oldFirst.length * 2];
        second = new long[oldFirst.length * 2];
        rows = new int[oldFirst.length * 2];
        int mask = first.length - 1;
        for (int j = 0; j < oldFirst.length; j++) {
            if (oldRows[j] != 0) {
                int i = (int) mix(oldFirst[j]) & mask;
                while (rows[i] != 0) {
                    i = (i + 1) & mask;
                }
                first[i] = oldFirst[j];
                second[i] = oldSecond[j];
                rows[i] = oldRows[j];
            }
        }
    }

    /** FNV-1a over the bytes from a seed, then mixed; two seeds give two independent hashes. */
    private static long hash(byte[] bytes, long seed) {
        long h = seed;
        for (byte x : bytes) {
            h ^= x & 0xFF;
            h *= 0x100000001b3L;
        }
        return mix(h ^ seed);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
