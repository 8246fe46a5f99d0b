package org.summitplanner.importing;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** How the import compares what people type: case, accents, punctuation and spacing do not matter. */
final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {
    }

    /** Lower case, without accents, punctuation reduced to single spaces: "Côte d’Ivoire" is "cote d ivoire". */
    static String fold(String text) {
        return fold(text, true);
    }

    /** {@link #fold} without any space: "U.S.A." and "USA" are both "usa". */
    static String compact(String text) {
        return fold(text, false);
    }

    private static String fold(String text, boolean spaces) {
        if (text == null) {
            return "";
        }
        String plain = text;
        if (!isAscii(text)) {
            plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
            // letters that do not decompose into a base letter and a mark
            plain = plain.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe")
                    .replace("Œ", "OE").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L");
        }
        // by hand rather than with a regular expression: this runs several times per row of a large file
        StringBuilder sb = new StringBuilder(plain.length());
        boolean space = false;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (spaces && space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Null for blank, the text without surrounding spaces (including no-break spaces) otherwise. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().replace('\u00A0', ' ').strip();
        return s.isEmpty() ? null : s;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Edit distance, for the closest suggestions of an unknown nation. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
