package org.summitplanner.summitfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.SummitContent;

/** The summit's transfer time in the summit file: optional, written only when it is not the default. */
class TransferTimeFileTest {

    private static final String FILE = """
            {
              "format": "summit-planner/1",
              "summit": {"name": "T", "hostNation": "FR", "city": "Paris", "firstDay": "2025-03-11", "lastDay": "2025-03-11",
                "timeZone": "Europe/Paris"MINUTES}
            }
            """;

    private final SummitFileReader reader = new SummitFileReader(Set.of("FR"));

    private SummitContent read(String minutes) throws SummitFileException {
        return reader.read(FILE.replace("MINUTES", minutes).getBytes(StandardCharsets.UTF_8), "t.json");
    }

    @Test
    void leftOutItIsThirtyAndIsNotWritten() throws SummitFileException {
        SummitContent content = read("");
        assertEquals(30, content.summit().transferMinutes());
        assertFalse(new String(new SummitFileWriter().write(content), StandardCharsets.UTF_8).contains("transferMinutes"));
    }

    @Test
    void anotherValueIsReadAndWrittenBack() throws SummitFileException {
        SummitContent content = read(", \"transferMinutes\": 10");
        assertEquals(10, content.summit().transferMinutes());
        byte[] written = new SummitFileWriter().write(content);
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("\"transferMinutes\": 10"),
                new String(written, StandardCharsets.UTF_8));
        assertEquals(10, reader.read(written, "again.json").summit().transferMinutes());
    }

    @Test
    void aNegativeOrHugeValueIsRefusedWithItsPlace() {
        SummitFileException e = assertThrows(SummitFileException.class, () -> read(", \"transferMinutes\": -5"));
        assertTrue(e.getMessage().contains("line 4, column 52, $.summit.transferMinutes: the transfer time must be "
                + "between 0 and 1440 minutes, not -5"), e.getMessage());
        assertThrows(SummitFileException.class, () -> read(", \"transferMinutes\": 2000"));
    }
}
