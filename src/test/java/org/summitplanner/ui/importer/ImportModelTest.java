package org.summitplanner.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitplanner.ui.ModelTestSupport;
import org.summitplanner.ui.common.Messages;

/** The wizard's model without a window: Cancel while planning and while committing, and the saved report. */
class ImportModelTest extends ModelTestSupport {

    @TempDir
    Path dir;

    private ImportModel model;

    @BeforeEach
    void model() throws Exception {
        ResourceBundle messages = Messages.forScreen("importer", context.messages());
        model = fx(() -> new ImportModel(context, messages));
    }

    private Path bigList() throws Exception {
        StringBuilder csv = new StringBuilder("Name,Country,Email,Position\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("Person ").append(i).append(",France,p").append(i).append("@example.fr,Adviser\n");
        }
        csv.append("Bad Row,Atlantis,bad@example.fr,\"=1+1\"\n");
        Path file = dir.resolve("big.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void cancellingThePlanningLeavesNoPreview() throws Exception {
        Path file = bigList();
        fx(() -> {
            model.open(file);
        });
        waitUntil(() -> model.hasPreview());
        fx(() -> {
            model.plan();
            model.cancel();
        });
        waitUntil(() -> !model.busyProperty().get());
        assertEquals("Cancelled: nothing was written.", model.statusProperty().get());
        assertFalse(model.hasPreview());
    }

    @Test
    void cancellingTheCommitWritesNothingAndTheReportListsEveryRow() throws Exception {
        Path file = bigList();
        fx(() -> model.open(file));
        waitUntil(() -> model.hasPreview());
        assertEquals("5,001 rows: 5,000 new, 0 to update, 0 unchanged, 0 duplicates, 1 error", model.totalsProperty().get());
        assertFalse(model.canCommitProperty().get());
        fx(() -> model.skipErrorsProperty().set(true));
        assertTrue(model.canCommitProperty().get());
        int before = services.attendees().attendees(summit.id()).size();
        fx(() -> {
            model.commit();
            model.cancel();
        });
        waitUntil(() -> !model.busyProperty().get());
        assertEquals("Cancelled: nothing was written.", model.statusProperty().get());
        assertEquals(before, services.attendees().attendees(summit.id()).size());
        assertFalse(model.committedProperty().get());

        Path report = dir.resolve("report.csv");
        fx(() -> model.saveReport(report));
        waitUntil(() -> model.statusProperty().get().startsWith("Report saved"));
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertEquals(5_002, lines.size());
        assertTrue(lines.get(5_001).startsWith("5002,ERROR,"), lines.get(5_001));

        // and without Cancel the same preview commits
        fx(() -> model.commit());
        waitUntil(() -> model.committedProperty().get());
        assertEquals(before + 5_000, services.attendees().attendees(summit.id()).size());
    }

    @Test
    void theReportIsNeverWrittenOverTheListBeingImported() throws Exception {
        Path file = Files.writeString(dir.resolve("list.csv"), "Name,Country\nJean Dupont,France\n");
        fx(() -> model.open(file));
        waitUntil(() -> model.hasPreview());
        fx(() -> model.saveReport(file));
        waitUntil(() -> model.statusProperty().get().contains("was not written"));
        assertEquals("“" + file + "” was not written: it is the file being read.",
                model.statusProperty().get());
        assertEquals("Name,Country\nJean Dupont,France\n", Files.readString(file));
    }
}
