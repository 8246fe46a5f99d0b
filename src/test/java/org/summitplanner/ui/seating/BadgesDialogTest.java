package org.summitplanner.ui.seating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.ui.ScreenTestSupport;

/** The Badges… dialog of the seating screen on the demo: rename a category, set a quota, OK, undo, redo. */
class BadgesDialogTest extends ScreenTestSupport {

    private BadgeScheme stored() {
        return services.badges().scheme(summit.id());
    }

    /** A cell of a table of the dialog, by row and column index. */
    private Node cell(String table, int row, int column) {
        return robot.lookup(table + " .table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableRow() != null && c.getTableRow().getIndex() == row
                && c.getTableView().getColumns().indexOf(c.getTableColumn()) == column).query();
    }

    private void edit(String table, int row, int column, String text) {
        robot.doubleClickOn(cell(table, row, column));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
        robot.type(KeyCode.ENTER);
    }

    @Test
    void renameACategorySetAQuotaThenUndoAndRedo() throws Exception {
        BadgeScheme before = stored();
        open("seating");
        robot.clickOn("#badgeSchemeButton");
        waitUntil(() -> robot.lookup("#quotas").tryQuery().isPresent());
        TableView<?> quotas = robot.lookup("#quotas").queryAs(TableView.class);
        waitUntil(() -> !quotas.getItems().isEmpty());
        List<String> order = services.seating().delegationOrder(summit.id());
        assertEquals(order.size(), quotas.getItems().size());
        assertEquals(1 + before.categories().size(), quotas.getColumns().size());

        edit("#categories", 1, 1, "Delegation member");
        edit("#quotas", 0, 1, "2");
        // a wrong quota is refused with its reason, nothing is stored
        edit("#quotas", 1, 2, "many");
        answerDialog("OK");
        waitUntil(() -> String.valueOf(text("#badgesError")).contains("many"));
        // the second delegation in the order of precedence (French, the host's language: Australie)
        String second = services.summits().nations().stream().filter(n -> n.code().equals(order.get(1))).findFirst()
                .orElseThrow().name(java.util.Locale.ENGLISH);
        assertTrue(text("#badgesError").contains(second), text("#badgesError"));
        assertEquals(before, stored());
        edit("#quotas", 1, 2, "");
        answerDialog("OK");

        waitUntil(() -> !stored().equals(before));
        BadgeScheme after = stored();
        assertEquals("Delegation member", after.category("DELEGATE").labelEn());
        assertEquals("Délégation", after.category("DELEGATE").labelFr());
        assertEquals(Integer.valueOf(2), after.quotas().get(order.get(0)).get(before.categories().get(0).code()));
        assertNull(after.quotas().getOrDefault(order.get(1), java.util.Map.of()).get("DELEGATE"));
        assertEquals(before.roleDefaults(), after.roleDefaults());
        waitUntil(() -> String.valueOf(text("#status")).startsWith("Badge categories and quotas saved"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored().equals(before));
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitUntil(() -> stored().equals(after));

        // a change made elsewhere meanwhile: the undo is refused, the other change stays
        BadgeScheme elsewhere = after.withQuota(order.get(0), "PRESS", 1);
        services.badges().saveScheme(summit.id(), elsewhere);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Thread.sleep(500);
        waitUntil(() -> stored().equals(elsewhere));
        assertFalse(stored().equals(before));
    }

    @Test
    void addAndRemoveACategoryKeepsTheSchemeWholeAndUndoBringsItAllBack() throws Exception {
        // someone with a press badge of their own and a press quota: removing the category takes both
        long someone = services.attendees().attendees(summit.id()).get(0).id();
        BadgeScheme standard = stored();
        services.badges().saveScheme(summit.id(), new BadgeScheme(standard.categories(), standard.roleDefaults(),
                java.util.Map.of(someone, "PRESS"), java.util.Map.of(someone, "Z9"), java.util.Map.of())
                .withQuota("FR", "PRESS", 3));
        BadgeScheme before = stored();
        open("seating");
        robot.clickOn("#badgeSchemeButton");
        waitUntil(() -> robot.lookup("#categories").tryQuery().isPresent());
        TableView<?> categories = robot.lookup("#categories").queryAs(TableView.class);
        int count = categories.getItems().size();
        robot.clickOn("#addCategory");
        robot.write("VIP");
        robot.type(KeyCode.ENTER);
        edit("#categories", count, 1, "Guest of honour");
        waitUntil(() -> robot.lookup("#quotas").queryAs(TableView.class).getColumns().size() == count + 2);
        // the press category goes: its quotas and the press role's default go with it
        robot.clickOn(cell("#categories", 3, 1));
        robot.clickOn("#removeCategory");
        answerDialog("OK");
        waitUntil(() -> stored().categories().stream().anyMatch(c -> c.code().equals("VIP")));
        BadgeScheme now = stored();
        assertEquals(count, now.categories().size());
        assertTrue(now.categories().stream().noneMatch(c -> c.code().equals("PRESS")));
        assertFalse(now.roleDefaults().containsValue("PRESS"));
        assertEquals("Guest of honour", now.category("VIP").labelEn());
        // and the summit file takes it (it refuses a scheme naming a category it does not have)
        byte[] file = services.summits().export(summit.id());
        assertTrue(new String(file, java.nio.charset.StandardCharsets.UTF_8).contains("\"VIP\""));
        assertFalse(now.attendeeCategories().containsKey(someone));
        assertEquals("Z9", now.attendeeZones().get(someone));
        assertTrue(now.quotas().getOrDefault("FR", java.util.Map.of()).isEmpty());

        // undo brings back the category and what went with it
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored().equals(before));
    }

    @Test
    void theDialogNamesWhoIsNotTakingPartAndItsCheckboxLeavesThemOutOfTentCards() throws Exception {
        open("seating");
        robot.clickOn("#badgeSchemeButton");
        waitUntil(() -> robot.lookup("#notTakingPart").tryQuery().isPresent());
        String named = text("#notTakingPart");
        assertTrue(named.startsWith("Badges and tent cards are made for 7 people of 4 delegations that have not confirmed: "), named);
        assertTrue(named.contains("United States (not invited, 1)"), named);
        assertTrue(named.contains("Bulgaria (invited, no answer yet, 2)"), named);
        screenshot("seating2-badges-dialog.png");
        robot.clickOn("#takingPartOnly");
        answerDialog("Cancel");

        Node scroll = robot.lookup("#planScroll").query();
        SeatingController controller = (SeatingController) scroll.getProperties().get(SeatingController.class);
        Path tents = dir.resolve("tents.pdf");
        controller.setSaveDialog((chooser, owner) -> tents.toFile());
        robot.clickOn("#tentCardsButton");
        waitUntil(() -> String.valueOf(text("#status")).startsWith("tents.pdf saved (106 pages)"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(tents))) {
            assertFalse(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("United States"));
        }
        // ticked again off: everyone
        robot.clickOn("#badgeSchemeButton");
        waitUntil(() -> robot.lookup("#takingPartOnly").tryQuery().isPresent());
        assertTrue(robot.lookup("#takingPartOnly").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        robot.clickOn("#takingPartOnly");
        answerDialog("Cancel");
        robot.clickOn("#tentCardsButton");
        waitUntil(() -> String.valueOf(text("#status")).startsWith("tents.pdf saved (113 pages)"));
    }

    /** With -Dscreenshots=true, the dialog as it is now goes to assets/screenshots. */
    private void screenshot(String name) throws Exception {
        if (!"true".equals(System.getProperty("screenshots"))) {
            return;
        }
        Path folder = Path.of(System.getProperty("screenshots.dir", "assets/screenshots"));
        Files.createDirectories(folder);
        var image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup("#quotas").query().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", folder.resolve(name).toFile());
    }
}
