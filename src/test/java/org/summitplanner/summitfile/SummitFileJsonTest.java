package org.summitplanner.summitfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Summit;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;
import org.summitplanner.store.SummitStore;

/**
 * The streaming writer (SummitFileJson) writes the same bytes as the ObjectMapper with the file's
 * annotations did: for the demo, the sample and the UN-week summit as stored, and for a file with every
 * section and field (and the optional ones left out).
 */
class SummitFileJsonTest {

    private static byte[] withMapper(SummitFile file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummitFileReader.MAPPER.writer(SummitFileWriter.PRINTER).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, file);
        out.write('\n');
        return out.toByteArray();
    }

    @Test
    void theStreamingWriterWritesWhatTheMapperWrote() throws Exception {
        try (Database db = Database.openInMemory("summit-file-json")) {
            Services services = Services.of(db);
            services.summits().loadDemo();
            services.summits().load(Path.of("assets/samples/world-summit.json"));
            services.summits().loadScaleDemo();
            SummitStore store = new SummitStore(db);
            List<Summit> summits = store.summits();
            assertEquals(3, summits.size());
            SummitFileWriter writer = new SummitFileWriter();
            for (Summit summit : summits) {
                SummitStore.Whole whole = store.readWhole(summit.id());
                byte[] streamed = writer.write(whole.content(), whole.extras());
                assertArrayEquals(withMapper(writer.file(whole.content(), whole.extras())), streamed, summit.name());
                assertTrue(streamed.length > 1000);
            }
        }
    }

    @Test
    void everySectionAndFieldIsWrittenAsTheMapperWroteIt() throws Exception {
        SummitFile file = new SummitFile(SummitFile.FORMAT,
                new SummitFile.SummitPart("Sommet \u00e9t\u00e9 \"quoted\"", "Sommet FR", "FR", "Paris", null, "Palais", "2025-03-10",
                        "2025-03-11", "Europe/Paris", 45),
                List.of(new SummitFile.ParticipationPart("FR", "CONFIRMED", "2025-01-02", null, "note\nline"),
                        new SummitFile.ParticipationPart("UA", "INVITED", null, null, null)),
                List.of(new SummitFile.RoomPart("r1", "Salle", "Salle FR", "B", "B FR", 12, false),
                        new SummitFile.RoomPart("r2", "Hall", null, null, null, null, null)),
                List.of(new SummitFile.AttendeePart("a1", "FR", "Zo\u00e9", "Doe", "Ms", "Minister", "Ministre", "MINISTER",
                                true, "z@example.org", "+33 1", List.of("fr", "en"), "2025-03-10T08:00", "2025-03-11T18:00",
                                "\u0418\u043c\u044f \u4e2d\u6587", "EXCELLENCY", "H.E.", "S.E.", "2024-01-01", 3),
                        new SummitFile.AttendeePart("a2", "UA", "Ivan", "Petrenko", null, null, null, "OFFICIAL", null,
                                null, null, List.of(), null, null, null, null, null, null, null, null)),
                List.of(new SummitFile.AgendaPart("i1", "Opening", "Ouverture", "PLENARY", "2025-03-10T09:00",
                                "2025-03-10T10:00", "r1", true, "d", "d fr", List.of("a1", "a2"), List.of("FR")),
                        new SummitFile.AgendaPart("i2", "Lunch", null, "MEAL", "2025-03-10T12:00", "2025-03-10T13:00",
                                null, false, null, null, null, null)),
                List.of(new SummitFile.BilateralPart("FR", "UA", 30, 1, List.of("en"), "PLACED", "i1", "n"),
                        new SummitFile.BilateralPart("UA", "FR", null, null, null, "OPEN", null, null)),
                new SummitFile.PrecedencePart("ALPHABETICAL", "fr", "FR", "K", 12345678901L, "HEADS", List.of("FR", "UA")),
                new SummitFile.BadgesPart(List.of(new SummitFile.CategoryPart("VIP", "VIP", "VIP fr", "#ff0000", "A"),
                        new SummitFile.CategoryPart("PRESS", "Press", null, null, null)),
                        List.of(new SummitFile.RoleDefaultPart("MINISTER", "VIP")),
                        List.of(new SummitFile.QuotaPart("FR", "VIP", 4), new SummitFile.QuotaPart("UA", "PRESS", null)),
                        List.of(new SummitFile.OwnBadgePart("a1", "VIP", null))),
                List.of(new SummitFile.PlanPart("i1", "PLENARY", List.of(new SummitFile.SeatPart(1, 0, "FR", "a1"),
                                new SummitFile.SeatPart(2, 1, "UA", null))),
                        new SummitFile.PlanPart("i2", "ROUND", List.of())));
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        SummitFileJson.write(file, SummitFileWriter.PRINTER, streamed);
        streamed.write('\n');
        assertEquals(new String(withMapper(file), java.nio.charset.StandardCharsets.UTF_8),
                streamed.toString(java.nio.charset.StandardCharsets.UTF_8));
        // and a file with only the sections every file has
        SummitFile bare = new SummitFile(SummitFile.FORMAT, file.summit(), List.of(), List.of(), List.of(), List.of());
        streamed.reset();
        SummitFileJson.write(bare, SummitFileWriter.PRINTER, streamed);
        streamed.write('\n');
        assertArrayEquals(withMapper(bare), streamed.toByteArray());
    }
}
