package org.summitplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every date field shows one unambiguous form per language and reads the forms people type. */
class DateFieldsTest {

    private static final LocalDate MARCH_8 = LocalDate.of(2025, 3, 8);
    private final ResourceBundle english = ResourceBundle.getBundle("org.summitplanner.ui.messages", Locale.ENGLISH);
    private final ResourceBundle french = ResourceBundle.getBundle("org.summitplanner.ui.messages", Locale.FRENCH);

    @Test
    void shownDayFirstOrYearFirstNeverMonthFirst() {
        assertEquals("2025-03-08", DateFields.typed(english).format(MARCH_8));
        assertEquals("08/03/2025", DateFields.typed(french).format(MARCH_8));
        assertEquals("yyyy-mm-dd", DateFields.prompt(english));
        assertEquals("jj/mm/aaaa", DateFields.prompt(french));
    }

    @Test
    void readsTheTypedIsoShortAndTableForms() {
        for (String typed : new String[] {"2025-03-08", " 3/8/2025 ", "Mar 8, 2025"}) {
            assertEquals(Optional.of(MARCH_8), DateFields.parse(typed, english), typed);
        }
        for (String typed : new String[] {"08/03/2025", "2025-03-08", "8 mars 2025"}) {
            assertEquals(Optional.of(MARCH_8), DateFields.parse(typed, french), typed);
        }
        assertEquals(Optional.empty(), DateFields.parse("8th of March", english));
        assertEquals(Optional.empty(), DateFields.parse("  ", english));
    }
}
