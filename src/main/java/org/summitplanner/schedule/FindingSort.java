package org.summitplanner.schedule;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The findings of a check as they are written, then sorted in {@link Finding#ORDER} (rule, then
 * subject) faster than a comparator sort of the records: by rule with a counting pass, then within a
 * rule by the subject's characters after the prefix they all share ("attendee:"), eight at a time
 * packed into numbers, and by the whole subjects only where both numbers are equal. The numbers are
 * packed as each finding is added, while its subject is still in the processor's cache: a check writes
 * thousands of findings, and reading every subject again to sort them cost as much as a tenth of the check.
 *
 * <p>The numbers order exactly as the texts do: characters are compared one by one, and a text that ends
 * counts as smaller. Each rule's prefix is taken from its first subject (up to its first colon) and
 * checked on every later one; a rule whose subjects do not all share it is packed again after the
 * prefix they do share. A rule whose findings' subjects are all ids of one form ("attendee:A item:X item:Y",
 * see {@link Finding}) is sorted on the ids' {@link Finding#decimalKey}s without writing a subject: texts
 * of one form order as their ids' decimal texts one after the other. Such findings are written person by person,
 * so they come in runs of one first id: the first id's key is made once per run as they are added, the runs
 * are sorted on it, and only runs of several on the other ids (see {@code sortByIds}). Only {@code add} at the
 * end is supported.
 */
final class FindingSort extends AbstractList<Finding> {

    private static final int RULES = Rule.values().length;

    private Finding[] found;
    private int[] rule;
    private long[] key;
    private long[] key2;
    private long[] key3;
    private int size;
    /** Whether the findings being sorted are compared on their three numbers alone. */
    private boolean byNumbers;

    private final String[] firstSubject = new String[RULES];
    private final int[] prefix = new int[RULES];
    private final boolean[] mixed = new boolean[RULES];
    /** The subjects' form shared by all the rule's findings so far, -1 when they are not all ids of one form. */
    private final int[] form = new int[RULES];
    /** The first id of the rule's last finding held as ids, and its decimal key. */
    private final long[] lastId = new long[RULES];
    private final long[] lastKey = new long[RULES];

    FindingSort(int expected) {
        int capacity = Math.max(16, expected);
        found = new Finding[capacity];
        rule = new int[capacity];
        key = new long[capacity];
        key2 = new long[capacity];
        key3 = new long[capacity];
        Arrays.fill(form, Integer.MIN_VALUE);
        // ids held as keys are never negative: the first of each rule is keyed
        Arrays.fill(lastId, -1);
    }

    /** Sorts a list of findings in place, in {@link Finding#ORDER}. */
    static void sort(List<Finding> findings) {
        FindingSort sort = new FindingSort(findings.size());
        sort.addAll(findings);
        List<Finding> sorted = sort.sorted();
        for (int i = 0; i < sorted.size(); i++) {
            findings.set(i, sorted.get(i));
        }
    }

    @Override
    public Finding get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return found[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void add(int index, Finding f) {
        if (index != size) {
            throw new UnsupportedOperationException("findings are only added at the end");
        }
        if (size == found.length) {
            int capacity = 2 * size;
            found = Arrays.copyOf(found, capacity);
            rule = Arrays.copyOf(rule, capacity);
            key = Arrays.copyOf(key, capacity);
            key2 = Arrays.copyOf(key2, capacity);
            key3 = Arrays.copyOf(key3, capacity);
        }
        int r = f.rule().ordinal();
        found[size] = f;
        rule[size] = r;
        if (form[r] == Integer.MIN_VALUE) {
            form[r] = decimal(f) ? f.form() : -1;
        } else if (form[r] >= 0 && (f.form() != form[r] || !decimal(f))) {
            // the earlier ones were not packed as text: all are, when sorted
            form[r] = -1;
            mixed[r] = true;
        }
        if (form[r] >= 0) {
            // while the finding is in cache: the first id's key (once per run of one first id), the other ids
            // as they are (made keys only for runs of several, see sortByIds)
            long id0 = f.id(0);
            if (id0 != lastId[r]) {
                lastId[r] = id0;
                lastKey[r] = Finding.decimalKey(id0);
            }
            key[size] = lastKey[r];
            key2[size] = f.id(1);
            key3[size] = f.id(2);
        } else {
            String subject = f.subject();
            if (firstSubject[r] == null) {
                firstSubject[r] = subject;
                prefix[r] = subject.indexOf(':') + 1;
            } else if (!mixed[r] && !subject.regionMatches(0, firstSubject[r], 0, prefix[r])) {
                mixed[r] = true;
            }
            if (!mixed[r]) {
                key[size] = pack(subject, prefix[r]);
                key2[size] = pack(subject, prefix[r] + 8);
            }
        }
        size++;
        modCount++;
    }

    /** Whether a finding's subject is ids that all have a {@link Finding#decimalKey}. */
    private static boolean decimal(Finding f) {
        if (f.form() == Finding.TEXT) {
            return false;
        }
        for (int k = Finding.ids(f.form()) - 1; k >= 0; k--) {
            if (f.id(k) < 0 || f.id(k) >= Finding.DECIMAL_LIMIT) {
                return false;
            }
        }
        return true;
    }

    /** A new list of the findings in {@link Finding#ORDER}. */
    List<Finding> sorted() {
        int n = size;
        int[] bucketStart = new int[RULES + 1];
        for (int i = 0; i < n; i++) {
            bucketStart[rule[i] + 1]++;
        }
        for (int r = 0; r < RULES; r++) {
            bucketStart[r + 1] += bucketStart[r];
        }
        int[] order = new int[n];
        int[] fill = bucketStart.clone();
        for (int i = 0; i < n; i++) {
            order[fill[rule[i]]++] = i;
        }
        int[] work = order.clone();
        for (int r = 0; r < RULES; r++) {
            int from = bucketStart[r];
            int to = bucketStart[r + 1];
            if (to - from < 2) {
                continue;
            }
            byNumbers = form[r] >= 0;
            if (byNumbers) {
                sortByIds(order, work, from, to, Finding.ids(form[r]));
                continue;
            }
            if (mixed[r]) {
                int shared = sharedPrefix(order, from, to);
                for (int i = from; i < to; i++) {
                    String subject = found[order[i]].subject();
                    key[order[i]] = pack(subject, shared);
                    key2[order[i]] = pack(subject, shared + 8);
                }
            }
            mergeSort(work, order, from, to);
        }
        List<Finding> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(found[order[i]]);
        }
        return out;
    }

    /**
     * Sorts the findings at {@code order[from..to)}, all of one rule and their subjects all ids of one form
     * with {@code ids} ids, on the ids' decimal keys, using the order in which they were written: the checks
     * write a person's findings one after the other, so they come in runs of one first id. The runs are
     * sorted on the first id's key (made once per run), then each run of several on the other ids' keys. Should
     * two runs share a first id (findings not written person by person), all are sorted one by one.
     */
    private void sortByIds(int[] order, int[] work, int from, int to, int ids) {
        int runs = 0;
        int[] runStart = new int[to - from + 1];
        long[] runKey = new long[to - from];
        boolean ascending = true;
        for (int i = from; i < to; ) {
            // the keys made as the findings were added: equal keys, equal first ids
            long k = key[order[i]];
            if (runs > 0 && k <= runKey[runs - 1]) {
                ascending = false;
            }
            runStart[runs] = i;
            runKey[runs++] = k;
            int j = i + 1;
            while (j < to && key[order[j]] == k) {
                j++;
            }
            i = j;
        }
        runStart[runs] = to;
        int[] runOrder = new int[runs];
        for (int q = 0; q < runs; q++) {
            runOrder[q] = q;
        }
        if (!ascending) {
            sortRuns(runOrder, new int[runs], runKey, 0, runs);
            for (int q = 1; q < runs; q++) {
                if (runKey[runOrder[q]] == runKey[runOrder[q - 1]]) {
                    // two runs of one first id: sorted one by one on all the ids
                    allKeys(order, from, to, ids);
                    mergeSort(work, order, from, to);
                    System.arraycopy(order, from, work, from, to - from);
                    return;
                }
            }
        }
        // the runs in order of their first ids, then each run of several in order of its other ids
        int at = from;
        for (int q = 0; q < runs; q++) {
            int run = runOrder[q];
            int start = runStart[run];
            int length = runStart[run + 1] - start;
            System.arraycopy(order, start, work, at, length);
            at += length;
        }
        System.arraycopy(work, from, order, from, to - from);
        if (ids > 1) {
            at = from;
            for (int q = 0; q < runs; q++) {
                int run = runOrder[q];
                int length = runStart[run + 1] - runStart[run];
                if (length > 1) {
                    for (int i = at; i < at + length; i++) {
                        // the ids kept as they were added, made keys
                        key2[order[i]] = Finding.decimalKey(key2[order[i]]);
                        key3[order[i]] = ids > 2 ? Finding.decimalKey(key3[order[i]]) : 0;
                    }
                    mergeSort(work, order, at, at + length);
                }
                at += length;
            }
        }
        System.arraycopy(order, from, work, from, to - from);
    }

    /** The decimal keys of the other ids of the findings at {@code order[from..to)} (the first's are made). */
    private void allKeys(int[] order, int from, int to, int ids) {
        for (int i = from; i < to; i++) {
            key2[order[i]] = ids > 1 ? Finding.decimalKey(key2[order[i]]) : 0;
            key3[order[i]] = ids > 2 ? Finding.decimalKey(key3[order[i]]) : 0;
        }
    }

    /** Sorts {@code to[lo..hi)} (runs) on their keys, {@code from} holding the same as scratch. */
    private static void sortRuns(int[] to, int[] from, long[] runKey, int lo, int hi) {
        System.arraycopy(to, lo, from, lo, hi - lo);
        sortRunsInto(from, to, runKey, lo, hi);
    }

    private static void sortRunsInto(int[] from, int[] to, long[] runKey, int lo, int hi) {
        if (hi - lo < 16) {
            for (int i = lo + 1; i < hi; i++) {
                int x = to[i];
                int j = i;
                while (j > lo && runKey[x] < runKey[to[j - 1]]) {
                    to[j] = to[j - 1];
                    j--;
                }
                to[j] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        sortRunsInto(to, from, runKey, lo, mid);
        sortRunsInto(to, from, runKey, mid, hi);
        if (runKey[from[mid]] >= runKey[from[mid - 1]]) {
            System.arraycopy(from, lo, to, lo, hi - lo);
            return;
        }
        for (int i = lo, p = lo, q = mid; i < hi; i++) {
            to[i] = q >= hi || p < mid && runKey[from[q]] >= runKey[from[p]] ? from[p++] : from[q++];
        }
    }

    /** How many first characters all the subjects of the findings at {@code order[from..to)} share. */
    private int sharedPrefix(int[] order, int from, int to) {
        String first = found[order[from]].subject();
        int shared = first.length();
        for (int i = from + 1; i < to && shared > 0; i++) {
            String s = found[order[i]].subject();
            int max = Math.min(shared, s.length());
            int k = 0;
            while (k < max && s.charAt(k) == first.charAt(k)) {
                k++;
            }
            shared = k;
        }
        return shared;
    }

    /**
     * Characters {@code from .. from + 8} of the text as eight bytes, the first the highest; 0 past its
     * end. A character 0 packs as the end does, with nothing after it (the least any text with that start
     * can pack as); a character above 255 packs as 255 with all 255 after it (the most). Texts whose
     * numbers tie are compared further, so the numbers never order two texts otherwise than the texts.
     */
    private static long pack(String s, int from) {
        long key = 0;
        int end = Math.min(s.length(), from + 8);
        int shift = 56;
        for (int i = from; i < end; i++, shift -= 8) {
            char c = s.charAt(i);
            if (c == 0) {
                break;
            }
            if (c > 255) {
                key |= shift == 56 ? -1L : (1L << (shift + 8)) - 1;
                break;
            }
            key |= (long) c << shift;
        }
        return key;
    }

    /**
     * Whether the finding at {@code x} comes before the one at {@code y} (of the same rule). The second
     * number decides only when the first eight characters are equal and none of them is 0 or above 255:
     * otherwise the first number tying says nothing about what follows, and the subjects are compared.
     */
    private boolean before(int x, int y) {
        if (byNumbers) {
            return key[x] != key[y] ? key[x] < key[y] : key2[x] != key2[y] ? key2[x] < key2[y] : key3[x] < key3[y];
        }
        int c = Long.compareUnsigned(key[x], key[y]);
        if (c != 0) {
            return c < 0;
        }
        if (full(key[x])) {
            c = Long.compareUnsigned(key2[x], key2[y]);
            if (c != 0) {
                return c < 0;
            }
        }
        return found[x].subject().compareTo(found[y].subject()) < 0;
    }

    /** Eight characters from 1 to 255: none of the bytes is 0 or a 255 that could stand for a wider character. */
    private static boolean full(long k) {
        for (int shift = 0; shift < 64; shift += 8) {
            int b = (int) (k >>> shift) & 0xff;
            if (b == 0 || b == 0xff) {
                return false;
            }
        }
        return true;
    }

    /** Sorts {@code to[lo..hi)}, with {@code from} holding the same positions as scratch. */
    private void mergeSort(int[] from, int[] to, int lo, int hi) {
        if (hi - lo < 16) {
            for (int i = lo + 1; i < hi; i++) {
                int x = to[i];
                int j = i;
                while (j > lo && before(x, to[j - 1])) {
                    to[j] = to[j - 1];
                    j--;
                }
                to[j] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(to, from, lo, mid);
        mergeSort(to, from, mid, hi);
        if (!before(from[mid], from[mid - 1])) {
            System.arraycopy(from, lo, to, lo, hi - lo);
            return;
        }
        for (int i = lo, p = lo, q = mid; i < hi; i++) {
            to[i] = q >= hi || p < mid && !before(from[q], from[p]) ? from[p++] : from[q++];
        }
    }
}
