package org.summitplanner.ui.rooms;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.summitplanner.model.AgendaItemRef;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.service.RoomService;
import org.summitplanner.service.RoomService.DeletedRoom;
import org.summitplanner.service.RoomService.RoomRow;
import org.summitplanner.errors.DuplicateKeyException;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.ui.common.InView;
import org.summitplanner.ui.common.Dialogs.StaleChoice;
import org.summitplanner.ui.common.LifecycleEdit;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.RoomOrder;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.UpdateEdit;
import org.summitplanner.ui.common.Loading;

/**
 * The rooms screen's state: the rooms (filtered), the chosen one, the form, and what is booked in
 * the chosen room. Validation lives here; questions for the user (confirm a delete, resolve a
 * conflict) are raised as properties that the controller answers.
 */
public final class RoomsModel {

    /** A delete waiting for the user's answer: the room and the agenda items booked in it. */
    public record PendingDelete(RoomRow row, List<AgendaItemRef> bookings) {
    }

    /** A save refused because the room changed (or was deleted) elsewhere. */
    public record Conflict(Room mine, boolean deleted) {
    }

    private final Loading loading = new Loading();
    private final InView inView = new InView();
    private final ScreenContext context;
    private final RoomService rooms;
    private final ResourceBundle messages;

    private final ObservableList<RoomRow> rows = FXCollections.observableArrayList();
    /** A room another screen sent the user to, chosen once the rows hold it; 0 when none. */
    private long revealing;
    private final FilteredList<RoomRow> filtered = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<RoomRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<AgendaItemRef> bookings = FXCollections.observableArrayList();

    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty building = new SimpleStringProperty(this, "building", "");
    private final StringProperty nameFr = new SimpleStringProperty(this, "nameFr", "");
    private final StringProperty buildingFr = new SimpleStringProperty(this, "buildingFr", "");
    private final StringProperty capacity = new SimpleStringProperty(this, "capacity", "");
    /**
     * Whether protocol would hold a bilateral here; a new room is, as every room was before the flag. Unticked
     * while no room is chosen: the greyed form shows nothing chosen.
     */
    private final BooleanProperty bilaterals = new SimpleBooleanProperty(this, "bilaterals", false);
    private final ReadOnlyBooleanWrapper editingNew = new ReadOnlyBooleanWrapper(this, "editingNew");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper keyTaken = new ReadOnlyStringWrapper(this, "keyTaken");
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper(this, "formTitle", "");
    private final ReadOnlyObjectWrapper<PendingDelete> pendingDelete = new ReadOnlyObjectWrapper<>(this, "pendingDelete");
    private final ReadOnlyObjectWrapper<Conflict> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    private final StringBinding keyError;
    private final StringBinding nameError;
    private final StringBinding capacityError;
    private final BooleanBinding valid;
    private boolean loadingForm;

    public RoomsModel(ScreenContext context, ResourceBundle messages) {
        this.context = context;
        this.rooms = context.services().rooms();
        this.messages = messages;
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
            return text.isEmpty() ? r -> true : r -> matches(r.room(), text);
        }, filter));
        keyError = Bindings.createStringBinding(this::keyProblem, key, rows, selected, editingNew, keyTaken);
        nameError = Bindings.createStringBinding(() -> blank(name.get()) ? messages.getString("validation.required") : null,
                name);
        capacityError = Bindings.createStringBinding(this::capacityProblem, capacity);
        valid = Bindings.createBooleanBinding(() -> keyError.get() == null && nameError.get() == null
                && capacityError.get() == null && (editingNew.get() || selected.get() != null),
                keyError, nameError, capacityError, editingNew, selected);
        for (ObservableValue<?> field : List.of(key, name, building, capacity, nameFr, bilaterals, buildingFr)) {
            field.addListener((obs, old, now) -> {
                if (!loadingForm) {
                    dirty.set(true);
                    notice.set("");
                }
            });
        }
        key.addListener((obs, old, now) -> keyTaken.set(null));
        // out of view it reads when it comes back (Screen.shown), not after every change
        context.changes().subscribe(() -> {
            if (inView.getAsBoolean()) {
                reload();
            }
        });
    }

    /** By what the table shows: the French name and building in a French window, where there are. */
    private boolean matches(Room room, String text) {
        return contains(nameOf(room), text) || contains(buildingOf(room), text) || contains(room.key(), text);
    }

    private static boolean contains(String field, String text) {
        return field != null && fold(field).contains(fold(text));
    }

    /** Lower case without accents, so "elysee" finds "Élysée". */
    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private String keyProblem() {
        String k = key.get() == null ? "" : key.get().strip();
        if (k.isEmpty()) {
            return null;
        }
        if (keyTaken.get() != null && keyTaken.get().equals(k)) {
            return messages.getString("rooms.keyTaken");
        }
        long self = editingNew.get() || selected.get() == null ? 0 : selected.get().room().id();
        boolean taken = rows.stream().anyMatch(r -> r.room().id() != self && k.equals(r.room().key()));
        return taken ? messages.getString("rooms.keyTaken") : null;
    }

    private String capacityProblem() {
        String text = capacity.get() == null ? "" : capacity.get().strip();
        if (text.isEmpty()) {
            return messages.getString("validation.required");
        }
        try {
            return Integer.parseInt(text) > 0 ? null : messages.getString("rooms.capacityAboveZero");
        } catch (NumberFormatException e) {
            return messages.getString("rooms.capacityAboveZero");
        }
    }

    /** Reads the summit's rooms again, keeping the chosen room chosen. */
    /** True while the screen reads what it shows. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.loadingProperty();
    }

    public void reload() {
        long summitId = context.summitId();
        if (summitId < 0) {
            rows.clear();
            return;
        }
        Comparator<RoomRow> order = Comparator.comparing(RoomRow::room, RoomOrder.of(messages.getLocale()));
        loading.run(context.background(), () -> rooms.rooms(summitId).stream().sorted(order).toList(), loaded -> {
            long chosen = selected.get() == null ? 0 : selected.get().room().id();
            rows.setAll(loaded);
            if (revealing != 0 && reveal(revealing)) {
                return;
            }
            if (chosen != 0 && !editingNew.get()) {
                RoomRow again = loaded.stream().filter(r -> r.room().id() == chosen).findFirst().orElse(null);
                if (!dirty.get() || again == null) {
                    select(again);
                } else {
                    selected.set(again);
                }
            }
        }, this::failed);
    }

    /** Chooses a room that another screen sent the user to (with the filter cleared); false until it is loaded. */
    public boolean reveal(long roomId) {
        filter.set("");
        RoomRow row = rows.stream().filter(r -> r.room().id() == roomId).findFirst().orElse(null);
        revealing = row == null ? roomId : 0;
        return row != null && select(row);
    }

    /**
     * Shows a room in the form. If the form holds an unsaved, valid edit it is saved first (leaving a
     * row commits it, as in a spreadsheet); an invalid one keeps the form and returns false.
     */
    public boolean select(RoomRow row) {
        if (dirty.get() && (row == null || selected.get() == null || row.room().id() != selected.get().room().id())) {
            if (!valid.get()) {
                notice.set(messages.getString("rooms.fixFirst"));
                return false;
            }
            save();
        }
        selected.set(row);
        editingNew.set(false);
        fill(row == null ? null : row.room());
        loadBookings(row);
        return true;
    }

    public void newRoom() {
        if (dirty.get() && valid.get()) {
            save();
        }
        selected.set(null);
        editingNew.set(true);
        fill(null);
        bookings.clear();
        formTitle.set(messages.getString("rooms.newRoom"));
    }

    /** Throws away the form's unsaved changes. */
    public void revert() {
        if (editingNew.get()) {
            editingNew.set(false);
            fill(null);
        } else {
            fill(selected.get() == null ? null : selected.get().room());
        }
    }

    private void fill(Room room) {
        loadingForm = true;
        key.set(room == null || room.key() == null ? "" : room.key());
        name.set(room == null ? "" : room.name());
        building.set(room == null || room.building() == null ? "" : room.building());
        nameFr.set(room == null || room.nameFr() == null ? "" : room.nameFr());
        buildingFr.set(room == null || room.buildingFr() == null ? "" : room.buildingFr());
        capacity.set(room == null ? "" : Integer.toString(room.capacity()));
        // a new room is for bilaterals; the greyed form of no room chosen shows nothing chosen
        bilaterals.set(room == null ? editingNew.get() : room.bilaterals());
        loadingForm = false;
        dirty.set(false);
        keyTaken.set(null);
        notice.set("");
        formTitle.set(room == null ? "" : nameOf(room));
    }

    private void loadBookings(RoomRow row) {
        bookings.clear();
        if (row == null) {
            return;
        }
        long id = row.room().id();
        context.background().run(() -> rooms.bookings(id), list -> {
            if (selected.get() != null && selected.get().room().id() == id) {
                bookings.setAll(list);
            }
        }, this::failed);
    }

    private Room formRoom(long id, int version) {
        return new Room(id, blank(key.get()) ? null : key.get().strip(), name.get().strip(),
                blank(building.get()) ? null : building.get().strip(), Integer.parseInt(capacity.get().strip()), version,
                blank(nameFr.get()) ? null : nameFr.get().strip(), bilaterals.get(),
                blank(buildingFr.get()) ? null : buildingFr.get().strip());
    }

    /** Saves the form (a new room or the chosen one). Does nothing while a field is wrong. */
    public void save() {
        if (!valid.get()) {
            return;
        }
        long summitId = context.summitId();
        if (editingNew.get()) {
            Room room = formRoom(0, 0);
            dirty.set(false);
            context.background().run(() -> rooms.add(summitId, room), saved -> {
                context.history().record(LifecycleEdit.created(text("rooms.edit.add", nameOf(saved)), saved,
                        roomOperations(summitId)));
                if (editingNew.get() && !dirty.get()) {
                    // still on the form of the new room: show it as the saved row
                    editingNew.set(false);
                    selected.set(new RoomRow(saved, 0));
                    fill(saved);
                }
                notice.set(text("rooms.saved", nameOf(saved)));
                context.changes().fire();
            }, this::saveFailed);
        } else {
            Room before = selected.get().room();
            Room mine = formRoom(before.id(), before.version());
            dirty.set(false);
            context.background().run(() -> rooms.update(mine), saved -> savedEdit(before, saved), this::saveFailed);
        }
    }

    private void savedEdit(Room before, Room saved) {
        context.history().record(new UpdateEdit<>(text("rooms.edit.change", nameOf(saved)), before, saved,
                rooms::update, rooms::reload, Room::version, Room::withVersion));
        RoomRow current = selected.get();
        if (current != null && current.room().id() == saved.id()) {
            // the user may have moved on while it saved: only refresh the form that shows this room
            selected.set(new RoomRow(saved, current.bookings()));
            if (!dirty.get()) {
                fill(saved);
            }
        }
        notice.set(text("rooms.saved", nameOf(saved)));
        context.changes().fire();
    }

    private void saveFailed(Throwable error) {
        dirty.set(true);
        if (error instanceof StaleDataException stale) {
            Room before = selected.get() == null ? null : selected.get().room();
            conflict.set(new Conflict(formRoom(before == null ? 0 : before.id(), before == null ? 0 : before.version()),
                    stale.deleted()));
        } else if (error instanceof DuplicateKeyException) {
            keyTaken.set(key.get().strip());
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
            if (c.deleted()) {
                selected.set(null);
                fill(null);
                context.changes().fire();
            } else {
                context.background().run(() -> rooms.reload(c.mine()), theirs -> {
                    selected.set(new RoomRow(theirs, selected.get() == null ? 0 : selected.get().bookings()));
                    fill(theirs);
                    context.changes().fire();
                }, this::failed);
            }
            return;
        }
        Room before = selected.get() == null ? c.mine() : selected.get().room();
        dirty.set(false);
        context.background().run(() -> rooms.overwrite(summitId, c.mine()), saved -> savedEdit(before, saved),
                this::saveFailed);
    }

    /** Asks (through {@link #pendingDeleteProperty()}) before deleting the chosen room. */
    public void requestDelete() {
        RoomRow row = selected.get();
        if (row == null) {
            return;
        }
        context.background().run(() -> rooms.bookings(row.room().id()),
                list -> pendingDelete.set(new PendingDelete(row, list)), this::failed);
    }

    /** The user's answer to a {@link PendingDelete}. */
    public void confirmDelete(boolean yes) {
        PendingDelete pending = pendingDelete.get();
        pendingDelete.set(null);
        if (pending == null || !yes) {
            return;
        }
        long summitId = context.summitId();
        Room room = pending.row().room();
        context.background().run(() -> rooms.delete(summitId, room), deleted -> {
            context.history().record(LifecycleEdit.deleted(text("rooms.edit.delete", nameOf(room)), deleted,
                    roomOperations(summitId)));
            selected.set(null);
            fill(null);
            bookings.clear();
            notice.set(text("rooms.deleted", nameOf(room)));
            context.changes().fire();
        }, error -> {
            if (error instanceof StaleDataException stale) {
                conflict.set(new Conflict(room, stale.deleted()));
            } else {
                failed(error);
            }
        });
    }

    private LifecycleEdit.Operations<Room, DeletedRoom> roomOperations(long summitId) {
        return new LifecycleEdit.Operations<>() {
            @Override
            public DeletedRoom delete(Room row) {
                return rooms.delete(summitId, rooms.reload(row));
            }

            @Override
            public Room restore(DeletedRoom deleted) {
                return rooms.restore(deleted);
            }
        };
    }

    private void failed(Throwable error) {
        notice.set(Messages.problem(messages, error));
    }

    /** "Tue 11 Mar 09:00–10:00 · Opening plenary" in the summit's time zone. */
    public String describe(AgendaItemRef item) {
        Summit summit = context.summit().get();
        Locale locale = messages.getLocale();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        var start = summit.toLocal(item.time().start());
        var end = summit.toLocal(item.time().end());
        return day.format(start) + "  " + time.format(start) + "–" + time.format(end) + "  ·  " + item.titleIn(locale);
    }

    /** A room's name as this window shows it (its French name in a French window, when it has one). */
    public String nameOf(Room room) {
        return room.nameIn(messages.getLocale());
    }

    /** A room's building as this window shows it, or null when none. */
    public String buildingOf(Room room) {
        return room.buildingIn(messages.getLocale());
    }

    private String text(String key, Object... args) {
        return Messages.format(messages, key, args);
    }

    public ObservableList<RoomRow> rows() {
        return filtered;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<RoomRow> selectedProperty() {
        return selected;
    }

    public ObservableList<AgendaItemRef> bookings() {
        return FXCollections.unmodifiableObservableList(bookings);
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty nameFrProperty() {
        return nameFr;
    }

    public StringProperty buildingProperty() {
        return building;
    }

    public StringProperty buildingFrProperty() {
        return buildingFr;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public BooleanProperty bilateralsProperty() {
        return bilaterals;
    }

    /** How the table says whether a room is for bilaterals. */
    public String bilateralsText(Room room) {
        return messages.getString(room.bilaterals() ? "rooms.bilaterals.yes" : "rooms.bilaterals.no");
    }

    public StringBinding keyError() {
        return keyError;
    }

    public StringBinding nameError() {
        return nameError;
    }

    public StringBinding capacityError() {
        return capacityError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingNewProperty() {
        return editingNew.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formTitleProperty() {
        return formTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PendingDelete> pendingDeleteProperty() {
        return pendingDelete.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** Whether the screen is in view: out of view it reads again only when it comes back. */
    public InView inView() {
        return inView;
    }
}
