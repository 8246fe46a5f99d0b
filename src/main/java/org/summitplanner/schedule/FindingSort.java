package org.summitplanner.schedule;

import java.util.List;

/**
 * Sorts findings in {@link Finding#ORDER} (rule, then subject) faster than a comparator sort of the
 * records: by rule with a counting pass, then within a rule by the subject's first eight characters
 * after the prefix they all share ("attendee:"), packed into a number, and by the whole subjects only
 * where those numbers are equal. The numbers order exactly as the texts do: characters are compared one
 * by one, and a text that ends counts as smaller (it packs as 0; a character 0 or above 255 packs so
 * that the texts are compared in full). A check sorts thousands of findings, most of them with
 * subjects that share their first nine characters, which is where a comparator spent its time.
 */
final class FindingSort {

    private FindingSort() {
    }

    static void sort(List<Finding> findings) {
        int n = findings.size();
        if (n < 2) {
            return;
        }
        Finding[] given = findings.toArray(new Finding[0]);
        int rules = Rule.values().length;
        int[] bucketStart = new int[rules + 1];
        for (Finding f : given) {
            bucketStart[f.rule().ordinal() + 1]++;
        }
        for (int r = 0; r < rules; r++) {
            bucketStart[r + 1] += bucketStart[r];
        }
        Finding[] byRule = new Finding[n];
        int[] fill = bucketStart.clone();
        for (Finding f : given) {
            byRule[fill[f.rule().ordinal()]++] = f;
        }
        long[] key = new long[n];
        int[] order = new int[n];
        int[] work = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int r = 0; r < rules; r++) {
            int from = bucketStart[r];
            int to = bucketStart[r + 1];
            if (to - from < 2) {
                continue;
            }
            int shared = sharedPrefix(byRule, from, to);
            for (int i = from; i < to; i++) {
                key[i] = pack(byRule[i].subject(), shared);
                work[i] = i;
            }
            mergeSort(work, order, from, to, key, byRule);
        }
        for (int i = 0; i < n; i++) {
            given[i] = byRule[order[i]];
        }
        for (int i = 0; i < n; i++) {
            findings.set(i, given[i]);
        }
    }

    /** How many first characters all the subjects of {@code f[from..to)} share. */
    private static int sharedPrefix(Finding[] f, int from, int to) {
        String first = f[from].subject();
        int shared = first.length();
        for (int i = from + 1; i < to && shared > 0; i++) {
            String s = f[i].subject();
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
     * numbers tie are compared in full, so the numbers never order two texts otherwise than the texts.
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

    private static boolean before(int x, int y, long[] key, Finding[] f) {
        int c = Long.compareUnsigned(key[x], key[y]);
        return c != 0 ? c < 0 : f[x].subject().compareTo(f[y].subject()) < 0;
    }

    /** Sorts {@code to[lo..hi)}, with {@code from} holding the same positions as scratch. */
    private static void mergeSort(int[] from, int[] to, int lo, int hi, long[] key, Finding[] f) {
        if (hi - lo < 16) {
            for (int i = lo + 1; i < hi; i++) {
                int x = to[i];
                int j = i;
                while (j > lo && before(x, to[j - 1], key, f)) {
                    to[j] = to[j - 1];
                    j--;
                }
                to[j] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(to, from, lo, mid, key, f);
        mergeSort(to, from, mid, hi, key, f);
        if (!before(from[mid], from[mid - 1], key, f)) {
            System.arraycopy(from, lo, to, lo, hi - lo);
            return;
        }
        for (int i = lo, p = lo, q = mid; i < hi; i++) {
            to[i] = q >= hi || p < mid && !before(from[q], from[p], key, f) ? from[p++] : from[q++];
        }
    }
}
