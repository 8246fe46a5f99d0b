package org.summitplanner.ui.delegations;

import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Role;
import org.summitplanner.errors.DuplicateKeyException;
import org.summitplanner.errors.StaleDataException;
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

    private final ScreenContext context;
    private final ResourceBundle messages;
    private final AttendeeEdits edits;

    private final AttendeeFields fields = new AttendeeFields();
    private final AttendeeValidation validation;

    private final ReadOnlyObjectWrapper<Attendee> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyBooleanWrapper editingNew = new ReadOnlyBooleanWrapper(this, "editingNew");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<HeadQuestion> headQuestion = new ReadOnlyObjectWrapper<>(this, "headQuestion");
    private final ReadOnlyObjectWrapper<Conflict> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private final ObservableList<String> languageChoices = FXCollections.observableArrayList(Languages.CODES);
    private boolean loading;

    AttendeeFormModel(ScreenContext context, ResourceBundle messages, ObservableList<AttendeeRow> rows,
                      AttendeeEdits edits) {
        this.context = context;
        this.messages = messages;
        this.edits = edits;
        validation = new AttendeeValidation(fields, rows, shown.getReadOnlyProperty(),
                editingNew.getReadOnlyProperty(), dirty.getReadOnlyProperty(), context.summit(), messages);
        Runnable typed = () -> {
            if (!loading) {
                dirty.set(true);
                notice.set("");
            }
        };
        for (Observable field : fields.all()) {
            // a property fires invalidation only once until it is read again: watch values for changes instead
            if (field instanceof ObservableValue<?> value) {
                value.addListener((obs, old, now) -> typed.run());
            } else {
                field.addListener(o -> typed.run());
            }
        }
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
        validation.clearRefusals();
        notice.set("");
        title.set(a == null ? "" : a.displayName());
    }

    /** The attendee the form describes, with the id and version of the row it edits. */
    Attendee formAttendee() {
        Attendee before = editingNew.get() ? null : shown.get();
        return fields.toAttendee(before == null ? 0 : before.id(), before == null ? 0 : before.version(),
                validation.arrivesAt(), validation.departsAt());
    }

    /**
     * Saves the form. Does nothing while a field is wrong; asks first (through {@link #headQuestionProperty()})
     * when the head mark would move from someone else.
     *
     * @return false when nothing was started: a field is wrong or the user is being asked
     */
    public boolean save() {
        if (!validation.validProperty().get()) {
            notice.set(text("form.fixFirst"));
            return false;
        }
        Attendee mine = formAttendee();
        Attendee former = mine.headOfDelegation() ? validation.headOf(mine.nation(), mine.id()) : null;
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
                case "key" -> validation.refusedKey(mine.key());
                case "email" -> validation.refusedEmail(mine.email());
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
        notice.set(Messages.problem(messages, error));
    }

    private String text(String key, Object... args) {
        return Messages.format(messages, key, args);
    }

    public AttendeeFields fields() {
        return fields;
    }

    public AttendeeValidation validation() {
        return validation;
    }

    /** The languages to offer, those the summit's attendees speak first. */
    public ObservableList<String> languageChoices() {
        return languageChoices;
    }

    public ReadOnlyObjectProperty<Attendee> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingNewProperty() {
        return editingNew.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HeadQuestion> headQuestionProperty() {
        return headQuestion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }
}
