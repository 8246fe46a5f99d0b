package org.summitplanner.schedule;

import java.util.Arrays;

/**
 * A map from ids to values without boxing the ids: open addressing with linear probing and
 * backward-shift deletion. The checks look up thousands of attendees and labels per run, and a
 * {@code HashMap<Long, V>} spent more time boxing and hashing than the lookups were worth. Null
 * values are not stored.
 */
final class LongMap<V> {

    private long[] keys;
    private Object[] values;
    private int mask;
    private int size;

    LongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        for (int i = slot(key); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    void put(long key, V value) {
        int i = slot(key);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
        if (2 * size > keys.length) {
            grow();
        }
    }

    void remove(long key) {
        int i = slot(key);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            return;
        }
        size--;
        // shift back the entries after it that probed past this slot, so that no lookup stops early
        int gap = i;
        for (int j = (i + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j]);
            if (((j - home) & mask) >= ((j - gap) & mask)) {
                keys[gap] = keys[j];
                values[gap] = values[j];
                gap = j;
            }
        }
        values[gap] = null;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                int j = slot(oldKeys[i]);
                while (values[j] != null) {
                    j = (j + 1) & mask;
                }
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
                size++;
            }
        }
    }

    void clear() {
        Arrays.fill(values, null);
        size = 0;
    }

    private int slot(long key) {
        long h = key * 0x9e3779b97f4a7c15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
