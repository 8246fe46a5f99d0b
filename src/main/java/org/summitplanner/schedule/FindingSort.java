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
 * of one form order as their ids' decimal texts one after the other. Only {@code add} at the end is supported.
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

    FindingSort(int expected) {
        int capacity = Math.max(16, expected);
        found = new Finding[capacity];
        rule = new int[capacity];
        key = new long[capacity];
        key2 = new long[capacity];
        key3 = new long[capacity];
        Arrays.fill(form, Integer.MIN_VALUE);
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
            // subjects of one form order as their ids' decimal texts one after the other
            key[size] = Finding.decimalKey(f.id(0));
            key2[size] = Finding.ids(form[r]) > 1 ? Finding.decimalKey(f.id(1)) : 0;
            key3[size] = Finding.ids(form[r]) > 2 ? Finding.decimalKey(f.id(2)) : 0;
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
