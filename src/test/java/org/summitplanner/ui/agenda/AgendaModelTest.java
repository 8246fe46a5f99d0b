package org.summitplanner.ui.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Room;
import org.summitplanner.ui.ModelTestSupport;
import org.summitplanner.ui.agenda.ParticipantPicker.Candidate;
import org.summitplanner.ui.agenda.timeline.MoveRequest;
import org.summitplanner.ui.agenda.timeline.TimelineItem;
import org.summitplanner.ui.agenda.timeline.TimelineRoom;
import org.summitplanner.ui.common.Dialogs.StaleChoice;
import org.summitplanner.ui.common.Messages;

/** The agenda presentation model without a window: validation, participants, duplicate, moves, conflicts. */
class AgendaModelTest extends ModelTestSupport {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 11);

    private AgendaModel model;
    private AgendaForm form;

    @BeforeEach
    void createModel() throws Exception {
        ResourceBundle messages = Messages.forScreen("agenda", context.messages());
        fx(() -> {
            model = new AgendaModel(context, messages);
            form = model.form();
            model.reload();
        });
        waitUntil(() -> model.rows().size() == 17 && !form.participants().matches().isEmpty());
    }

    private AgendaRow row(String title) {
        return model.allRows().stream().filter(r -> r.item().title().equals(title)).findFirst().orElseThrow();
    }

    private AgendaItem stored(String title) {
        return services.agenda().items(summit.id()).stream().filter(i -> i.title().equals(title)).findFirst()
                .orElse(null);
    }

    private Attendee attendee(String key) {
        return services.agenda().choices(summit.id()).attendees().stream().filter(a -> key.equals(a.key()))
                .findFirst().orElseThrow();
    }

    private long members(String nation) {
        return services.agenda().choices(summit.id()).attendees().stream().filter(a -> a.nation().equals(nation))
                .count();
    }

    private Room room(String name) {
        return model.rooms().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** Types into the picker's filter and picks the first match, as Enter does. */
    private void pick(String typed) throws Exception {
        assertTrue(fx(() -> {
            form.participants().filterProperty().set(typed);
            return form.participants().pickFirstMatch();
        }), "something matches " + typed);
    }

    private void newItem(String title, String start, String end) {
        fx(() -> {
            model.newItem();
            form.titleProperty().set(title);
            form.startProperty().set(start);
            form.endProperty().set(end);
        });
    }

    @Test
    void aNewItemNeedsATitleAndAnEndAfterItsStartInsideTheSummitDays() throws Exception {
        fx(model::newItem);
        assertEquals(DAY, form.dayProperty().get(), "a new item starts on the summit's first day");
        assertEquals("Required", form.titleError().get());
        assertEquals("Required", form.startError().get());
        assertFalse(form.validProperty().get());

        fx(() -> {
            form.titleProperty().set("Signing of the declaration");
            form.startProperty().set("11:00");
            form.endProperty().set("10:30");
        });
        assertNull(form.titleError().get());
        assertEquals("Must be after the start (11:00)", form.endError().get());
        assertEquals("End: Must be after the start (11:00)", form.problem().get(), "the form says why, naming the field");
        fx(() -> form.endProperty().set("11:00"));
        assertNotNull(form.endError().get(), "an item that ends when it starts is not an item");
        fx(() -> form.endProperty().set("25:00"));
        assertEquals("A time such as 09:30", form.endError().get());
        fx(() -> form.endProperty().set("11h45"));
        assertNull(form.endError().get());

        fx(() -> form.dayProperty().set(DAY.plusDays(1)));
        assertEquals("The summit is on 11 Mar 2025 only", form.dayError().get());
        assertFalse(form.validProperty().get());
        fx(model::save);
        assertNull(stored("Signing of the declaration"), "invalid input is never saved");

        fx(() -> form.dayProperty().set(DAY));
        assertTrue(form.validProperty().get());
        fx(() -> form.titleProperty().set("   "));
        assertEquals("Required", form.titleError().get());
    }

    @Test
    void participantsAreCountedOnceAcrossNamedAttendeesAndWholeDelegations() throws Exception {
        newItem("Slovenian briefing", "16:00", "16:30");
        pick("slovenia whole");
        pick("glavas");   // Slovenia's army chief, already in the whole delegation
        pick("ua-1");
        ParticipantPicker picker = form.participants();
        assertEquals(List.of("SI"), picker.nations());
        assertEquals(List.of(attendee("si-1").id(), attendee("ua-1").id()), picker.attendeeIds());
        assertEquals(members("SI") + 1, picker.countProperty().get(), "Glavaš counts once");
        assertTrue(form.participantSummary().get().startsWith((members("SI") + 1) + " people take part (2 named, "
                + "one whole delegation)"), form.participantSummary().get());

        // dropping the delegation leaves the two named people
        Candidate slovenia = picker.chosen().stream().filter(Candidate::isDelegation).findFirst().orElseThrow();
        fx(() -> picker.remove(slovenia));
        assertEquals(2, picker.countProperty().get());
        assertEquals(2, picker.chosen().size());
    }

    @Test
    void aRoomSmallerThanTheParticipantsIsAWarningNotAnError() throws Exception {
        newItem("Nordic breakfast", "07:30", "08:00");
        fx(() -> form.chooseRoom(room("Salon doré").id()));
        assertNull(form.capacityWarning().get());
        pick("sweden whole");
        pick("norway whole");
        pick("finland whole");
        assertTrue(form.participants().countProperty().get() > 6);
        assertTrue(form.capacityWarning().get().startsWith("Warning: Salon doré holds 6"), form.capacityWarning().get());
        assertTrue(form.validProperty().get(), "a warning does not stop the save");
        fx(() -> form.chooseRoom(null));
        assertNull(form.capacityWarning().get());
    }

    @Test
    void savingANewItemStoresItWithItsParticipantsAndUndoRemovesIt() throws Exception {
        newItem("Nordic breakfast", "07:30", "08:00");
        pick("sweden whole");
        pick("macron");
        fx(() -> {
            form.kindProperty().set(AgendaKind.MEAL);
            form.chooseRoom(room("Jardin d'hiver").id());
            model.save();
        });
        waitUntil(() -> stored("Nordic breakfast") != null);
        AgendaItem item = stored("Nordic breakfast");
        assertEquals(List.of("SE"), item.nations());
        assertEquals(List.of(attendee("fr-1").id()), item.attendeeIds());
        assertEquals(AgendaKind.MEAL, item.kind());
        assertEquals(summit.toInstant(DAY.atTime(7, 30)), item.time().start());
        assertTrue(item.closed(), "a new item is closed-door unless opened");
        waitUntil(() -> model.rows().size() == 18);
        assertEquals("Nordic breakfast", model.selectedProperty().get().item().title());
        assertEquals(members("SE") + 1, model.selectedProperty().get().participants());

        fx(history::undo);
        waitUntil(() -> stored("Nordic breakfast") == null);
        waitUntil(() -> model.rows().size() == 17);
    }

    @Test
    void duplicateCopiesTheItemAtTheSameTimeWithoutItsKey() throws Exception {
        AgendaRow original = row("Bilateral: Slovenia – Ukraine");
        fx(() -> model.select(original));
        fx(model::duplicate);
        waitUntil(() -> stored("Bilateral: Slovenia – Ukraine (copy)") != null);
        AgendaItem copy = stored("Bilateral: Slovenia – Ukraine (copy)");
        assertNull(copy.key());
        assertEquals(original.item().time(), copy.time());
        assertEquals(original.item().roomId(), copy.roomId());
        assertEquals(original.item().attendeeIds(), copy.attendeeIds());
        assertEquals(original.item().nations(), copy.nations());
        assertTrue(copy.id() != original.id());
        waitUntil(() -> model.selectedProperty().get() != null && model.selectedProperty().get().id() == copy.id());
        assertEquals("Bilateral: Slovenia – Ukraine (copy)", form.titleProperty().get());

        fx(history::undo);
        waitUntil(() -> stored("Bilateral: Slovenia – Ukraine (copy)") == null);
        assertNotNull(stored("Bilateral: Slovenia – Ukraine"));
    }

    @Test
    void movingAnItemByEditingItsTimesIsOneUndoableEdit() throws Exception {
        fx(() -> model.select(row("Press statement")));
        fx(() -> {
            form.startProperty().set("19:00");
            form.endProperty().set("19:30");
            model.save();
        });
        waitUntil(() -> stored("Press statement").time().start().equals(summit.toInstant(DAY.atTime(19, 0))));
        waitUntil(() -> "19:00–19:30".equals(model.formats().time(row("Press statement").start(),
                row("Press statement").end())));
        fx(history::undo);
        waitUntil(() -> stored("Press statement").time().start().equals(summit.toInstant(DAY.atTime(18, 15))));
        waitUntil(() -> "18:15".equals(form.startProperty().get()));
    }

    @Test
    void aMoveFromTheTimelineSavesThroughTheFormAndChoosesTheItem() throws Exception {
        AgendaRow press = row("Press statement");
        long salonMurat = room("Salon Murat").id();
        fx(() -> model.move(press.id(), salonMurat, DAY.atTime(18, 30), DAY.atTime(19, 0)));
        waitUntil(() -> salonMurat == stored("Press statement").roomId());
        assertEquals(summit.toInstant(LocalDateTime.of(DAY, java.time.LocalTime.of(18, 30))),
                stored("Press statement").time().start());
        assertEquals(press.id(), model.selectedProperty().get().id());
        assertEquals(press.item().attendeeIds(), stored("Press statement").attendeeIds(), "participants kept");
    }

    @Test
    void aMovedItemTakesItsPlaceInTheDaysOrderAtOnceAndTheReloadAfterItReplacesNoLine() throws Exception {
        AgendaRow press = row("Press statement");
        int[] allReplaced = {0};
        fx(() -> model.allRows().addListener((ListChangeListener<AgendaRow>) c -> {
            while (c.next()) {
                if (c.getAddedSize() == model.allRows().size()) {
                    allReplaced[0]++;
                }
            }
        }));
        // from the evening to before the day's first item
        fx(() -> model.move(press.id(), press.item().roomId(), DAY.atTime(7, 0), DAY.atTime(7, 30)));
        waitUntil(() -> "07:00".equals(form.startProperty().get()) && !model.loadingProperty().get()
                && summit.toInstant(DAY.atTime(7, 0)).equals(row("Press statement").item().time().start()));
        assertEquals(services.agenda().items(summit.id()).stream().map(AgendaItem::id).toList(),
                fx(() -> model.allRows().stream().map(AgendaRow::id).toList()), "the lines in the order they are read");
        // every line replaced made the timeline lay its day out a second time, and the list sort it again
        assertEquals(0, allReplaced[0]);
    }

    @Test
    void theTimelineGetsEveryItemInLocalTimeAndTheRoomsAsColumns() throws Exception {
        fx(() -> model.filterProperty().set("bilateral"));
        List<TimelineItem> blocks = model.timelineItems();
        assertEquals(17, blocks.size(), "the list's filter does not thin out the day plan");
        TimelineItem press = blocks.stream().filter(b -> b.title().equals("Press statement")).findFirst().orElseThrow();
        assertEquals(DAY.atTime(18, 15), press.start(), "local time in the summit's zone");
        assertEquals("PRESS", press.kind());
        assertEquals(room("Salle de presse").id(), press.roomId());
        assertFalse(press.closed());
        assertEquals(12, model.timelineRooms().size());
        assertEquals(new TimelineRoom(room("Salon doré").id(), "Salon doré", 6), model.timelineRooms().stream()
                .filter(r -> r.name().equals("Salon doré")).findFirst().orElseThrow());
        assertEquals(List.of(DAY), model.summitDays().stream().map(Choice::value).toList());
    }

    @Test
    void aDragToNoRoomSavesTheItemWithoutARoomAndUndoPutsItBack() throws Exception {
        AgendaRow press = row("Press statement");
        fx(() -> model.move(new MoveRequest(press.id(), 0, DAY.atTime(19, 0), DAY.atTime(19, 30))));
        waitUntil(() -> stored("Press statement").roomId() == null);
        assertEquals(summit.toInstant(DAY.atTime(19, 0)), stored("Press statement").time().start());
        waitUntil(() -> model.timelineItems().stream().anyMatch(b -> b.id() == press.id() && b.roomId() == 0));
        fx(history::undo);
        waitUntil(() -> press.item().roomId().equals(stored("Press statement").roomId()));
        assertEquals(press.item().time(), stored("Press statement").time());
    }

    @Test
    void filtersByTextDayAndKind() throws Exception {
        fx(() -> model.filterProperty().set("bilateral"));
        assertEquals(6, model.rows().size());
        fx(() -> model.filterProperty().set("salon murat"));
        assertEquals(2, model.rows().size());
        fx(() -> {
            model.filterProperty().set("");
            model.kindFilterProperty().set(model.kindChoices().stream()
                    .filter(c -> c.value() == AgendaKind.PLENARY).findFirst().orElseThrow());
        });
        assertEquals(2, model.rows().size());
        assertEquals(2, model.dayChoices().size(), "all days and the one summit day");
        fx(() -> model.dayFilterProperty().set(model.dayChoices().get(1)));
        assertEquals(2, model.rows().size());
    }

    @Test
    void aKeyOfAnotherItemIsAnErrorButItsOwnKeyIsNot() throws Exception {
        fx(() -> model.select(row("Press statement")));
        assertNull(form.keyError().get());
        fx(() -> form.keyProperty().set("closing"));
        assertEquals("Another agenda item already has this key", form.keyError().get());
        assertFalse(form.validProperty().get());
    }

    @Test
    void aStaleSaveRaisesAConflictAndOverwriteKeepsMine() throws Exception {
        fx(() -> model.select(row("Press statement")));
        AgendaItem theirs = stored("Press statement");
        services.agenda().update(new AgendaItem(theirs.id(), theirs.key(), "Press statement (theirs)", theirs.kind(),
                theirs.time(), theirs.roomId(), theirs.closed(), theirs.description(), List.of(), List.of("FR"),
                theirs.version()));
        fx(() -> {
            form.endProperty().set("19:00");
            model.save();
        });
        waitUntil(() -> model.edits().conflictProperty().get() != null);
        assertFalse(model.edits().conflictProperty().get().deleted());
        fx(() -> model.edits().resolve(StaleChoice.OVERWRITE));
        waitUntil(() -> stored("Press statement") != null);
        AgendaItem mine = stored("Press statement");
        assertEquals(summit.toInstant(DAY.atTime(19, 0)), mine.time().end());
        assertEquals(theirs.attendeeIds(), mine.attendeeIds(), "my participants, not theirs");
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void deleteAsksFirstAndCancelKeepsTheItem() throws Exception {
        fx(() -> model.select(row("Press statement")));
        fx(model::requestDelete);
        assertNotNull(model.edits().pendingDeleteProperty().get());
        fx(() -> model.edits().confirmDelete(false));
        assertNotNull(stored("Press statement"));
        fx(model::requestDelete);
        fx(() -> model.edits().confirmDelete(true));
        waitUntil(() -> stored("Press statement") == null);
        waitUntil(() -> model.rows().size() == 16);
        assertNull(model.selectedProperty().get());
    }
}
