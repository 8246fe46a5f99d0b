package org.summitplanner.ui.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.AgendaKind;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Room;
import org.summitplanner.model.Summit;
import org.summitplanner.model.TimeRange;
import org.summitplanner.ui.common.Messages;

/**
 * The agenda item form: every field as a property, its validation (each field says what is wrong
 * with it) and the conversion to and from {@link AgendaItem} in the summit's time zone.
 */
public final class AgendaForm {

    static final int TITLE_MAX = 300;
    static final int KEY_MAX = 100;
    static final int DESCRIPTION_MAX = 4000;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:h.]?(\\d{2}))?");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final ResourceBundle messages;
    private final ReadOnlyObjectProperty<Summit> summit;
    private final ObservableList<AgendaRow> rows;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<AgendaKind> kind = new SimpleObjectProperty<>(this, "kind", AgendaKind.WORKING_SESSION);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private final ObservableList<Choice<Room>> roomChoices = FXCollections.observableArrayList();
    /** Read-only view kept as a field: a wrapper listens weakly, so one made per call can lose its listeners. */
    private final ObservableList<Choice<Room>> roomChoicesView = FXCollections.unmodifiableObservableList(roomChoices);
    private final ObjectProperty<Choice<Room>> room = new SimpleObjectProperty<>(this, "room");
    private final BooleanProperty closed = new SimpleBooleanProperty(this, "closed");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty titleFr = new SimpleStringProperty(this, "titleFr", "");
    private final StringProperty descriptionFr = new SimpleStringProperty(this, "descriptionFr", "");
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final ParticipantPicker participants;
    /** The id of the item in the form, 0 for a new one: its own key is not "taken". */
    private final LongProperty itemId = new SimpleLongProperty(this, "itemId");
    private final ReadOnlyStringWrapper keyTaken = new ReadOnlyStringWrapper(this, "keyTaken");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    private final StringBinding titleError;
    private final StringBinding dayError;
    private final StringBinding startError;
    private final StringBinding endError;
    private final StringBinding keyError;
    private final StringBinding descriptionError;
    private final StringBinding titleFrError;
    private final StringBinding descriptionFrError;
    private final StringBinding capacityWarning;
    private final StringBinding participantSummary;
    private final BooleanBinding valid;
    private final StringBinding problem;
    private boolean loading;

    /**
     * @param rows every item of the summit, to tell a key used by another item
     */
    public AgendaForm(ResourceBundle messages, ReadOnlyObjectProperty<Summit> summit, List<Nation> nations,
                      ObservableList<AgendaRow> rows) {
        this.messages = messages;
        this.summit = summit;
        this.rows = rows;
        this.participants = new ParticipantPicker(nations, messages, this::touched);
        roomChoices.add(noRoom());
        room.set(roomChoices.get(0));

        titleError = Bindings.createStringBinding(() -> blank(title.get()) ? text("validation.required")
                : title.get().strip().length() > TITLE_MAX ? text("agenda.tooLong", TITLE_MAX) : null, title);
        dayError = Bindings.createStringBinding(this::dayProblem, day, summit);
        startError = Bindings.createStringBinding(() -> timeProblem(start.get()), start);
        endError = Bindings.createStringBinding(this::endProblem, start, end);
        keyError = Bindings.createStringBinding(this::keyProblem, key, rows, itemId, keyTaken);
        descriptionError = Bindings.createStringBinding(() -> description.get() != null
                && description.get().strip().length() > DESCRIPTION_MAX ? text("agenda.tooLong", DESCRIPTION_MAX)
                : null, description);
        titleFrError = Bindings.createStringBinding(() -> titleFr.get() != null
                && titleFr.get().strip().length() > TITLE_MAX ? text("agenda.tooLong", TITLE_MAX) : null, titleFr);
        descriptionFrError = Bindings.createStringBinding(() -> descriptionFr.get() != null
                && descriptionFr.get().strip().length() > DESCRIPTION_MAX ? text("agenda.tooLong", DESCRIPTION_MAX)
                : null, descriptionFr);
        capacityWarning = Bindings.createStringBinding(this::capacityProblem, room, participants.countProperty());
        participantSummary = Bindings.createStringBinding(() -> text("agenda.participantCount",
                participants.countProperty().get(), participants.attendeeIds().size(), participants.nations().size()),
                participants.countProperty(), participants.chosen());
        valid = Bindings.createBooleanBinding(() -> titleError.get() == null && dayError.get() == null
                && startError.get() == null && endError.get() == null && keyError.get() == null
                && descriptionError.get() == null && titleFrError.get() == null && descriptionFrError.get() == null,
                titleError, dayError, startError, endError, keyError, descriptionError, titleFrError,
                descriptionFrError);
        problem = Bindings.createStringBinding(() -> !dirty.get() ? null
                : titleError.get() != null ? named("agenda.itemTitle", titleError.get())
                : dayError.get() != null ? named("agenda.day", dayError.get())
                : startError.get() != null ? named("agenda.start", startError.get())
                : endError.get() != null ? named("agenda.end", endError.get())
                : keyError.get() != null ? named("agenda.key", keyError.get())
                : descriptionError.get() != null ? named("agenda.description", descriptionError.get())
                : titleFrError.get() != null ? named("agenda.itemTitleFr", titleFrError.get())
                : descriptionFrError.get() != null ? named("agenda.descriptionFr", descriptionFrError.get()) : null,
                dirty, titleError, dayError, startError, endError, keyError, descriptionError, titleFrError,
                descriptionFrError);
        for (Observable field : List.of(title, kind, day, start, end, room, closed, description, key, titleFr,
                descriptionFr)) {
            field.addListener(o -> touched());
        }
        key.addListener((obs, old, now) -> keyTaken.set(null));
    }

    private Choice<Room> noRoom() {
        return new Choice<>(null, text("agenda.noRoom"));
    }

    private String named(String field, String error) {
        return text("agenda.problem", messages.getString(field), error);
    }

    private void touched() {
        if (!loading) {
            dirty.set(true);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private String text(String messageKey, Object... args) {
        return Messages.format(messages, messageKey, args);
    }

    /** A time as typed ("9:30", "0930", "9h30", "9"), or null if it is not one. */
    static LocalTime parseTime(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher m = TIME.matcher(typed.strip());
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    private String timeProblem(String typed) {
        if (blank(typed)) {
            return text("validation.required");
        }
        return parseTime(typed) == null ? text("agenda.timeFormat") : null;
    }

    private String endProblem() {
        String problem = timeProblem(end.get());
        if (problem != null) {
            return problem;
        }
        LocalTime from = parseTime(start.get());
        LocalTime to = parseTime(end.get());
        return from != null && !to.isAfter(from) ? text("agenda.endBeforeStart", HH_MM.format(from)) : null;
    }

    private String dayProblem() {
        LocalDate d = day.get();
        if (d == null) {
            return text("validation.required");
        }
        Summit s = summit.get();
        if (s != null && (d.isBefore(s.firstDay()) || d.isAfter(s.lastDay()))) {
            DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMM yyyy", messages.getLocale());
            return s.firstDay().equals(s.lastDay()) ? text("agenda.outsideOneDay", f.format(s.firstDay()))
                    : text("agenda.outsideDays", f.format(s.firstDay()), f.format(s.lastDay()));
        }
        return null;
    }

    private String keyProblem() {
        String k = key.get() == null ? "" : key.get().strip();
        if (k.isEmpty()) {
            return null;
        }
        if (k.length() > KEY_MAX) {
            return text("agenda.tooLong", KEY_MAX);
        }
        if (k.equals(keyTaken.get())) {
            return text("agenda.keyTaken");
        }
        long self = itemId.get();
        return rows.stream().anyMatch(r -> r.id() != self && k.equals(r.item().key())) ? text("agenda.keyTaken") : null;
    }

    private String capacityProblem() {
        Room r = room.get() == null ? null : room.get().value();
        int people = participants.countProperty().get();
        return r != null && people > r.capacity()
                ? text("agenda.overCapacity", r.nameIn(messages.getLocale()), r.capacity(), people) : null;
    }

    /** The summit's rooms to choose from (after "no room"). */
    public void setRooms(List<Room> rooms) {
        long chosen = room.get() == null || room.get().value() == null ? 0 : room.get().value().id();
        boolean wasLoading = loading;
        loading = true;
        // one change: the room box rebuilds its menu on each
        List<Choice<Room>> choices = new java.util.ArrayList<>();
        choices.add(noRoom());
        rooms.forEach(r -> choices.add(
                new Choice<>(r, text("agenda.roomChoice", r.nameIn(messages.getLocale()), r.capacity()))));
        roomChoices.setAll(choices);
        room.set(roomChoice(chosen == 0 ? null : chosen));
        loading = wasLoading;
    }

    private Choice<Room> roomChoice(Long roomId) {
        return roomChoices.stream().filter(c -> roomId == null ? c.value() == null
                : c.value() != null && c.value().id() == roomId).findFirst().orElse(roomChoices.get(0));
    }

    /** Shows an item; null empties the form. */
    public void fill(AgendaItem item) {
        Summit s = summit.get();
        loading = true;
        try {
            itemId.set(item == null ? 0 : item.id());
            title.set(item == null ? "" : item.title());
            kind.set(item == null ? AgendaKind.WORKING_SESSION : item.kind());
            LocalDateTime from = item == null || s == null ? null : s.toLocal(item.time().start());
            LocalDateTime to = item == null || s == null ? null : s.toLocal(item.time().end());
            day.set(from == null ? null : from.toLocalDate());
            start.set(from == null ? "" : HH_MM.format(from));
            end.set(to == null ? "" : HH_MM.format(to));
            room.set(roomChoice(item == null ? null : item.roomId()));
            closed.set(item != null && item.closed());
            description.set(item == null || item.description() == null ? "" : item.description());
            titleFr.set(item == null || item.titleFr() == null ? "" : item.titleFr());
            descriptionFr.set(item == null || item.descriptionFr() == null ? "" : item.descriptionFr());
            key.set(item == null || item.key() == null ? "" : item.key());
            participants.filterProperty().set("");
            participants.setChosen(item == null ? List.of() : item.attendeeIds(),
                    item == null ? List.of() : item.nations());
        } finally {
            loading = false;
        }
        dirty.set(false);
        keyTaken.set(null);
    }

    /** Empties the form for a new item on {@code onDay}; a new item is closed-door, as most are at a summit. */
    public void fillNew(LocalDate onDay) {
        fill(null);
        loading = true;
        day.set(onDay);
        closed.set(true);
        loading = false;
    }

    /** Puts an item at other times (and in another room), as if typed: the form becomes dirty. */
    public void place(Long roomId, LocalDateTime from, LocalDateTime to) {
        day.set(from.toLocalDate());
        start.set(HH_MM.format(from));
        end.set(HH_MM.format(to));
        room.set(roomChoice(roomId));
    }

    /** The form as an item; only call while {@link #validProperty()} holds. */
    public AgendaItem toItem(long id, int version) {
        Summit s = summit.get();
        LocalDate d = day.get();
        TimeRange time = new TimeRange(s.toInstant(d.atTime(parseTime(start.get()))),
                s.toInstant(d.atTime(parseTime(end.get()))));
        Room r = room.get() == null ? null : room.get().value();
        return new AgendaItem(id, blank(key.get()) ? null : key.get().strip(), title.get().strip(), kind.get(), time,
                r == null ? null : r.id(), closed.get(), blank(description.get()) ? null : description.get().strip(),
                participants.attendeeIds(), participants.nations(), version,
                blank(titleFr.get()) ? null : titleFr.get().strip(),
                blank(descriptionFr.get()) ? null : descriptionFr.get().strip());
    }

    /** The save was refused because another item has the key. */
    void keyTaken() {
        keyTaken.set(key.get() == null ? null : key.get().strip());
    }

    void markDirty() {
        dirty.set(true);
    }

    void markSaved() {
        dirty.set(false);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<AgendaKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public ObservableList<Choice<Room>> roomChoices() {
        return roomChoicesView;
    }

    public ObjectProperty<Choice<Room>> roomProperty() {
        return room;
    }

    /** Chooses the room with this id, or no room for null. */
    public void chooseRoom(Long roomId) {
        room.set(roomChoice(roomId));
    }

    public BooleanProperty closedProperty() {
        return closed;
    }

    public StringProperty titleFrProperty() {
        return titleFr;
    }

    public StringProperty descriptionFrProperty() {
        return descriptionFr;
    }

    public StringBinding titleFrError() {
        return titleFrError;
    }

    public StringBinding descriptionFrError() {
        return descriptionFrError;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public ParticipantPicker participants() {
        return participants;
    }

    public StringBinding titleError() {
        return titleError;
    }

    public StringBinding dayError() {
        return dayError;
    }

    public StringBinding startError() {
        return startError;
    }

    public StringBinding endError() {
        return endError;
    }

    public StringBinding keyError() {
        return keyError;
    }

    public StringBinding descriptionError() {
        return descriptionError;
    }

    /** Not an error: the chosen room holds fewer people than take part. Null when it is fine. */
    public StringBinding capacityWarning() {
        return capacityWarning;
    }

    /** "9 take part: 3 named, 2 whole delegations". */
    public StringBinding participantSummary() {
        return participantSummary;
    }

    /** Why the form cannot be saved, naming the field ("End: Must be after the start (11:00)"); null when it can. */
    public StringBinding problem() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
