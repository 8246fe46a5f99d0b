package org.summitplanner.ui.agenda;

import java.util.Locale;
import java.util.ResourceBundle;
import org.summitplanner.ui.common.Messages;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.service.AgendaService;
import org.summitplanner.service.AgendaService.DeletedItem;
import org.summitplanner.errors.DuplicateKeyException;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.ui.common.Dialogs.StaleChoice;
import org.summitplanner.ui.common.LifecycleEdit;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.UpdateEdit;

/**
 * What the agenda screen writes: save the form (new or changed item), duplicate, delete, and the
 * answers to a stale save. Every write runs off the FX thread, is recorded for undo and fires
 * {@link ScreenContext#changes()} so that the other screens reload.
 */
public final class AgendaEdits {

    /** A delete waiting for the user's answer. Nothing refers to an agenda item, so there is no list of uses. */
    public record PendingDelete(AgendaRow row) {
    }

    /**
     * A write refused because the item changed (or was deleted) elsewhere.
     *
     * @param mine what the user wanted to save
     * @param deleting whether the user was deleting it (then "overwrite" means "delete it anyway")
     */
    public record Conflict(AgendaItem mine, boolean deleted, boolean deleting) {
    }

    private final ScreenContext context;
    private final AgendaService agenda;
    private final AgendaModel model;
    private final AgendaForm form;
    private final ReadOnlyObjectWrapper<PendingDelete> pendingDelete = new ReadOnlyObjectWrapper<>(this, "pendingDelete");
    private final ReadOnlyObjectWrapper<Conflict> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");

    AgendaEdits(ScreenContext context, AgendaModel model) {
        this.context = context;
        this.agenda = context.services().agenda();
        this.model = model;
        this.form = model.form();
    }

    /** Saves the form (a new item or the chosen one). Does nothing while a field is wrong. */
    public void save() {
        if (!form.validProperty().get() || context.summit().get() == null) {
            return;
        }
        long summitId = context.summitId();
        if (model.editingNewProperty().get()) {
            AgendaItem item = form.toItem(0, 0);
            form.markSaved();
            context.background().run(() -> agenda.add(summitId, item), saved -> {
                context.history().record(LifecycleEdit.created(model.text("agenda.edit.add", model.titleOf(saved)), saved,
                        operations(summitId)));
                if (model.editingNewProperty().get() && !form.dirtyProperty().get()) {
                    // still on the form of the new item: show it as the saved row
                    model.show(model.row(saved));
                }
                model.setNotice(model.text("agenda.saved", model.titleOf(saved)));
                context.changes().fire();
            }, error -> saveFailed(item, error));
        } else if (model.selectedProperty().get() != null) {
            AgendaItem before = model.selectedProperty().get().item();
            AgendaItem mine = form.toItem(before.id(), before.version());
            form.markSaved();
            context.background().run(() -> agenda.update(mine), saved -> savedEdit(before, saved),
                    error -> saveFailed(mine, error));
        }
    }

    private void savedEdit(AgendaItem before, AgendaItem saved) {
        context.history().record(new UpdateEdit<>(model.text("agenda.edit.change", model.titleOf(saved)), before, saved,
                agenda::update, agenda::reload, AgendaItem::version, AgendaItem::withVersion).showing(this::showSaved));
        showSaved(saved);
        model.setNotice(model.text("agenda.saved", model.titleOf(saved)));
        context.changes().fire();
    }

    /**
     * Shows a stored item at once (a save, its undo or redo), without waiting for the reload the change
     * starts: a moved block moves in the next frame.
     */
    private void showSaved(AgendaItem saved) {
        model.putRow(model.row(saved));
        AgendaRow current = model.selectedProperty().get();
        if (current != null && current.id() == saved.id()) {
            // the user may have moved on while it saved: only refresh the form that shows this item
            model.refresh(model.row(saved));
        }
    }

    private void saveFailed(AgendaItem mine, Throwable error) {
        form.markDirty();
        if (error instanceof StaleDataException stale) {
            conflict.set(new Conflict(mine, stale.deleted(), false));
        } else if (error instanceof DuplicateKeyException) {
            form.keyTaken();
        } else {
            failed(error);
        }
    }

    /**
     * Adds a copy of the chosen item (as the form shows it) at the same time, titled "… (copy)", without
     * its key, and shows the copy so that it can be moved.
     */
    public void duplicate() {
        AgendaRow row = model.selectedProperty().get();
        if (row == null || model.editingNewProperty().get()) {
            return;
        }
        if (form.dirtyProperty().get()) {
            if (!form.validProperty().get()) {
                model.setNotice(model.text("agenda.fixFirst"));
                return;
            }
            save();
        }
        AgendaItem original = form.toItem(row.id(), row.item().version());
        String copyTitle = copyTitle(original.title(), Locale.ENGLISH);
        // the French title says "copy" too, or a French list would show two lines alike
        String copyTitleFr = original.titleFr() == null ? null : copyTitle(original.titleFr(), Locale.FRENCH);
        long summitId = context.summitId();
        context.background().run(() -> agenda.duplicate(summitId, original, copyTitle, copyTitleFr), copy -> {
            context.history().record(LifecycleEdit.created(model.text("agenda.edit.duplicate", model.titleOf(original)), copy,
                    operations(summitId)));
            if (!form.dirtyProperty().get()) {
                model.show(model.row(copy));
            }
            model.setNotice(model.text("agenda.duplicated", model.titleOf(original)));
            context.changes().fire();
        }, this::failed);
    }

    /** Asks (through {@link #pendingDeleteProperty()}) before deleting the chosen item. */
    public void requestDelete() {
        AgendaRow row = model.selectedProperty().get();
        if (row != null && !model.editingNewProperty().get()) {
            pendingDelete.set(new PendingDelete(row));
        }
    }

    /** The user's answer to a {@link PendingDelete}. */
    public void confirmDelete(boolean yes) {
        PendingDelete pending = pendingDelete.get();
        pendingDelete.set(null);
        if (pending != null && yes) {
            delete(pending.row().item());
        }
    }

    /** "Title (copy)" in the title's own language, whichever the window's, cut to what a title may hold. */
    private static String copyTitle(String title, Locale language) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.summitplanner.ui.agenda.messages", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        String copy = Messages.format(bundle, "agenda.copyTitle", title);
        return copy.length() > AgendaForm.TITLE_MAX ? copy.substring(0, AgendaForm.TITLE_MAX) : copy;
    }

    private void delete(AgendaItem item) {
        long summitId = context.summitId();
        context.background().run(() -> agenda.delete(summitId, item), deleted -> {
            context.history().record(LifecycleEdit.deleted(model.text("agenda.edit.delete", model.titleOf(item)), deleted,
                    operations(summitId)));
            model.show(null);
            model.setNotice(model.text("agenda.deleted", model.titleOf(item)));
            context.changes().fire();
        }, error -> {
            if (error instanceof StaleDataException stale && stale.deleted()) {
                // someone else deleted it already: what the user wanted has happened
                model.show(null);
                context.changes().fire();
            } else if (error instanceof StaleDataException) {
                conflict.set(new Conflict(item, false, true));
            } else {
                failed(error);
            }
        });
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
            if (c.deleted()) {
                model.show(null);
                context.changes().fire();
            } else {
                context.background().run(() -> agenda.reload(c.mine()), theirs -> {
                    model.show(model.row(theirs));
                    context.changes().fire();
                }, this::failed);
            }
        } else if (c.deleting()) {
            context.background().run(() -> agenda.reload(c.mine()), this::delete, this::failed);
        } else {
            AgendaItem before = model.selectedProperty().get() == null ? c.mine() : model.selectedProperty().get().item();
            form.markSaved();
            context.background().run(() -> agenda.overwrite(summitId, c.mine()), saved -> savedEdit(before, saved),
                    error -> saveFailed(c.mine(), error));
        }
    }

    private LifecycleEdit.Operations<AgendaItem, DeletedItem> operations(long summitId) {
        return new LifecycleEdit.Operations<>() {
            @Override
            public DeletedItem delete(AgendaItem row) {
                return agenda.delete(summitId, agenda.reload(row));
            }

            @Override
            public AgendaItem restore(DeletedItem deleted) {
                return agenda.restore(deleted);
            }
        };
    }

    void failed(Throwable error) {
        model.setNotice(Messages.problem(context.messages(), error));
    }

    public ReadOnlyObjectProperty<PendingDelete> pendingDeleteProperty() {
        return pendingDelete.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }
}
