package org.summitplanner.ui.delegations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Role;
import org.summitplanner.model.Summit;
import org.summitplanner.store.DuplicateKeyException;
import org.summitplanner.store.StaleDataException;
import org.summitplanner.ui.common.Dialogs.StaleChoice;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.delegations.AttendeeEdits.Done;

/**
 * The attendee form: every field as a property, its validation, and saving. Questions for the user
 * (move the head mark, resolve a conflict) are raised as properties that the controller answers.
 */
public final class AttendeeFormModel {

    /** Saving would take the head mark from {@code former}: the user is asked first. */
    public record HeadQuestion(Attendee former, Attendee mine) {
    }

    /** A save refused because the attendee changed (or was deleted) elsewhere. */
    public record Conflict(Attendee mine, boolean deleted, boolean moveHead) {
    }

    /** One end of a stay as the form holds it: the instant, or what is wrong with the date or the time. */
    private record Stay(Instant at, String dateError, String timeError) {
    }

    private final ScreenContext context;
    private final ResourceBundle messages;
    private final ObservableList<AttendeeRow> rows;
    private final AttendeeEdits edits;

    private final AttendeeFields fields = new AttendeeFields();

    private final ReadOnlyObjectWrapper<Attendee> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyBooleanWrapper editingNew = new ReadOnlyBooleanWrapper(this, "editingNew");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<HeadQuestion> headQuestion = new ReadOnlyObjectWrapper<>(this, "headQuestion");
    private final ReadOnlyObjectWrapper<Conflict> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private final StringProperty keyTaken = new SimpleStringProperty(this, "keyTaken");
    private final StringProperty emailTaken = new SimpleStringProperty(this, "emailTaken");

    private final StringBinding nationError;
    private final StringBinding nameError;
    private final StringBinding roleError;
    private final StringBinding emailError;
    private final StringBinding phoneError;
    private final StringBinding keyError;
    private final ObjectBinding<Stay> arrival;
    private final ObjectBinding<Stay> departure;
    private final StringBinding arrivalDateError;
    private final StringBinding arrivalTimeError;
    private final StringBinding departureDateError;
    private final StringBinding departureTimeError;
    private final StringBinding headHint;
    private final StringBinding stayHint;
    private final BooleanBinding valid;
    private boolean loading;

    AttendeeFormModel(ScreenContext context, ResourceBundle messages, ObservableList<AttendeeRow> rows,
                      AttendeeEdits edits) {
        this.context = context;
        this.messages = messages;
        this.rows = rows;
        this.edits = edits;
        AttendeeFields f = fields;
        String required = messages.getString("validation.required");
        nationError = error(() -> f.nationProperty().get() == null ? required : null, f.nationProperty());
        nameError = error(() -> blank(f.givenNameProperty().get()) && blank(f.familyNameProperty().get())
                ? text("form.nameRequired") : null, f.givenNameProperty(), f.familyNameProperty());
        roleError = error(() -> f.roleProperty().get() == null ? required : null, f.roleProperty());
        emailError = error(this::emailProblem, f.emailProperty(), emailTaken, rows, shown);
        phoneError = error(() -> blank(f.phoneProperty().get()) || AttendeeChecks.isPhone(f.phoneProperty().get().strip())
                ? null : text("form.phoneInvalid"), f.phoneProperty());
        keyError = error(this::keyProblem, f.keyProperty(), keyTaken, rows, shown);
        arrival = Bindings.createObjectBinding(() -> stay(f.arrivalDateProperty().get(), f.arrivalTimeProperty().get()),
                f.arrivalDateProperty(), f.arrivalTimeProperty(), context.summit());
        departure = Bindings.createObjectBinding(() -> stay(f.departureDateProperty().get(),
                f.departureTimeProperty().get()), f.departureDateProperty(), f.departureTimeProperty(), context.summit());
        arrivalDateError = error(() -> arrival.get().dateError(), arrival);
        arrivalTimeError = error(() -> arrival.get().timeError(), arrival);
        departureTimeError = error(() -> departure.get().timeError(), departure);
        departureDateError = error(() -> {
            Stay in = arrival.get();
            Stay out = departure.get();
            if (out.dateError() != null) {
                return out.dateError();
            }
            return in.at() != null && out.at() != null && out.at().isBefore(in.at()) ? text("form.departsBeforeArrival")
                    : null;
        }, arrival, departure);
        headHint = Bindings.createStringBinding(this::headProblem, f.headProperty(), f.nationProperty(), rows, shown);
        stayHint = Bindings.createStringBinding(this::stayRule, context.summit());
        List<StringBinding> errors = List.of(nationError, nameError, roleError, emailError, phoneError, keyError,
                arrivalDateError, arrivalTimeError, departureDateError, departureTimeError);
        valid = Bindings.createBooleanBinding(() -> (editingNew.get() || shown.get() != null)
                        && errors.stream().allMatch(e -> e.get() == null),
                nationError, nameError, roleError, emailError, phoneError, keyError, arrivalDateError,
                arrivalTimeError, departureDateError, departureTimeError, editingNew, shown);
        for (Observable field : fields.all()) {
            field.addListener(o -> {
                if (!loading) {
                    dirty.set(true);
                    notice.set("");
                }
            });
        }
        fields.keyProperty().addListener(o -> keyTaken.set(null));
        fields.emailProperty().addListener(o -> emailTaken.set(null));
    }

    private static StringBinding error(Callable<String> problem, Observable... dependencies) {
        return Bindings.createStringBinding(problem, dependencies);
    }

    private static boolean blank(String s) {
        return AttendeeFields.blank(s);
    }

    private long self() {
        return editingNew.get() || shown.get() == null ? 0 : shown.get().id();
    }

    private String emailProblem() {
        String e = fields.emailProperty().get() == null ? "" : fields.emailProperty().get().strip();
        if (e.isEmpty()) {
            return null;
        }
        if (!AttendeeChecks.isEmail(e)) {
            return text("form.emailInvalid");
        }
        long me = self();
        AttendeeRow other = rows.stream().filter(r -> r.id() != me && r.foldedEmail().equalsIgnoreCase(e))
                .findFirst().orElse(null);
        if (other != null) {
            return text("form.emailTakenBy", other.attendee().displayName());
        }
        return e.equalsIgnoreCase(emailTaken.get()) ? text("form.emailTaken") : null;
    }

    private String keyProblem() {
        String k = fields.keyProperty().get() == null ? "" : fields.keyProperty().get().strip();
        if (k.isEmpty()) {
            return null;
        }
        long me = self();
        boolean taken = k.equals(keyTaken.get()) || rows.stream().anyMatch(r -> r.id() != me && k.equals(r.attendee().key()));
        return taken ? text("form.keyTaken") : null;
    }

    /** Why the head checkbox matters now: the delegation's current head, or that it has none. */
    private String headProblem() {
        String code = fields.nationProperty().get();
        if (code == null) {
            return "";
        }
        boolean marked = fields.headProperty().get();
        Attendee current = headOf(code, self());
        if (current != null) {
            return text(marked ? "form.headWillMove" : "form.headIs", current.displayName());
        }
        return marked ? "" : text("form.noHead");
    }

    private Attendee headOf(String code, long except) {
        return rows.stream().map(AttendeeRow::attendee)
                .filter(a -> a.headOfDelegation() && a.nation().equals(code) && a.id() != except)
                .findFirst().orElse(null);
    }

    private Stay stay(LocalDate date, String timeText) {
        Summit summit = context.summit().get();
        LocalTime time = blank(timeText) ? null : AttendeeChecks.parseTime(timeText);
        String timeError = !blank(timeText) && time == null ? text("form.timeInvalid") : null;
        if (date == null) {
            return new Stay(null, time != null ? text("form.dateWithTime") : null, timeError);
        }
        if (blank(timeText)) {
            return new Stay(null, null, text("form.timeWithDate"));
        }
        if (time == null || summit == null) {
            return new Stay(null, null, timeError);
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern(messages.getString("form.dayPattern"), locale());
        Instant at = summit.toInstant(LocalDateTime.of(date, time));
        if (at.isBefore(AttendeeChecks.earliest(summit))) {
            return new Stay(at, text("form.tooEarly", AttendeeChecks.DAYS_AROUND, day.format(summit.firstDay())), null);
        }
        if (!at.isBefore(AttendeeChecks.latestExclusive(summit))) {
            return new Stay(at, text("form.tooLate", AttendeeChecks.DAYS_AROUND, day.format(summit.lastDay())), null);
        }
        return new Stay(at, null, null);
    }

    private String stayRule() {
        Summit summit = context.summit().get();
        if (summit == null) {
            return "";
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern(messages.getString("form.dayPattern"), locale());
        return text("form.stayHint", summit.timeZone().getId(), day.format(AttendeeChecks.firstAllowedDay(summit)),
                day.format(AttendeeChecks.lastAllowedDay(summit)));
    }

    private Locale locale() {
        return messages.getLocale() == null ? Locale.ROOT : messages.getLocale();
    }

    /** Shows an attendee (as loaded) in the form, dropping unsaved typing. */
    public void show(Attendee attendee) {
        editingNew.set(false);
        shown.set(attendee);
        fill(attendee);
    }

    /** Shows the attendee as reloaded (it may have a new version), keeping the line under the form. */
    void refresh(Attendee attendee) {
        String said = notice.get();
        show(attendee);
        notice.set(said);
    }

    /** An empty form for a new attendee of {@code nationCode} (null: the user picks it). */
    public void startNew(String nationCode) {
        shown.set(null);
        editingNew.set(true);
        fill(null);
        loading = true;
        fields.nationProperty().set(nationCode);
        fields.roleProperty().set(Role.OFFICIAL);
        loading = false;
        title.set(messages.getString("form.newAttendee"));
    }

    /** Throws away the form's unsaved changes. */
    public void revert() {
        if (editingNew.get()) {
            editingNew.set(false);
            fill(null);
        } else {
            fill(shown.get());
        }
    }

    private void fill(Attendee a) {
        loading = true;
        fields.fill(a, context.summit().get());
        loading = false;
        dirty.set(false);
        keyTaken.set(null);
        emailTaken.set(null);
        notice.set("");
        title.set(a == null ? "" : a.displayName());
    }

    /** The attendee the form describes, with the id and version of the row it edits. */
    Attendee formAttendee() {
        Attendee before = editingNew.get() ? null : shown.get();
        return fields.toAttendee(before == null ? 0 : before.id(), before == null ? 0 : before.version(),
                arrival.get().at(), departure.get().at());
    }

    /**
     * Saves the form. Does nothing while a field is wrong; asks first (through {@link #headQuestionProperty()})
     * when the head mark would move from someone else.
     *
     * @return false when nothing was started: a field is wrong or the user is being asked
     */
    public boolean save() {
        if (!valid.get()) {
            notice.set(text("form.fixFirst"));
            return false;
        }
        Attendee mine = formAttendee();
        Attendee former = mine.headOfDelegation() ? headOf(mine.nation(), mine.id()) : null;
        if (former != null) {
            headQuestion.set(new HeadQuestion(former, mine));
            return false;
        }
        write(mine, false);
        return true;
    }

    /** The user's answer to a {@link HeadQuestion}. */
    public void answerHeadQuestion(boolean move) {
        HeadQuestion question = headQuestion.get();
        headQuestion.set(null);
        if (question == null) {
            return;
        }
        if (move) {
            write(question.mine(), true);
        } else {
            notice.set(text("form.headNotMoved", question.former().displayName()));
        }
    }

    private void write(Attendee mine, boolean moveHead) {
        long summitId = context.summitId();
        Attendee before = shown.get();
        boolean isNew = editingNew.get();
        dirty.set(false);
        Callable<Done> job = isNew ? (moveHead ? () -> edits.addAsHead(summitId, mine) : () -> edits.add(summitId, mine))
                : (moveHead ? () -> edits.moveHead(mine) : () -> edits.update(before, mine));
        context.background().run(job, done -> saved(done, isNew), error -> saveFailed(error, mine, moveHead));
    }

    private void saved(Done done, boolean wasNew) {
        context.history().record(done.edit());
        Attendee saved = done.saved();
        boolean stillHere = wasNew ? editingNew.get() : shown.get() != null && shown.get().id() == saved.id();
        if (stillHere) {
            // the user may have moved on while it saved: only the form that shows this attendee follows
            editingNew.set(false);
            shown.set(saved);
            if (!dirty.get()) {
                fill(saved);
            }
        }
        notice.set(done.formerHead() == null ? text("form.saved", saved.displayName())
                : text("form.savedHeadMoved", saved.displayName(), done.formerHead().displayName()));
        context.changes().fire();
    }

    private void saveFailed(Throwable error, Attendee mine, boolean moveHead) {
        dirty.set(true);
        if (error instanceof StaleDataException stale) {
            conflict.set(new Conflict(mine, stale.deleted(), moveHead));
        } else if (error instanceof DuplicateKeyException duplicate) {
            switch (duplicate.field()) {
                case "key" -> keyTaken.set(mine.key());
                case "email" -> emailTaken.set(mine.email());
                default -> {
                    // someone else marked another head meanwhile: reload so that saving again asks
                    notice.set(text("form.headTakenElsewhere"));
                    context.changes().fire();
                }
            }
        } else {
            failed(error);
        }
    }

    /** The user's answer to a {@link Conflict}. */
    public void resolve(StaleChoice choice) {
        Conflict c = conflict.get();
        conflict.set(null);
        if (c == null || choice == StaleChoice.CANCEL) {
            return;
        }
        long summitId = context.summitId();
        if (choice == StaleChoice.RELOAD) {
            context.background().run(() -> context.services().attendees().current(c.mine().id()), theirs -> {
                if (theirs.isPresent()) {
                    show(theirs.get());
                } else {
                    shown.set(null);
                    fill(null);
                }
                context.changes().fire();
            }, this::failed);
            return;
        }
        boolean wasNew = c.deleted() && editingNew.get();
        context.background().run(() -> edits.overwrite(summitId, c.mine(), c.moveHead()), done -> saved(done, wasNew),
                error -> saveFailed(error, c.mine(), c.moveHead()));
    }

    /** Shows a line under the form (what was saved or deleted). */
    void announce(String text) {
        notice.set(text);
    }

    void failed(Throwable error) {
        notice.set(error.getMessage() == null ? error.toString() : error.getMessage());
    }

    private String text(String key, Object... args) {
        return Messages.format(messages, key, args);
    }

    public StringBinding arrivalDateError() {
        return arrivalDateError;
    }

    public StringBinding arrivalTimeError() {
        return arrivalTimeError;
    }

    public StringBinding departureDateError() {
        return departureDateError;
    }

    public StringBinding departureTimeError() {
        return departureTimeError;
    }

    public AttendeeFields fields() {
        return fields;
    }

    public StringBinding nationError() { return nationError; }
    public StringBinding nameError() { return nameError; }
    public StringBinding roleError() { return roleError; }
    public StringBinding emailError() { return emailError; }
    public StringBinding phoneError() { return phoneError; }
    public StringBinding keyError() { return keyError; }
    public StringBinding headHint() { return headHint; }
    public StringBinding stayHint() { return stayHint; }
    public BooleanBinding validProperty() { return valid; }

    public ReadOnlyObjectProperty<Attendee> shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty editingNewProperty() { return editingNew.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<HeadQuestion> headQuestionProperty() { return headQuestion.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Conflict> conflictProperty() { return conflict.getReadOnlyProperty(); }
}
