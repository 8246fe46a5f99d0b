package org.summitplanner.importing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the lines under a list that describe no one: "Total: 12", "Subtotal Belgium 3",
 * "Total général" with a count beside it. Such a line has one cell that starts with a total word
 * and nothing else but numbers; a person's row always has more (a nation, an email), so "Somme",
 * a French family name, is never mistaken for one.
 */
final class TotalRows {

    /** Folded (see {@link Text#fold}): lower case, no accents, punctuation as spaces. */
    private static final Pattern LABEL = Pattern.compile(
            "(grand |sub ?|sous )?(total|totals|totaal|totale|sum|somme|summe|gesamt|insgesamt|subtotal|count)"
                    + "( .*)?");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9 .,'’\u00A0\u202F]*");

    private TotalRows() {
    }

    /** The total's label as written when the row is a total line, else null. */
    static String label(List<String> cells) {
        String label = null;
        for (String cell : cells) {
            String c = cell.strip();
            // the patterns only where they can match: every row of a large file comes here
            if (c.isEmpty() || c.charAt(0) >= '0' && c.charAt(0) <= '9' && NUMBER.matcher(c).matches()) {
                continue;
            }
            if (label != null || !mayStartLabel(c) || !LABEL.matcher(Text.fold(c)).matches()) {
                return null;
            }
            label = c;
        }
        return label;
    }

    /**
     * False when the folded cell cannot match {@link #LABEL}: its first letter or digit is plain ASCII
     * and none of the first letters of the label's words (g, s, t, c). Other characters (accented, or
     * folded into two letters) are left to the pattern.
     */
    private static boolean mayStartLabel(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch > 127) {
                return true;
            }
            if (Character.isLetterOrDigit(ch)) {
                char lower = Character.toLowerCase(ch);
                return lower == 'g' || lower == 's' || lower == 't' || lower == 'c';
            }
        }
        return false;
    }
}
