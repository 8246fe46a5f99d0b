package org.summitplanner.summitfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader's quick way with "2025-03-11T09:00" accepts and refuses exactly what the ISO parser does. */
class DateTimeReadingTest {

    private static String outcome(java.util.function.Function<String, LocalDateTime> parse, String text) {
        try {
            return parse.apply(text).toString();
        } catch (DateTimeException e) {
            return "refused";
        }
    }

    @Test
    void sameAsTheIsoParserOnEdgesAndOnRandomText() {
        List<String> texts = new ArrayList<>(List.of("2025-03-11T09:00", "2025-02-29T09:00", "2024-02-29T23:59",
                "2025-13-01T09:00", "2025-00-10T09:00", "2025-04-31T10:00", "2025-03-11T24:00", "2025-03-11T23:60",
                "0000-01-01T00:00", "9999-12-31T23:59", "2025-03-11 09:00", "2025-03-11T9:00 ", "+025-03-11T09:00",
                "2025-03-1aT09:00", "２025-03-11T09:00", "2025/03/11T09:00", "2025-03-11T09-00"));
        Random random = new Random(14);
        String alphabet = "0123456789-T: x+";
        for (int n = 0; n < 20_000; n++) {
            char[] text = "2025-03-11T09:00".toCharArray();
            for (int k = random.nextInt(3); k >= 0; k--) {
                text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            texts.add(new String(text));
        }
        for (String text : texts) {
            assertEquals(outcome(LocalDateTime::parse, text), outcome(SummitFileReader::minutes, text), text);
        }
    }
}
