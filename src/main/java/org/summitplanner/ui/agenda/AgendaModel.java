package org.summitplanner.ui.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.service.AgendaService;
import org.summitplanner.service.AgendaService.Agenda;
import org.summitplanner.ui.agenda.timeline.MoveRequest;
import org.summitplanner.ui.agenda.timeline.TimelineItem;
import org.summitplanner.ui.agenda.timeline.TimelineRoom;
import org.summitplanner.ui.common.InView;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.RoomOrder;
import org.summitplanner.ui.common.LiveChecks;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Loading;

/**
 * The agenda screen's state: the items (filtered by text, day and kind), the chosen one and its
 * form, the rooms, and what the timeline shows. Saving, deleting and duplicating are in
 * {@link AgendaEdits}; questions for the user (confirm a delete, resolve a conflict) are raised
 * there as properties that the controller answers.
 */
public final class AgendaModel {

    /** The order of the rows as the agenda is read (AgendaService.agenda): by start, then id. */
    private static final Comparator<AgendaRow> READ_ORDER = Comparator
            .comparing((AgendaRow r) -> r.item().time().start()).thenComparingLong(AgendaRow::id);

    private final Loading loading = new Loading();
    private final InView inView = new InView();
    private final ScreenContext context;
    private final AgendaService agenda;
    private final ResourceBundle messages;
    private final AgendaFormats formats;

    private final ObservableList<AgendaRow> rows = FXCollections.observableArrayList();
    /** Read-only view kept as a field: a wrapper listens weakly, so one made per call can lose its listeners. */
    private final ObservableList<AgendaRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final FilteredList<AgendaRow> filtered = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<Choice<LocalDate>> dayChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<LocalDate>> dayChoicesView = FXCollections.unmodifiableObservableList(dayChoices);
    private final ObjectProperty<Choice<LocalDate>> dayFilter = new SimpleObjectProperty<>(this, "dayFilter");
    private final ObservableList<Choice<LocalDate>> summitDays = FXCollections.observableArrayList();
    private final ObservableList<Choice<LocalDate>> summitDaysView = FXCollections.unmodifiableObservableList(summitDays);
    private final ObservableList<Choice<AgendaKind>> kindChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<AgendaKind>> kindChoicesView = FXCollections.unmodifiableObservableList(kindChoices);
    private final ObjectProperty<Choice<AgendaKind>> kindFilter = new SimpleObjectProperty<>(this, "kindFilter");
    private final ObjectProperty<AgendaRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper editingNew = new ReadOnlyBooleanWrapper(this, "editingNew");
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper(this, "formTitle", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObservableList<Room> rooms = FXCollections.observableArrayList();
    private final ObservableList<Room> roomsView = FXCollections.unmodifiableObservableList(rooms);
    private final ReadOnlyObjectWrapper<LocalDate> timelineDay = new ReadOnlyObjectWrapper<>(this, "timelineDay");
    private final AgendaForm form;
    private final AgendaEdits edits;
    private Map<String, List<Long>> membersByNation = Map.of();
    /** The participants the picker offers, as last read; null before the first read. */
    private AgendaService.ParticipantChoices choices;
    /** The order of precedence the picker's candidates were sorted in: a change re-sorts them. */
    private ParticipantPicker.Order choicesOrder;
    private long loadedSummit = -1;
    /** An item another screen sent the user to, chosen once the rows hold it; 0 when none. */
    private long revealing;

    public AgendaModel(ScreenContext context, ResourceBundle messages) {
        this.context = context;
        this.agenda = context.services().agenda();
        this.messages = messages;
        this.formats = new AgendaFormats(messages);
        this.form = new AgendaForm(messages, context.summit(), context.nations(), rows);
        this.edits = new AgendaEdits(context, this);
        kindChoices.add(new Choice<>(null, messages.getString("agenda.allKinds")));
        for (AgendaKind k : AgendaKind.values()) {
            kindChoices.add(new Choice<>(k, formats.kind(k)));
        }
        kindFilter.set(kindChoices.get(0));
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String text = filter.get() == null ? "" : ParticipantPicker.fold(filter.get().strip());
            LocalDate day = dayFilter.get() == null ? null : dayFilter.get().value();
            AgendaKind kind = kindFilter.get() == null ? null : kindFilter.get().value();
            return r -> (day == null || day.equals(r.day())) && (kind == null || kind == r.item().kind())
                    && (text.isEmpty() || matches(r, text));
        }, filter, dayFilter, kindFilter));
        // out of view it reads when it comes back (Screen.shown), not after every change
        context.changes().subscribe(() -> {
            if (inView.getAsBoolean()) {
                reload();
            }
        });
    }

    private static boolean matches(AgendaRow row, String text) {
        return contains(row.title(), text) || contains(row.room(), text) || contains(row.kind(), text)
                || contains(row.item().key(), text);
    }

    private static boolean contains(String field, String text) {
        return field != null && ParticipantPicker.fold(field).contains(text);
    }

    /** True while the screen reads what it shows. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.loadingProperty();
    }

    /** Reads the summit's agenda, rooms and possible participants again, keeping the chosen item chosen. */
    public void reload() {
        Summit summit = context.summit().get();
        if (summit == null) {
            rows.clear();
            return;
        }
        if (summit.id() != loadedSummit) {
            loadedSummit = summit.id();
            choices = null;
            startOver(summit);
        }
        long summitId = summit.id();
        ParticipantPicker picker = form.participants();
        AgendaService.ParticipantChoices shownChoices = choices;
        ParticipantPicker.Order shownOrder = choicesOrder;
        // rows and picker candidates are built off the FX thread too: at UN scale that is thousands of each
        loading.run(context.background(), () -> {
            Agenda read = agenda.agenda(summitId);
            Map<String, List<Long>> members = read.choices().membersByNation();
            List<AgendaRow> built = read.items().stream().map(i -> row(i, summit, read.rooms(), members)).toList();
            // most reloads follow an edit of one item: the thousands of candidates stay as they are
            ParticipantPicker.Order order = ParticipantPicker.Order.of(context.services().precedence(), summitId,
                    read.choices());
            boolean sameChoices = read.choices().equals(shownChoices) && order.equals(shownOrder);
            return new Loaded(read, built, members, sameChoices ? null : picker.prepare(read.choices(), order));
        }, loaded -> {
            if (loadedSummit != summitId) {
                return;
            }
            List<Room> ordered = loaded.agenda().rooms().stream()
                    .sorted(RoomOrder.of(messages.getLocale())).toList();
            if (!ordered.equals(rooms)) {
                rooms.setAll(ordered);
                form.setRooms(ordered);
            }
            if (loaded.candidates() != null) {
                picker.setChoices(loaded.candidates());
                choices = loaded.agenda().choices();
                choicesOrder = loaded.candidates().order();
            }
            membersByNation = loaded.members();
            showLoaded(loaded.rows());
        }, edits::failed);
    }

    /**
     * Shows a saved item at once, in place of its old line, without waiting for the reload that the change
     * starts (at UN scale that reads thousands of rows): a moved block moves in the next frame. A line whose
     * start changed is then sorted to where the reload will read it (by start, then id), so that the reload
     * finds nothing to change: otherwise it replaced every line and the timeline laid its day out again. A
     * sort is one permutation, which keeps the list's selection; a remove and an add (tried) took the chosen
     * line out of it, and the move's frame came about 40 ms later (decision 0055).
     */
    void putRow(AgendaRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == row.id()) {
                if (!rows.get(i).equals(row)) {
                    rows.set(i, row);
                    if (i > 0 && READ_ORDER.compare(row, rows.get(i - 1)) < 0
                            || i < rows.size() - 1 && READ_ORDER.compare(row, rows.get(i + 1)) > 0) {
                        FXCollections.sort(rows, READ_ORDER);
                    }
                }
                return;
            }
        }
    }

    private record Loaded(Agenda agenda, List<AgendaRow> rows, Map<String, List<Long>> members,
                          ParticipantPicker.Prepared candidates) {
    }

    /** Another summit: forget the form and the filters, and offer its days. */
    private void startOver(Summit summit) {
        selected.set(null);
        editingNew.set(false);
        form.fill(null);
        formTitle.set("");
        notice.set("");
        summitDays.clear();
        for (LocalDate d = summit.firstDay(); !d.isAfter(summit.lastDay()); d = d.plusDays(1)) {
            summitDays.add(new Choice<>(d, formats.day(d)));
        }
        dayChoices.setAll(new Choice<>(null, messages.getString("agenda.allDays")));
        dayChoices.addAll(summitDays);
        dayFilter.set(dayChoices.get(0));
        timelineDay.set(summit.firstDay());
    }

    /** Chooses an item that another screen sent the user to, with the filters cleared so that it shows. */
    public void reveal(long itemId) {
        filter.set("");
        if (!dayChoices.isEmpty()) {
            dayFilter.set(dayChoices.get(0));
        }
        kindFilter.set(kindChoices.get(0));
        AgendaRow row = find(itemId);
        revealing = row == null ? itemId : 0;
        if (row != null) {
            select(row);
        }
    }

    private void showLoaded(List<AgendaRow> loaded) {
        long chosen = selected.get() == null ? 0 : selected.get().id();
        replaceRows(loaded);
        if (revealing != 0 && find(revealing) != null) {
            long id = revealing;
            revealing = 0;
            select(find(id));
            return;
        }
        if (chosen != 0 && !editingNew.get()) {
            AgendaRow again = find(chosen);
            if (!form.dirtyProperty().get() || again == null) {
                select(again);
            } else {
                selected.set(again);
            }
        }
    }

    /**
     * The rows as read, changing only what differs: after an edit of one item, one line changes (the list
     * keeps its scroll and the timeline re-lays one day once) instead of thousands being replaced.
     */
    private void replaceRows(List<AgendaRow> loaded) {
        if (loaded.size() != rows.size()) {
            rows.setAll(loaded);
            return;
        }
        int changed = -1;
        for (int i = 0; i < loaded.size(); i++) {
            if (!loaded.get(i).equals(rows.get(i))) {
                if (changed >= 0 || loaded.get(i).id() != rows.get(i).id()) {
                    rows.setAll(loaded);
                    return;
                }
                changed = i;
            }
        }
        if (changed >= 0) {
            rows.set(changed, loaded.get(changed));
        }
    }

    AgendaRow row(AgendaItem item) {
        return row(item, context.summit().get(), rooms, membersByNation);
    }

    /** A list line for an item; pure, so that the reload builds them off the FX thread. */
    private AgendaRow row(AgendaItem item, Summit summit, List<Room> roomList, Map<String, List<Long>> members) {
        Room room = item.roomId() == null ? null
                : roomList.stream().filter(r -> r.id() == item.roomId()).findFirst().orElse(null);
        Locale locale = messages.getLocale();
        return new AgendaRow(item, item.titleIn(locale), summit.toLocal(item.time().start()),
                summit.toLocal(item.time().end()), formats.kind(item.kind()), room == null ? null : room.nameIn(locale),
                AgendaService.participantCount(item.attendeeIds(), item.nations(), members));
    }

    AgendaRow find(long itemId) {
        return rows.stream().filter(r -> r.id() == itemId).findFirst().orElse(null);
    }

    /**
     * Shows an item in the form. If the form holds an unsaved, valid edit of another item it is saved
     * first (leaving a row commits it, as in a spreadsheet); an invalid one keeps the form and returns false.
     */
    public boolean select(AgendaRow row) {
        boolean leaving = row == null || editingNew.get() || selected.get() == null || row.id() != selected.get().id();
        if (form.dirtyProperty().get() && leaving) {
            if (!form.validProperty().get()) {
                notice.set(messages.getString("agenda.fixFirst"));
                return false;
            }
            edits.save();
        }
        show(row);
        return true;
    }

    /** Shows a saved item in the form (after a save or a duplicate, without asking anything). */
    void show(AgendaRow row) {
        selected.set(row);
        editingNew.set(false);
        form.fill(row == null ? null : row.item());
        formTitle.set(row == null ? "" : row.title());
        if (row != null) {
            timelineDay.set(row.day());
        }
    }

    /** The chosen item as saved now; the form shows it unless it holds typing not yet saved. */
    void refresh(AgendaRow row) {
        if (form.dirtyProperty().get()) {
            selected.set(row);
        } else {
            show(row);
        }
    }

    /** Starts a new item on the day shown in the filter (or the summit's first day). */
    public void newItem() {
        Summit summit = context.summit().get();
        if (summit == null) {
            return;
        }
        if (form.dirtyProperty().get() && form.validProperty().get()) {
            edits.save();
        }
        selected.set(null);
        editingNew.set(true);
        LocalDate day = dayFilter.get() != null && dayFilter.get().value() != null ? dayFilter.get().value()
                : summit.firstDay();
        form.fillNew(day);
        formTitle.set(messages.getString("agenda.newItem"));
        notice.set("");
    }

    /** Throws away the form's unsaved changes. */
    public void revert() {
        if (editingNew.get()) {
            editingNew.set(false);
            form.fill(null);
            formTitle.set("");
        } else {
            form.fill(selected.get() == null ? null : selected.get().item());
        }
        notice.set("");
    }

    public void save() {
        edits.save();
    }

    public void duplicate() {
        edits.duplicate();
    }

    public void requestDelete() {
        edits.requestDelete();
    }

    /**
     * Moves an item to other times (and maybe another room), as the timeline asks after a drag: it is
     * chosen, its form takes the new place and is saved the way a typed edit is (undoable, version-checked).
     */
    public void move(long itemId, Long roomId, LocalDateTime start, LocalDateTime end) {
        AgendaRow row = find(itemId);
        if (row == null || (selected.get() == null || selected.get().id() != itemId) && !select(row)) {
            return;
        }
        form.place(roomId, start, end);
        if (!form.validProperty().get()) {
            notice.set(messages.getString("agenda.fixFirst"));
            return;
        }
        edits.save();
    }

    /** The rooms as the timeline's columns, in the list's order (building, then name). */
    public List<TimelineRoom> timelineRooms() {
        return rooms.stream().map(r -> new TimelineRoom(r.id(), r.nameIn(messages.getLocale()), r.capacity())).toList();
    }

    /**
     * Every item as a timeline block, in the summit's time zone; the timeline shows those of its day.
     * The list's filters do not apply: a day's plan is read whole.
     */
    public List<TimelineItem> timelineItems() {
        return rows.stream().map(r -> new TimelineItem(r.id(), r.title(), r.item().kind().name(),
                r.item().roomId() == null ? 0 : r.item().roomId(), r.start(), r.end(), r.item().closed())).toList();
    }

    /** A drag in the timeline: the same save as typing the new times and room in the form. */
    public void move(MoveRequest request) {
        move(request.itemId(), request.roomId() == 0 ? null : request.roomId(), request.start(), request.end());
    }

    void setNotice(String text) {
        notice.set(text);
    }

    /** An item's title as this window shows it (its French title in a French window, when it has one). */
    String titleOf(AgendaItem item) {
        return item.titleIn(messages.getLocale());
    }

    String text(String key, Object... args) {
        return Messages.format(messages, key, args);
    }

    /** The summit's live findings, for the marks on items. */
    List<Nation> nations() {
        return context.nations();
    }

    LiveChecks checks() {
        return context.checks();
    }

    public AgendaFormats formats() {
        return formats;
    }

    public AgendaForm form() {
        return form;
    }

    public AgendaEdits edits() {
        return edits;
    }

    /** The items that pass the filters. */
    public ObservableList<AgendaRow> rows() {
        return filtered;
    }

    /** Every item of the summit, by start. */
    public ObservableList<AgendaRow> allRows() {
        return rowsView;
    }

    public ObservableList<Room> rooms() {
        return roomsView;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<Choice<LocalDate>> dayChoices() {
        return dayChoicesView;
    }

    /** The summit's days, for the timeline's day chooser. */
    public ObservableList<Choice<LocalDate>> summitDays() {
        return summitDaysView;
    }

    public ObjectProperty<Choice<LocalDate>> dayFilterProperty() {
        return dayFilter;
    }

    public ObservableList<Choice<AgendaKind>> kindChoices() {
        return kindChoicesView;
    }

    public ObjectProperty<Choice<AgendaKind>> kindFilterProperty() {
        return kindFilter;
    }

    public ReadOnlyObjectProperty<AgendaRow> selectedProperty() {
        return selected;
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

    /** The day the timeline shows: the chosen item's, else the summit's first. */
    public ReadOnlyObjectProperty<LocalDate> timelineDayProperty() {
        return timelineDay.getReadOnlyProperty();
    }

    public void showTimelineDay(LocalDate day) {
        timelineDay.set(day);
    }

    /** Whether the screen is in view: out of view it reads again only when it comes back. */
    public InView inView() {
        return inView;
    }
}
