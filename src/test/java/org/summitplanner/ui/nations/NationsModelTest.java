package org.summitplanner.ui.nations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.NationStanding;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.service.NationService;
import org.summitplanner.service.Services;
import org.summitplanner.ui.ModelTestSupport;
import org.summitplanner.ui.common.Dialogs.StaleChoice;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.ScreenContext;

/** The nations presentation model without a window: filters, counts, validation, bulk changes, removal, undo. */
class NationsModelTest extends ModelTestSupport {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 8);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private NationsModel model;
    private NationFormModel form;
    private NationService nations;

    @BeforeEach
    void createModel() throws Exception {
        Services fixed = Services.of(database, Clock.fixed(TODAY.atTime(10, 0).atZone(PARIS).toInstant(), PARIS));
        nations = fixed.nations();
        ScreenContext dated = new ScreenContext(fixed, context.background(), history, context.changes(),
                context.settings(), context.messages(), context.summit(), context.nations());
        ResourceBundle messages = Messages.forScreen("nations", context.messages());
        fx(() -> {
            model = new NationsModel(dated, messages);
            model.reload();
        });
        form = model.form();
        waitUntil(() -> model.rows().size() == 252);
    }

    private NationStanding row(String code) {
        return model.rows().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    private NationStanding stored(String code) {
        return nations.current(summit.id(), List.of(code)).get(0);
    }

    private List<String> shownCodes() {
        return model.rows().stream().map(NationStanding::code).toList();
    }

    private void select(String... codes) throws Exception {
        assertTrue(fx(() -> model.select(Arrays.stream(codes).map(this::row).toList())));
    }

    @Test
    void theFilterFindsFrenchNamesAliasesAndIgnoresAccentsAndCase() throws Exception {
        fx(() -> model.filterProperty().set("Allemagne"));
        assertEquals(List.of("DE"), shownCodes());
        fx(() -> model.filterProperty().set("USA"));
        assertEquals(List.of("US"), shownCodes(), "alias (and alpha-3) of the United States");
        fx(() -> model.filterProperty().set("etats-unis"));
        assertTrue(shownCodes().contains("US"), shownCodes().toString());
        assertTrue(model.rows().stream().allMatch(s -> s.nation().nameFr().contains("États-Unis")));
        fx(() -> model.filterProperty().set("COTE D'IVOIRE"));
        assertEquals(List.of("CI"), shownCodes());
        fx(() -> model.filterProperty().set("  "));
        assertEquals(252, model.rows().size());
    }

    @Test
    void theStatusFilterAndTheTextFilterCombine() throws Exception {
        fx(() -> model.statusFilterProperty().set(StatusFilter.TAKING_PART));
        assertEquals(34, model.rows().size());
        fx(() -> model.statusFilterProperty().set(StatusFilter.INVITED));
        assertEquals(List.of("BG", "CY", "LU"), shownCodes().stream().sorted().toList());
        fx(() -> model.filterProperty().set("chypre"));
        assertEquals(List.of("CY"), shownCodes());
        fx(() -> model.statusFilterProperty().set(StatusFilter.NOT_INVITED));
        assertTrue(model.rows().isEmpty());
    }

    @Test
    void aNationFilteredOutLeavesTheSelectionAndTheForm() throws Exception {
        select("AF", "BG");
        fx(() -> model.statusFilterProperty().set(StatusFilter.INVITED));
        assertEquals(List.of("BG"), model.selection().stream().map(NationStanding::code).toList());
        assertEquals("Bulgaria  (BG)", form.titleProperty().get(), "the one nation still selected");
        fx(() -> model.statusFilterProperty().set(StatusFilter.CONFIRMED));
        assertTrue(model.selection().isEmpty());
        assertEquals("Choose a nation", form.titleProperty().get());
    }

    @Test
    void theCountsAreThoseOfTheDemo() {
        assertEquals("34 taking part", model.countProperty(StatusFilter.TAKING_PART).get());
        assertEquals("30 confirmed", model.countProperty(StatusFilter.CONFIRMED).get());
        assertEquals("3 invited", model.countProperty(StatusFilter.INVITED).get());
        assertEquals("1 observer", model.countProperty(StatusFilter.OBSERVER).get());
        assertEquals("1 declined", model.countProperty(StatusFilter.DECLINED).get());
        assertEquals("217 not invited", model.countProperty(StatusFilter.NOT_INVITED).get());
    }

    @Test
    void changingTheStatusFillsTodayAndTheFormSaysWhatIsWrong() throws Exception {
        select("BR");
        assertEquals("Brazil  (BR)", form.titleProperty().get());
        assertNull(form.invitedError().get());
        fx(() -> form.statusProperty().set(ParticipationStatus.INVITED));
        assertEquals(TODAY, form.invitedOnProperty().get());
        assertTrue(form.validProperty().get());

        fx(() -> form.invitedOnProperty().set(null));
        assertEquals("Required once the nation is invited", form.invitedError().get());
        assertFalse(form.validProperty().get());

        fx(() -> {
            form.invitedOnProperty().set(LocalDate.of(2025, 3, 4));
            form.statusProperty().set(ParticipationStatus.CONFIRMED);
        });
        assertEquals(LocalDate.of(2025, 3, 4), form.invitedOnProperty().get(), "an invitation date is kept");
        assertEquals(TODAY, form.respondedOnProperty().get());
        fx(() -> form.respondedOnProperty().set(LocalDate.of(2025, 3, 1)));
        assertEquals("Before the invitation date", form.respondedError().get());
        fx(() -> form.respondedOnProperty().set(null));
        assertEquals("Required for a reply (confirmed, declined, observer)", form.respondedError().get());

        fx(() -> {
            form.statusProperty().set(ParticipationStatus.INVITED);
            form.respondedOnProperty().set(TODAY);
        });
        assertTrue(form.respondedError().get().startsWith("Invited means no reply yet"));
        fx(() -> form.invitedUnreadableProperty().set(true));
        assertEquals("Not a date: write it as 2025-03-08", form.invitedError().get());

        fx(form::save);
        Thread.sleep(200);
        assertNull(stored("BR").participation(), "an invalid form is never saved");
        fx(form::revert);
        assertEquals(ParticipationStatus.NOT_INVITED, form.statusProperty().get());
        assertNull(form.invitedOnProperty().get());
        assertFalse(form.dirtyProperty().get());
    }

    @Test
    void aNotInvitedNationHasNoDates() throws Exception {
        select("US");
        fx(() -> form.invitedOnProperty().set(TODAY));
        assertTrue(form.invitedError().get().startsWith("A nation that is not invited has no dates"));
    }

    @Test
    void savingTheFormStoresItAndUndoPutsItBack() throws Exception {
        select("CY");
        fx(() -> {
            form.statusProperty().set(ParticipationStatus.CONFIRMED);
            form.notesProperty().set("Confirmed by phone.");
            form.save();
        });
        waitUntil(() -> stored("CY").status() == ParticipationStatus.CONFIRMED);
        assertEquals(TODAY, stored("CY").respondedOn());
        assertEquals("Confirmed by phone.", stored("CY").notes());
        waitUntil(() -> "31 confirmed".equals(model.countProperty(StatusFilter.CONFIRMED).get()));

        fx(history::undo);
        waitUntil(() -> stored("CY").status() == ParticipationStatus.INVITED);
        assertNull(stored("CY").respondedOn());
        waitUntil(() -> ParticipationStatus.INVITED == form.statusProperty().get());
    }

    @Test
    void settingTheStatusOfSeveralNationsIsOneStepWithTodaysDates() throws Exception {
        select("BR", "MX", "CY", "DE");
        assertEquals(4, model.selectedCountProperty().get());
        assertEquals("4 nations selected", form.titleProperty().get());
        fx(() -> model.setStatusOfSelection(ParticipationStatus.CONFIRMED));
        waitUntil(() -> stored("BR").status() == ParticipationStatus.CONFIRMED);

        for (String code : List.of("BR", "MX")) {
            assertEquals(TODAY, stored(code).invitedOn(), code);
            assertEquals(TODAY, stored(code).respondedOn(), code);
        }
        assertEquals(LocalDate.of(2025, 3, 5), stored("CY").invitedOn());
        assertEquals(TODAY, stored("CY").respondedOn());
        assertEquals(LocalDate.of(2025, 3, 6), stored("DE").respondedOn(), "Germany had confirmed already");
        assertEquals("33 confirmed", model.countProperty(StatusFilter.CONFIRMED).get());
        assertEquals("36 taking part", model.countProperty(StatusFilter.TAKING_PART).get());
        assertEquals("3 nations set to “Confirmed” (Ctrl+Z to undo)", model.noticeProperty().get());
        waitUntil(() -> model.selection().size() == 4);

        fx(history::undo);
        waitUntil(() -> stored("BR").participation() == null);
        assertNull(stored("MX").participation());
        assertEquals(ParticipationStatus.INVITED, stored("CY").status());
        assertNull(stored("CY").respondedOn());
        waitUntil(() -> "30 confirmed".equals(model.countProperty(StatusFilter.CONFIRMED).get()));
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void aBulkChangeOverARowChangedElsewhereAsksAndReloadWritesNothing() throws Exception {
        select("BR", "GB");
        NationStanding gb = stored("GB");
        Participation p = gb.participation();
        nations.save(summit.id(), gb, new Participation(0, "GB", p.status(), p.invitedOn(), p.respondedOn(),
                "Changed elsewhere", 0));

        fx(() -> model.setStatusOfSelection(ParticipationStatus.DECLINED));
        waitUntil(() -> model.conflictProperty().get() != null);
        assertEquals("the participation of “United Kingdom”", model.conflictProperty().get().what());
        fx(() -> model.resolve(StaleChoice.RELOAD));
        assertNull(stored("BR").participation());
        assertEquals(ParticipationStatus.CONFIRMED, stored("GB").status());
        waitUntil(() -> "Changed elsewhere".equals(row("GB").notes()));

        select("BR", "GB");
        fx(() -> model.setStatusOfSelection(ParticipationStatus.DECLINED));
        waitUntil(() -> stored("GB").status() == ParticipationStatus.DECLINED);
        assertEquals(ParticipationStatus.DECLINED, stored("BR").status());
    }

    @Test
    void aStaleSaveRaisesAConflictAndOverwriteKeepsMine() throws Exception {
        select("LU");
        NationStanding theirs = stored("LU");
        Participation p = theirs.participation();
        nations.save(summit.id(), theirs, new Participation(0, "LU", ParticipationStatus.DECLINED, p.invitedOn(),
                TODAY, p.notes(), 0));
        fx(() -> {
            form.statusProperty().set(ParticipationStatus.CONFIRMED);
            form.save();
        });
        waitUntil(() -> model.conflictProperty().get() != null);
        assertFalse(model.conflictProperty().get().deleted());
        fx(() -> model.resolve(StaleChoice.OVERWRITE));
        waitUntil(() -> stored("LU").status() == ParticipationStatus.CONFIRMED);
        waitUntil(() -> !form.dirtyProperty().get());
        assertEquals(ParticipationStatus.CONFIRMED, form.statusProperty().get());
    }

    @Test
    void leavingANationWithAnInvalidEditKeepsTheForm() throws Exception {
        select("BG");
        fx(() -> form.invitedOnProperty().set(null));
        assertFalse(fx(() -> model.select(List.of(row("BE")))));
        assertEquals("BG", form.standingProperty().get().code());
        assertTrue(model.noticeProperty().get().startsWith("Fix the marked fields"));
    }

    @Test
    void removingAParticipationListsTheDelegationAndUndoPutsItBack() throws Exception {
        select("US");
        fx(model::requestRemove);
        waitUntil(() -> model.pendingRemoveProperty().get() != null);
        var pending = model.pendingRemoveProperty().get();
        assertEquals("the participation of “United States”", pending.what());
        assertEquals(List.of("Delegation: Lt. Col. Russell Hargreave"), pending.uses());
        fx(() -> model.confirmRemove(true));
        waitUntil(() -> stored("US").participation() == null);
        assertEquals(1, stored("US").delegationSize(), "the liaison officer stays");

        fx(history::undo);
        waitUntil(() -> stored("US").participation() != null);
        assertNotNull(stored("US").notes());
        assertTrue(stored("US").notes().startsWith("Deliberately not invited"));
    }

    @Test
    void aNationWithoutARowHasNothingToRemove() throws Exception {
        select("BR");
        fx(model::requestRemove);
        assertNull(model.pendingRemoveProperty().get());
        assertTrue(model.noticeProperty().get().contains("nothing to remove"));
    }
}
