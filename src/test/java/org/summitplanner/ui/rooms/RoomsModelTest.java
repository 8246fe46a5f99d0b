package org.summitplanner.ui.rooms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Room;
import org.summitplanner.service.RoomService.RoomRow;
import org.summitplanner.ui.ModelTestSupport;
import org.summitplanner.ui.common.Dialogs.StaleChoice;
import org.summitplanner.ui.common.Messages;

/** The rooms presentation model without a window: validation and state changes. */
class RoomsModelTest extends ModelTestSupport {

    private RoomsModel model;

    @BeforeEach
    void createModel() throws Exception {
        ResourceBundle messages = Messages.forScreen("rooms", context.messages());
        fx(() -> {
            model = new RoomsModel(context, messages);
            model.reload();
        });
        waitUntil(() -> model.rows().size() == 12);
    }

    private RoomRow row(String name) {
        return model.rows().stream().filter(r -> r.room().name().equals(name)).findFirst().orElseThrow();
    }

    private Room stored(String name) {
        return services.rooms().rooms(summit.id()).stream().map(RoomRow::room).filter(r -> r.name().equals(name))
                .findFirst().orElse(null);
    }

    @Test
    void newRoomNeedsANameAndACapacityAboveZero() throws Exception {
        fx(model::newRoom);
        assertEquals("Required", model.nameError().get());
        assertEquals("Required", model.capacityError().get());
        assertFalse(model.validProperty().get());
        fx(() -> {
            model.nameProperty().set("Salle Napoléon");
            model.capacityProperty().set("0");
        });
        assertNull(model.nameError().get());
        assertEquals("A whole number above zero", model.capacityError().get());
        fx(() -> model.capacityProperty().set("12"));
        assertTrue(model.validProperty().get());
        assertTrue(model.dirtyProperty().get());
    }

    @Test
    void aKeyOfAnotherRoomIsAnErrorButItsOwnKeyIsNot() throws Exception {
        fx(() -> model.select(row("Salon vert")));
        assertNull(model.keyError().get());
        fx(() -> model.keyProperty().set("salon-murat"));
        assertEquals("Another room already has this key", model.keyError().get());
        fx(() -> model.keyProperty().set("salon-vert-2"));
        assertNull(model.keyError().get());
    }

    @Test
    void filterMatchesNameBuildingAndKey() throws Exception {
        fx(() -> model.filterProperty().set("marigny"));
        assertEquals(4, model.rows().size());
        fx(() -> model.filterProperty().set("SALON MURAT"));
        assertEquals(1, model.rows().size());
        fx(() -> model.filterProperty().set(""));
        assertEquals(12, model.rows().size());
    }

    @Test
    void savingAddsTheRoomAndUndoRemovesIt() throws Exception {
        fx(() -> {
            model.newRoom();
            model.nameProperty().set("Salle Napoléon");
            model.buildingProperty().set("Élysée Palace");
            model.capacityProperty().set("24");
            model.save();
        });
        waitUntil(() -> stored("Salle Napoléon") != null);
        waitUntil(() -> model.rows().size() == 13);
        assertFalse(model.dirtyProperty().get());
        assertEquals("Salle Napoléon", model.selectedProperty().get().room().name());

        fx(history::undo);
        waitUntil(() -> stored("Salle Napoléon") == null);
        waitUntil(() -> model.rows().size() == 12);
        fx(history::redo);
        waitUntil(() -> stored("Salle Napoléon") != null);
    }

    @Test
    void leavingARowWithAValidEditSavesItAndAnInvalidOneStays() throws Exception {
        // Salon vert: capacity 8; Salon doré: 6
        fx(() -> {
            model.select(row("Salon vert"));
            model.capacityProperty().set("9");
        });
        assertTrue(fx(() -> model.select(row("Salon doré"))));
        waitUntil(() -> stored("Salon vert").capacity() == 9);

        fx(() -> model.capacityProperty().set(""));
        assertFalse(fx(() -> model.select(row("Salon vert"))));
        assertEquals("Salon doré", model.selectedProperty().get().room().name());
        assertTrue(model.noticeProperty().get().startsWith("Fix the marked fields"));
        fx(model::revert);
        assertEquals("6", model.capacityProperty().get());
        assertFalse(model.dirtyProperty().get());
    }

    @Test
    void aStaleSaveRaisesAConflictAndReloadShowsTheirs() throws Exception {
        fx(() -> model.select(row("Salon Murat")));
        Room theirs = stored("Salon Murat");
        services.rooms().update(new Room(theirs.id(), theirs.key(), theirs.name(), theirs.building(), 55,
                theirs.version()));
        fx(() -> {
            model.capacityProperty().set("70");
            model.save();
        });
        waitUntil(() -> model.conflictProperty().get() != null);
        assertFalse(model.conflictProperty().get().deleted());
        assertEquals(70, model.conflictProperty().get().mine().capacity());
        fx(() -> model.resolve(StaleChoice.RELOAD));
        waitUntil(() -> "55".equals(model.capacityProperty().get()));
        assertEquals(55, stored("Salon Murat").capacity());
    }

    @Test
    void deleteAsksWithTheBookingsFirstAndCancelKeepsTheRoom() throws Exception {
        fx(() -> model.select(row("Salle des fêtes")));
        fx(model::requestDelete);
        waitUntil(() -> model.pendingDeleteProperty().get() != null);
        assertEquals(3, model.pendingDeleteProperty().get().bookings().size());
        fx(() -> model.confirmDelete(false));
        assertNull(model.pendingDeleteProperty().get());
        assertNotNull(stored("Salle des fêtes"));

        fx(model::requestDelete);
        waitUntil(() -> model.pendingDeleteProperty().get() != null);
        fx(() -> model.confirmDelete(true));
        waitUntil(() -> stored("Salle des fêtes") == null);
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void twoEditsOfOneRoomAreUndoneOneAfterTheOther() throws Exception {
        fx(() -> {
            model.select(row("Salon vert"));
            model.capacityProperty().set("9");
            model.save();
        });
        waitUntil(() -> stored("Salon vert").capacity() == 9);
        fx(() -> {
            model.capacityProperty().set("10");
            model.save();
        });
        waitUntil(() -> stored("Salon vert").capacity() == 10);
        fx(history::undo);
        waitUntil(() -> stored("Salon vert").capacity() == 9);
        fx(history::undo);
        waitUntil(() -> stored("Salon vert").capacity() == 8);
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void undoRefusesWhenSomeoneElseChangedTheRoomSince() throws Exception {
        fx(() -> {
            model.select(row("Salon vert"));
            model.capacityProperty().set("9");
            model.save();
        });
        waitUntil(() -> stored("Salon vert").capacity() == 9);
        Room theirs = stored("Salon vert");
        services.rooms().update(new Room(theirs.id(), theirs.key(), theirs.name(), theirs.building(), 12,
                theirs.version()));
        fx(history::undo);
        waitUntil(() -> !failures.isEmpty());
        assertEquals(12, stored("Salon vert").capacity(), "their change stays");
    }
}
