package org.summitplanner.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The phone check by hand gives the pattern's answer for every text. */
class PhoneTest {

    @Test
    void phonesAndNot() {
        assertTrue(Values.isPhone("+33 1 00 000123"));
        assertFalse(Values.isPhone("(0)20 7946-0958"), "a digit (or +) comes first");
        assertTrue(Values.isPhone("020 7946-0958 (0)"));
        assertTrue(Values.isPhone("0123"));
        assertFalse(Values.isPhone("012"), "four characters at least");
        assertFalse(Values.isPhone("+"));
        assertFalse(Values.isPhone(""));
        assertFalse(Values.isPhone("++33 1 00"));
        assertFalse(Values.isPhone("+33 1 00 ext. 5"));
        assertFalse(Values.isPhone("٠١٢٣٤"), "digits of other scripts are not the pattern's [0-9]");
    }

    @Test
    void sameAnswersAsThePattern() {
        String[] fixed = {"+33 1 00 000123", "(0)20 7946-0958", "0123", "012", "+", "", "++33", "1//.", "+1 ()",
                "+1 ()x", " 0123", "0123 ", "+ 0123", "9.9.9", "1\u00A0234", "1234\n", "a123"};
        for (String text : fixed) {
            assertEquals(Values.isPhoneByPattern(text), Values.isPhone(text), text);
        }
        String alphabet = "+0123456789 ().-/xa\u00A0٣";
        Random random = new Random(14);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertEquals(Values.isPhoneByPattern(text), Values.isPhone(text), text);
        }
    }
}
