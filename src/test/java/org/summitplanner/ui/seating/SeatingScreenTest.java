package org.summitplanner.ui.seating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Seat;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.ui.ScreenTestSupport;

/** The seating screen on the demo: make a plenary plan, read its checks, swap two chairs by dragging, undo. */
class SeatingScreenTest extends ScreenTestSupport {

    private AgendaItem opening() {
        return services.seating().findItem(summit.id(), "opening");
    }

    private SeatingPlan stored() {
        return services.seating().plan(opening().id()).orElse(null);
    }

    private Node chair(int place, int tier) {
        return robot.lookup(".seating-chair").match(n -> n.getUserData() instanceof Seat s && s.place() == place
                && s.tier() == tier).query();
    }

    @SuppressWarnings("unchecked")
    private List<String> problems() {
        return robot.lookup("#problems").queryAs(ListView.class).getItems();
    }

    @Test
    void makeAPlanSwapTwoChairsByDraggingAndUndo() throws Exception {
        open("seating");
        robot.clickOn("#item");
        robot.clickOn(opening().title());
        waitUntil(() -> robot.lookup("#item").queryAs(ComboBox.class).getValue() != null);
        robot.clickOn("#generateButton");
        waitUntil(() -> stored() != null && robot.lookup(".seating-chair").queryAll().size() == stored().seats().size());
        waitUntil(() -> problems().size() == 1);
        assertTrue(problems().get(0).startsWith("No problems"), problems().toString());
        SeatingPlan made = stored();
        waitUntil(() -> String.valueOf(text("#status")).startsWith("Plan made: "));
        assertEquals("FR", made.seat(0, 0).nation());
        String second = made.seat(1, 0).nation();
        String third = made.seat(2, 0).nation();
        screenshot("seating-plenary.png");
        // the drawing fills its pane in one direction (scaled to fit, proportions kept), not ~70% of it
        javafx.geometry.Bounds view = robot.lookup("#planScroll").queryAs(javafx.scene.control.ScrollPane.class)
                .getViewportBounds();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Node chair : robot.lookup(".seating-chair").queryAll()) {
            javafx.geometry.Bounds b = chair.localToScene(chair.getBoundsInLocal());
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        double wide = (maxX - minX) / view.getWidth();
        double high = (maxY - minY) / view.getHeight();
        assertTrue(Math.max(wide, high) > 0.9 && wide <= 1 && high <= 1, "the chairs take " + wide + " of the width, "
                + high + " of the height");

        robot.drag(chair(1, 0)).dropTo(chair(2, 0));
        waitUntil(() -> stored().version() == made.version() + 1);
        // the line about the plan just made no longer describes what is shown once a chair moved
        waitUntil(() -> String.valueOf(text("#status")).isEmpty());
        assertEquals(third, stored().seat(1, 0).nation());
        assertEquals(second, stored().seat(2, 0).nation());
        // the drawn plan too, once it has been read again (looked up gently: the FX thread redraws meanwhile)
        waitUntil(() -> robot.lookup(".seating-chair").match(n -> n.getUserData() instanceof Seat s && s.place() == 1
                && s.tier() == 0 && s.nation().equals(third)).tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored().seat(1, 0).nation().equals(second));
        assertEquals(made.seats(), stored().seats());
        assertNotEquals(made.version(), stored().version());

        // undoing again takes the plan away: the item had none before
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored() == null);
        waitUntil(() -> robot.lookup(".seating-chair").queryAll().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitUntil(() -> stored() != null);
        assertEquals(made.seats(), stored().seats());
    }

    @Test
    void aRoundTablePlanThenThePlanAndBadgesToPdfButNeverOverTheDatabase() throws Exception {
        open("seating");
        robot.clickOn("#item");
        robot.clickOn(opening().title());
        robot.clickOn("#layout");
        robot.clickOn("Round table");
        robot.clickOn("#generateButton");
        waitUntil(() -> stored() != null && robot.lookup(".seating-chair").queryAll().size() == stored().seats().size());
        assertEquals(org.summitplanner.model.SeatingLayout.ROUND, stored().layout());
        assertTrue(stored().seats().stream().allMatch(s -> s.tier() == 0));
        screenshot("seating-round.png");

        SeatingController controller = screenController();
        Path plan = dir.resolve("plan.pdf");
        Path badges = dir.resolve("badges.pdf");
        controller.setSaveDialog((chooser, owner) -> plan.toFile());
        robot.clickOn("#printPlanButton");
        waitUntil(() -> String.valueOf(text("#status")).startsWith("plan.pdf saved"));
        controller.setSaveDialog((chooser, owner) -> badges.toFile());
        robot.clickOn("#badgesButton");
        waitUntil(() -> String.valueOf(text("#status")).startsWith("badges.pdf saved (12 pages)"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(plan))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Round table"), text);
        }
        // the database file is never a place to write to
        controller.setSaveDialog((chooser, owner) -> dir.resolve("planner.mv.db").toFile());
        robot.clickOn("#tentCardsButton");
        waitUntil(() -> !String.valueOf(text("#status")).startsWith("Writing"));
        assertTrue(Files.size(dir.resolve("planner.mv.db")) > 0);
        assertFalse(String.valueOf(text("#status")).contains("saved"), text("#status"));
    }

    private SeatingController screenController() {
        Node scroll = robot.lookup("#planScroll").query();
        Object controller = scroll.getProperties().get(SeatingController.class);
        return (SeatingController) controller;
    }

    /** With -Dscreenshots=true, the screen as it is now goes to assets/screenshots (the README shows it). */
    private void screenshot(String name) throws IOException {
        if (!"true".equals(System.getProperty("screenshots"))) {
            return;
        }
        Path folder = Path.of(System.getProperty("screenshots.dir", "assets/screenshots"));
        Files.createDirectories(folder);
        var image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup("#planScroll").query().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", folder.resolve(name).toFile());
    }
}
