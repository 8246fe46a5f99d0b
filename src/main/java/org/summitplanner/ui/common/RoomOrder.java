package org.summitplanner.ui.common;

import java.math.BigInteger;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import org.summitplanner.model.Room;

/**
 * Rooms in the order people look for them: by building, then name, alphabetically in the UI's language,
 * with numbers in names compared as numbers ("Room B-2" before "Room B-10", as on the doors).
 */
public final class RoomOrder {

    private RoomOrder() {
    }

    public static Comparator<Room> of(Locale locale) {
        Comparator<String> natural = natural(Collator.getInstance(locale));
        // by the names the window shows: the French ones in a French window, where there are
        return Comparator.comparing((Room r) -> r.buildingIn(locale) == null ? "\uffff" : r.buildingIn(locale), natural)
                .thenComparing((Room r) -> r.nameIn(locale), natural);
    }

    /** Texts compared run by run: digits as numbers, the rest by the collator ignoring case; then with case. */
    static Comparator<String> natural(Collator collator) {
        Collator runs = (Collator) collator.clone();
        runs.setStrength(Collator.SECONDARY);
        return (a, b) -> {
            int i = 0;
            int j = 0;
            while (i < a.length() && j < b.length()) {
                int ei = run(a, i);
                int ej = run(b, j);
                boolean digitsA = Character.isDigit(a.charAt(i));
                boolean digitsB = Character.isDigit(b.charAt(j));
                int c = digitsA && digitsB
                        ? new BigInteger(a.substring(i, ei)).compareTo(new BigInteger(b.substring(j, ej)))
                        : runs.compare(a.substring(i, ei), b.substring(j, ej));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            }
            return Integer.compare(a.length() - i, b.length() - j) != 0
                    ? Integer.compare(a.length() - i, b.length() - j) : collator.compare(a, b);
        };
    }

    /** The end of the run of digits, or of other characters, that starts at {@code from}. */
    private static int run(String s, int from) {
        boolean digits = Character.isDigit(s.charAt(from));
        int end = from + 1;
        while (end < s.length() && Character.isDigit(s.charAt(end)) == digits) {
            end++;
        }
        return end;
    }
}
