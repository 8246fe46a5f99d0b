package org.summitplanner.ui.delegations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Role;
import org.summitplanner.store.SummitStore;
import org.summitplanner.ui.ModelTestSupport;
import org.summitplanner.ui.common.Dialogs.StaleChoice;
import org.summitplanner.ui.common.Messages;

/** The delegations presentation model without a window: validation, the head question, undo. */
class DelegationsModelTest extends ModelTestSupport {

    private DelegationsModel model;
    private AttendeeFormModel form;
    private AttendeeFields fields;

    @BeforeEach
    void createModel() throws Exception {
        ResourceBundle messages = Messages.forScreen("delegations", context.messages());
        fx(() -> {
            model = new DelegationsModel(context, messages);
            form = model.form();
            fields = form.fields();
            model.reload();
        });
        waitUntil(() -> model.attendees().size() == 113);
    }

    private AttendeeRow row(String key) {
        return model.attendees().stream().filter(r -> key.equals(r.attendee().key())).findFirst().orElseThrow();
    }

    private DelegationRow delegation(String code) {
        return model.delegations().stream().filter(d -> d.nation().equals(code)).findFirst().orElseThrow();
    }

    private Attendee stored(String key) {
        return services.attendees().attendees(summit.id()).stream().filter(a -> key.equals(a.key())).findFirst()
                .orElse(null);
    }

    private List<String> storedHeads(String nation) {
        return services.attendees().attendees(summit.id()).stream()
                .filter(a -> a.nation().equals(nation) && a.headOfDelegation()).map(Attendee::key).toList();
    }

    private void newInSlovenia() {
        fx(() -> {
            model.choose(delegation("SI"));
            model.newAttendee();
        });
    }

    @Test
    void aNewAttendeeJoinsTheChosenDelegationAndNeedsAName() throws Exception {
        newInSlovenia();
        assertEquals("SI", fields.nationProperty().get());
        assertEquals(Role.OFFICIAL, fields.roleProperty().get());
        assertEquals("A given name or a family name is required", form.validation().nameError().get());
        assertFalse(form.validation().validProperty().get());

        fx(() -> fields.familyNameProperty().set("Novak"));
        assertNull(form.validation().nameError().get(), "a family name alone is enough");
        assertTrue(form.validation().validProperty().get());
        fx(() -> fields.nationProperty().set(null));
        assertEquals("Required", form.validation().nationError().get());
    }

    @Test
    void anEmailMustLookLikeOneAndBeFreeInAnyCase() throws Exception {
        newInSlovenia();
        fx(() -> {
            fields.familyNameProperty().set("Novak");
            fields.emailProperty().set("ana.novak@example");
        });
        assertEquals("Not an email address (name@example.org)", form.validation().emailError().get());
        assertFalse(form.validation().validProperty().get());
        assertFalse(fx(form::save), "an invalid form is not saved");

        fx(() -> fields.emailProperty().set("Robert.Glavas@EXAMPLE.si"));
        assertEquals("Already the email of Lt. Gen. Robert Glavaš", form.validation().emailError().get());

        fx(() -> fields.emailProperty().set("ana.novak@example.si"));
        assertNull(form.validation().emailError().get());
        assertTrue(form.validation().validProperty().get());
    }

    @Test
    void anAttendeesOwnEmailInAnotherCaseIsNoError() throws Exception {
        fx(() -> model.select(row("si-1")));
        fx(() -> fields.emailProperty().set("ROBERT.GLAVAS@example.si"));
        assertNull(form.validation().emailError().get());
    }

    @Test
    void theDepartureMayNotBeBeforeTheArrival() throws Exception {
        fx(() -> model.select(row("si-2")));
        fx(() -> {
            fields.departureDateProperty().set(LocalDate.of(2025, 3, 11));
            fields.departureTimeProperty().set("07:00");
        });
        assertEquals("The departure is before the arrival", form.validation().departureDateError().get());
        assertFalse(form.validation().validProperty().get());
        fx(() -> fields.departureTimeProperty().set("7h35"));
        assertNull(form.validation().departureDateError().get(), "leaving the minute one arrives is allowed");
    }

    @Test
    void datesMoreThanAWeekFromTheSummitAreRefusedAndSaySo() throws Exception {
        fx(() -> model.select(row("si-2")));
        fx(() -> fields.arrivalDateProperty().set(LocalDate.of(2025, 3, 3)));
        assertEquals("More than 7 days before the summit’s first day (11 Mar 2025)", form.validation().arrivalDateError().get());
        fx(() -> {
            fields.arrivalDateProperty().set(LocalDate.of(2025, 3, 4));
            fields.arrivalTimeProperty().set("00:00");
        });
        assertNull(form.validation().arrivalDateError().get());

        fx(() -> fields.departureDateProperty().set(LocalDate.of(2025, 3, 19)));
        assertEquals("More than 7 days after the summit’s last day (11 Mar 2025)", form.validation().departureDateError().get());
        fx(() -> {
            fields.departureDateProperty().set(LocalDate.of(2025, 3, 18));
            fields.departureTimeProperty().set("23:59");
        });
        assertNull(form.validation().departureDateError().get());
        assertTrue(form.validation().validProperty().get());

        fx(() -> fields.arrivalTimeProperty().set("25:00"));
        assertEquals("A time such as 09:30", form.validation().arrivalTimeError().get());
        fx(() -> fields.arrivalTimeProperty().set(""));
        assertEquals("A time is needed with the date", form.validation().arrivalTimeError().get());
    }

    @Test
    void makingSomeoneHeadAsksFirstAndMovesTheMarkOnlyWhenTold() throws Exception {
        fx(() -> model.select(row("si-2")));
        assertEquals("The head of this delegation is Lt. Gen. Robert Glavaš.", form.validation().headHint().get());
        fx(() -> fields.headProperty().set(true));
        fx(form::save);
        AttendeeFormModel.HeadQuestion question = form.headQuestionProperty().get();
        assertNotNull(question, "the user is asked before the mark moves");
        assertEquals("si-1", question.former().key());

        fx(() -> form.answerHeadQuestion(false));
        assertEquals(List.of("si-1"), storedHeads("SI"));
        assertTrue(form.dirtyProperty().get(), "the form keeps the user's choice");
        assertTrue(form.noticeProperty().get().contains("stays head of delegation"));

        fx(form::save);
        fx(() -> form.answerHeadQuestion(true));
        waitUntil(() -> storedHeads("SI").equals(List.of("si-2")));
        waitUntil(() -> "Brig. Gen. Matej Kovačič-Zorn".equals(delegation("SI").head().displayName()));
        assertFalse(form.dirtyProperty().get());

        fx(history::undo);
        waitUntil(() -> storedHeads("SI").equals(List.of("si-1")));
        fx(history::redo);
        waitUntil(() -> storedHeads("SI").equals(List.of("si-2")));
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void aNewHeadOfADelegationWithoutOneIsNotAsked() throws Exception {
        fx(() -> {
            model.choose(delegation("HU"));
            model.newAttendee();
            fields.givenNameProperty().set("Kristóf");
            fields.familyNameProperty().set("Szalay");
            fields.headProperty().set(true);
        });
        assertTrue(fx(form::save));
        assertNull(form.headQuestionProperty().get());
        waitUntil(() -> storedHeads("HU").size() == 1);
        waitUntil(() -> delegation("HU").head() != null && delegation("HU").size() == 1);
    }

    @Test
    void aNameTypedWithCombiningAccentsIsStoredComposed() throws Exception {
        // some keyboards and pasted text give "e" followed by combining marks: stored so, it printed shifted
        java.util.function.UnaryOperator<String> nfd = t -> java.text.Normalizer.normalize(t,
                java.text.Normalizer.Form.NFD);
        newInSlovenia();
        fx(() -> {
            fields.givenNameProperty().set(nfd.apply("Ánh"));
            fields.familyNameProperty().set(nfd.apply("Nguyễn Thị"));
            fields.positionProperty().set(nfd.apply("Cố vấn"));
            form.save();
        });
        waitUntil(() -> services.attendees().attendees(summit.id()).size() == 114);
        long id = services.attendees().attendees(summit.id()).stream().filter(a -> a.familyName().startsWith("Ngu"))
                .findFirst().orElseThrow().id();
        // as written in the database, not only as read back through the model
        assertEquals("Nguyễn Thị", database.dsl().fetchValue("select family_name from attendee where id = ?", id));
        assertEquals("Ánh", database.dsl().fetchValue("select given_name from attendee where id = ?", id));
        assertEquals("Cố vấn", database.dsl().fetchValue("select position from attendee where id = ?", id));
    }

    @Test
    void addingANewHeadMovesTheMarkAndOneUndoTakesBothBack() throws Exception {
        newInSlovenia();
        fx(() -> {
            fields.givenNameProperty().set("Ana");
            fields.familyNameProperty().set("Novak");
            fields.roleProperty().set(Role.MINISTER);
            fields.headProperty().set(true);
            form.save();
        });
        assertNotNull(form.headQuestionProperty().get());
        fx(() -> form.answerHeadQuestion(true));
        waitUntil(() -> stored("si-1") != null && storedHeads("SI").size() == 1 && !storedHeads("SI").contains("si-1"));
        Attendee ana = services.attendees().attendees(summit.id()).stream().filter(Attendee::headOfDelegation)
                .filter(a -> a.nation().equals("SI")).findFirst().orElseThrow();
        assertEquals("Novak", ana.familyName());

        fx(history::undo);
        waitUntil(() -> storedHeads("SI").equals(List.of("si-1")));
        assertEquals(4, services.attendees().attendees(summit.id()).stream().filter(a -> a.nation().equals("SI")).count());
        fx(history::redo);
        waitUntil(() -> storedHeads("SI").size() == 1 && !storedHeads("SI").contains("si-1"));
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void twoEditsOfOnePersonUndoInTurn() throws Exception {
        fx(() -> model.select(row("fr-4")));
        String position = stored("fr-4").position();
        fx(() -> {
            fields.positionProperty().set("First");
            form.save();
        });
        waitUntil(() -> "First".equals(stored("fr-4").position()) && !form.dirtyProperty().get()
                && form.shownProperty().get().version() == stored("fr-4").version());
        fx(() -> {
            fields.positionProperty().set("Second");
            form.save();
        });
        waitUntil(() -> "Second".equals(stored("fr-4").position()));

        fx(history::undo);
        waitUntil(() -> "First".equals(stored("fr-4").position()));
        fx(history::undo);
        waitUntil(() -> position.equals(stored("fr-4").position()));
        assertTrue(failures.isEmpty(), "the second undo is not refused as stale: " + failures);
    }

    @Test
    void deleteAsksWithTheAgendaItemsAndUndoPutsThePersonBackOnThem() throws Exception {
        long id = row("si-1").id();
        fx(() -> model.select(row("si-1")));
        fx(model::requestDelete);
        waitUntil(() -> model.pendingDeleteProperty().get() != null);
        assertEquals(5, model.pendingDeleteProperty().get().references().size());
        fx(() -> model.confirmDelete(true));
        waitUntil(() -> stored("si-1") == null);
        waitUntil(() -> delegation("SI").head() == null);

        fx(history::undo);
        waitUntil(() -> stored("si-1") != null);
        assertEquals(id, stored("si-1").id());
        assertEquals(5, agendaNaming(id).size());
        waitUntil(() -> delegation("SI").head() != null);
    }

    @Test
    void aStaleSaveRaisesAConflictAndReloadShowsTheirs() throws Exception {
        fx(() -> model.select(row("fr-4")));
        Attendee theirs = stored("fr-4");
        services.attendees().update(new Attendee(theirs.id(), theirs.key(), theirs.nation(), theirs.givenName(),
                theirs.familyName(), theirs.honorific(), "Changed elsewhere", theirs.role(), false, theirs.email(),
                theirs.phone(), theirs.languages(), theirs.arrivesAt(), theirs.departsAt(), theirs.notes(),
                theirs.version()));
        fx(() -> {
            fields.phoneProperty().set("+33 1 99 99 99 99");
            form.save();
        });
        waitUntil(() -> form.conflictProperty().get() != null);
        assertFalse(form.conflictProperty().get().deleted());
        fx(() -> form.resolve(StaleChoice.RELOAD));
        waitUntil(() -> "Changed elsewhere".equals(fields.positionProperty().get()));
        assertEquals(theirs.phone(), stored("fr-4").phone());
    }

    @Test
    void revertThrowsAwayTypingAndANewFormIsLeft() throws Exception {
        fx(() -> model.select(row("fr-2")));
        fx(() -> fields.familyNameProperty().set("Typo"));
        assertTrue(form.dirtyProperty().get());
        fx(form::revert);
        assertEquals("Marchetti", fields.familyNameProperty().get());
        assertFalse(form.dirtyProperty().get());

        newInSlovenia();
        fx(() -> fields.familyNameProperty().set("Novak"));
        fx(form::revert);
        assertFalse(form.editingNewProperty().get());
        assertEquals("", fields.familyNameProperty().get());
        assertFalse(form.validation().validProperty().get(), "nothing to save");
    }

    @Test
    void theFiltersOfAllAttendeesCombine() throws Exception {
        fx(() -> model.nationFilterProperty().set("SI"));
        assertEquals(4, model.attendees().size());
        fx(() -> model.roleFilterProperty().set(Role.MILITARY));
        assertEquals(2, model.attendees().size());
        fx(() -> model.nameFilterProperty().set("GLAVAS"));
        assertEquals(List.of("si-1"), model.attendees().stream().map(r -> r.attendee().key()).toList());
        fx(() -> {
            model.nationFilterProperty().set(null);
            model.roleFilterProperty().set(null);
            model.nameFilterProperty().set("");
            model.emailFilterProperty().set("@EXAMPLE.SI");
        });
        assertEquals(4, model.attendees().size());
    }

    @Test
    void delegationsShowStatusSizeAndHeadAndOnlyADelegationWithPeopleLacksAHead() throws Exception {
        assertEquals(36, model.delegations().size());
        DelegationRow hungary = delegation("HU");
        assertEquals(0, hungary.size());
        assertNull(hungary.head());
        assertEquals("Lt. Col. Russell Hargreave", delegation("US").head().displayName());
        assertTrue(model.summaryProperty().get().endsWith("every delegation with attendees has a head"),
                "Hungary declined and sends nobody: it lacks no head (as the checks say): "
                        + model.summaryProperty().get());
        fx(() -> model.delegationFilterProperty().set("slovénie"));
        assertEquals(List.of("SI"), model.delegations().stream().map(DelegationRow::nation).toList(),
                "French names match too, accents or not");
    }

    private List<Long> agendaNaming(long attendeeId) {
        return new SummitStore(database).read(summit.id()).agenda().stream()
                .filter(i -> i.attendeeIds().contains(attendeeId)).map(AgendaItem::id).toList();
    }
}
