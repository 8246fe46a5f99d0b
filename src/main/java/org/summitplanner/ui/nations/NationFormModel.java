package org.summitplanner.ui.nations;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.summitplanner.model.NationStanding;
import org.summitplanner.model.Participation;
import org.summitplanner.model.ParticipationChange;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.service.NationService;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.ui.common.Dialogs.StaleChoice;
import org.summitplanner.ui.common.ScreenContext;

/**
 * The form of the chosen nation: status, invitation and reply dates, notes. Validation lives here.
 * Changing the status fills in dates the way a bulk change does (today's invitation, today's reply),
 * so that the usual case is one choice and Enter.
 */
public final class NationFormModel {

    /** What the form needs from the list it belongs to. */
    interface Host {
        /** A save was stored: record it for undo, show it in the list, tell the other screens. */
        void written(String description, List<ParticipationChange> changes);

        /** A save was refused because the row moved on: ask the user, then call {@code resolve}. */
        void conflict(String what, boolean deleted, Consumer<StaleChoice> resolve);

        void notice(String text);

        void failed(Throwable error);
    }

    static final int NOTES_MAX = 2000;

    private final ScreenContext context;
    private final NationService service;
    private final NationTexts texts;
    private final Host host;

    private final ReadOnlyObjectWrapper<NationStanding> standing = new ReadOnlyObjectWrapper<>(this, "standing");
    private final ObjectProperty<ParticipationStatus> status = new SimpleObjectProperty<>(this, "status",
            ParticipationStatus.NOT_INVITED);
    private final ObjectProperty<LocalDate> invitedOn = new SimpleObjectProperty<>(this, "invitedOn");
    private final ObjectProperty<LocalDate> respondedOn = new SimpleObjectProperty<>(this, "respondedOn");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final BooleanProperty invitedUnreadable = new SimpleBooleanProperty(this, "invitedUnreadable");
    private final BooleanProperty respondedUnreadable = new SimpleBooleanProperty(this, "respondedUnreadable");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title;
    private final ReadOnlyStringWrapper delegation;

    private final StringBinding invitedError;
    private final StringBinding respondedError;
    private final StringBinding notesError;
    private final StringBinding problem;
    private final BooleanBinding valid;
    private boolean loading;

    NationFormModel(ScreenContext context, NationTexts texts, Host host) {
        this.context = context;
        this.service = context.services().nations();
        this.texts = texts;
        this.host = host;
        this.title = new ReadOnlyStringWrapper(this, "title", texts.text("nations.chooseOne"));
        this.delegation = new ReadOnlyStringWrapper(this, "delegation", texts.text("nations.chooseHint"));
        invitedError = Bindings.createStringBinding(this::invitedProblem, status, invitedOn, invitedUnreadable);
        respondedError = Bindings.createStringBinding(this::respondedProblem, status, invitedOn, respondedOn,
                respondedUnreadable);
        notesError = Bindings.createStringBinding(() -> notes.get() != null && notes.get().length() > NOTES_MAX
                ? texts.text("nations.notesTooLong", NOTES_MAX) : null, notes);
        problem = Bindings.createStringBinding(() -> firstProblem(List.of(
                        new String[] {"nations.invitedOn", invitedError.get()},
                        new String[] {"nations.respondedOn", respondedError.get()},
                        new String[] {"nations.notes", notesError.get()})),
                invitedError, respondedError, notesError);
        valid = Bindings.createBooleanBinding(() -> standing.get() != null && invitedError.get() == null
                && respondedError.get() == null && notesError.get() == null,
                standing, invitedError, respondedError, notesError);
        for (ObservableValue<?> field : List.of(status, invitedOn, respondedOn, notes, invitedUnreadable,
                respondedUnreadable)) {
            field.addListener((obs, old, now) -> {
                if (!loading) {
                    dirty.set(true);
                    host.notice("");
                }
            });
        }
        status.addListener((obs, old, now) -> {
            if (!loading && old != null && now != null) {
                fillDatesFor(old, now);
            }
        });
        invitedOn.addListener((obs, old, now) -> invitedUnreadable.set(false));
        respondedOn.addListener((obs, old, now) -> respondedUnreadable.set(false));
    }

    private String invitedProblem() {
        if (invitedUnreadable.get()) {
            return texts.text("nations.notADate", texts.dateExample());
        }
        if (status.get() == ParticipationStatus.NOT_INVITED) {
            return invitedOn.get() == null ? null : texts.text("nations.notInvitedNoDates");
        }
        return invitedOn.get() == null ? texts.text("nations.invitedRequired") : null;
    }

    private String respondedProblem() {
        if (respondedUnreadable.get()) {
            return texts.text("nations.notADate", texts.dateExample());
        }
        LocalDate responded = respondedOn.get();
        return switch (status.get() == null ? ParticipationStatus.NOT_INVITED : status.get()) {
            case NOT_INVITED -> responded == null ? null : texts.text("nations.notInvitedNoDates");
            case INVITED -> responded == null ? null : texts.text("nations.invitedNoReply");
            case CONFIRMED, DECLINED, OBSERVER -> responded == null ? texts.text("nations.respondedRequired")
                    : invitedOn.get() != null && responded.isBefore(invitedOn.get())
                    ? texts.text("nations.respondedBeforeInvited") : null;
        };
    }

    /** "Replied on: before the invitation date", so that the form says why it cannot be saved. */
    private String firstProblem(List<String[]> fieldErrors) {
        return fieldErrors.stream().filter(e -> e[1] != null).findFirst()
                .map(e -> texts.text("nations.problem", texts.text(e[0]), e[1])).orElse("");
    }

    /** The same dates a bulk change would give, from what the form holds now. */
    private void fillDatesFor(ParticipationStatus from, ParticipationStatus to) {
        NationStanding base = standing.get();
        if (base == null) {
            return;
        }
        Participation asTyped = new Participation(0, base.code(), from, invitedOn.get(), respondedOn.get(), null, 0);
        Participation moved = base.withParticipation(asTyped).movedTo(to, service.today());
        invitedOn.set(moved == null ? null : moved.invitedOn());
        respondedOn.set(moved == null ? null : moved.respondedOn());
    }

    /** Shows a nation in the form, throwing away what was typed. Null empties the form. */
    void show(NationStanding s) {
        standing.set(s);
        fill(s);
    }

    /** The list was read again: refresh the form unless it holds typing, whose base must stay for the stale check. */
    void reloaded(NationStanding s) {
        if (s == null || dirty.get()) {
            return;
        }
        standing.set(s);
        fill(s);
    }

    /** Shows an empty, disabled form that says how many nations are chosen. */
    void showSeveral(int count) {
        show(null);
        title.set(count == 0 ? texts.text("nations.chooseOne") : texts.text("nations.severalSelected", count));
        delegation.set(texts.text(count == 0 ? "nations.chooseHint" : "nations.severalHint"));
    }

    private void fill(NationStanding s) {
        loading = true;
        status.set(s == null ? ParticipationStatus.NOT_INVITED : s.status());
        invitedOn.set(s == null ? null : s.invitedOn());
        respondedOn.set(s == null ? null : s.respondedOn());
        notes.set(s == null || s.notes() == null ? "" : s.notes());
        invitedUnreadable.set(false);
        respondedUnreadable.set(false);
        loading = false;
        dirty.set(false);
        title.set(s == null ? texts.text("nations.chooseOne") : texts.name(s.nation()) + "  (" + s.code() + ")");
        delegation.set(s == null ? texts.text("nations.chooseHint") : texts.delegation(s));
    }

    public void revert() {
        fill(standing.get());
        host.notice("");
    }

    /** Whether the user may move to another nation: a valid edit is saved first, an invalid one holds the form. */
    boolean leave() {
        if (!dirty.get()) {
            return true;
        }
        if (!valid.get()) {
            host.notice(texts.text("nations.fixFirst"));
            return false;
        }
        save();
        return true;
    }

    /** What the form would store; null when the nation is to keep no row (never invited, no notes). */
    private Participation values(NationStanding base) {
        String text = notes.get() == null || notes.get().isBlank() ? null : notes.get().strip();
        if (base.participation() == null && status.get() == ParticipationStatus.NOT_INVITED && text == null) {
            return null;
        }
        return new Participation(0, base.code(), status.get(), invitedOn.get(), respondedOn.get(), text, 0);
    }

    /** Saves the form. Does nothing while a field is wrong or nothing was changed. */
    public void save() {
        NationStanding base = standing.get();
        if (base == null || !valid.get() || !dirty.get()) {
            return;
        }
        Participation values = values(base);
        long summitId = context.summitId();
        dirty.set(false);
        context.background().run(() -> service.save(summitId, base, values), written -> saved(base, written),
                error -> saveFailed(base, values, error));
    }

    private void saved(NationStanding base, List<ParticipationChange> written) {
        if (!written.isEmpty()) {
            host.written(texts.text("nations.edit.change", texts.name(base.nation())), written);
            NationStanding now = base.withParticipation(written.get(0).after());
            NationStanding shown = standing.get();
            if (shown != null && shown.code().equals(base.code())) {
                // the user may have typed on while it saved: only the base moves to the saved version
                standing.set(now);
                if (!dirty.get()) {
                    fill(now);
                }
            }
        }
        host.notice(texts.text("nations.saved", texts.name(base.nation())));
    }

    private void saveFailed(NationStanding base, Participation values, Throwable error) {
        if (standing.get() != null && standing.get().code().equals(base.code())) {
            dirty.set(true);
        }
        if (error instanceof StaleDataException stale) {
            host.conflict(texts.what(base), stale.deleted(), choice -> resolve(choice, base, values));
        } else {
            host.failed(error);
        }
    }

    private void resolve(StaleChoice choice, NationStanding base, Participation values) {
        long summitId = context.summitId();
        if (choice == StaleChoice.RELOAD) {
            context.background().run(() -> service.current(summitId, List.of(base.code())).get(0), theirs -> {
                if (standing.get() != null && standing.get().code().equals(base.code())) {
                    show(theirs);
                }
                context.changes().fire();
            }, host::failed);
        } else if (choice == StaleChoice.OVERWRITE) {
            if (standing.get() != null && standing.get().code().equals(base.code())) {
                dirty.set(false);
            }
            context.background().run(() -> service.saveOverwriting(summitId, base.code(), values),
                    written -> saved(base, written), error -> saveFailed(base, values, error));
        }
    }

    public ReadOnlyObjectProperty<NationStanding> standingProperty() {
        return standing.getReadOnlyProperty();
    }

    public ObjectProperty<ParticipationStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> invitedOnProperty() {
        return invitedOn;
    }

    public ObjectProperty<LocalDate> respondedOnProperty() {
        return respondedOn;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** Set by the view when the typed invitation date cannot be read. */
    public BooleanProperty invitedUnreadableProperty() {
        return invitedUnreadable;
    }

    public BooleanProperty respondedUnreadableProperty() {
        return respondedUnreadable;
    }

    public StringBinding invitedError() {
        return invitedError;
    }

    public StringBinding respondedError() {
        return respondedError;
    }

    public StringBinding notesError() {
        return notesError;
    }

    /** The first thing wrong in the form, named by its field; empty when it can be saved. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty delegationProperty() {
        return delegation.getReadOnlyProperty();
    }
}
