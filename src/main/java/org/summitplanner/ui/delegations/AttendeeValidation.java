package org.summitplanner.ui.delegations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Summit;
import org.summitplanner.ui.common.Messages;

/**
 * The attendee form's checks: one message per field, null while the field is right, against the
 * rows loaded (unique email and key, the delegation's head) and the summit's days.
 */
public final class AttendeeValidation {

    /** One end of a stay as the form holds it: the instant, or what is wrong with the date or the time. */
    private record Stay(Instant at, String dateError, String timeError) {
    }

    private final AttendeeFields fields;
    private final ObservableList<AttendeeRow> rows;
    private final ReadOnlyObjectProperty<Attendee> shown;
    private final ReadOnlyBooleanProperty editingNew;
    private final ReadOnlyObjectProperty<Summit> summit;
    private final ResourceBundle messages;

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
    private final StringBinding problems;
    private final BooleanBinding valid;

    AttendeeValidation(AttendeeFields fields, ObservableList<AttendeeRow> rows, ReadOnlyObjectProperty<Attendee> shown,
                       ReadOnlyBooleanProperty editingNew, ReadOnlyBooleanProperty dirty,
                       ReadOnlyObjectProperty<Summit> summit, ResourceBundle messages) {
        this.fields = fields;
        this.rows = rows;
        this.shown = shown;
        this.editingNew = editingNew;
        this.summit = summit;
        this.messages = messages;
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
                f.arrivalDateProperty(), f.arrivalTimeProperty(), summit);
        departure = Bindings.createObjectBinding(() -> stay(f.departureDateProperty().get(),
                f.departureTimeProperty().get()), f.departureDateProperty(), f.departureTimeProperty(), summit);
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
        stayHint = Bindings.createStringBinding(this::stayRule, summit);
        List<StringBinding> errors = List.of(nationError, nameError, roleError, emailError, phoneError, keyError,
                arrivalDateError, arrivalTimeError, departureDateError, departureTimeError);
        List<String> labels = List.of("form.nation", "form.givenName", "form.role", "form.email", "form.phone",
                "form.key", "form.arrival", "form.arrival", "form.departure", "form.departure");
        problems = Bindings.createStringBinding(() -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < errors.size(); i++) {
                String error = errors.get(i).get();
                if (error != null && dirty.get()) {
                    text.append(text.length() == 0 ? "" : "\n").append(messages.getString(labels.get(i)))
                            .append(": ").append(error);
                }
            }
            return text.toString();
        }, nationError, nameError, roleError, emailError, phoneError, keyError, arrivalDateError, arrivalTimeError,
                departureDateError, departureTimeError, dirty);
        valid = Bindings.createBooleanBinding(() -> (editingNew.get() || shown.get() != null)
                        && errors.stream().allMatch(e -> e.get() == null),
                nationError, nameError, roleError, emailError, phoneError, keyError, arrivalDateError,
                arrivalTimeError, departureDateError, departureTimeError, editingNew, shown);
        fields.keyProperty().addListener((obs, old, now) -> keyTaken.set(null));
        fields.emailProperty().addListener((obs, old, now) -> emailTaken.set(null));
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

    /** The head of the delegation {@code code} among the loaded rows, other than {@code except}; null if none. */
    Attendee headOf(String code, long except) {
        return rows.stream().map(AttendeeRow::attendee)
                .filter(a -> a.headOfDelegation() && a.nation().equals(code) && a.id() != except)
                .findFirst().orElse(null);
    }

    private Stay stay(LocalDate date, String timeText) {
        Summit summit = this.summit.get();
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
        Summit summit = this.summit.get();
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


    /** Forgets the key and email the database refused (the form was filled anew). */
    void clearRefusals() {
        keyTaken.set(null);
        emailTaken.set(null);
    }

    /** The database refused this key (taken by a row this screen had not loaded). */
    void refusedKey(String key) {
        keyTaken.set(key);
    }

    /** The database refused this email (taken by a row this screen had not loaded). */
    void refusedEmail(String email) {
        emailTaken.set(email);
    }

    Instant arrivesAt() {
        return arrival.get().at();
    }

    Instant departsAt() {
        return departure.get().at();
    }

    private String text(String key, Object... args) {
        return Messages.format(messages, key, args);
    }

    public StringBinding nationError() {
        return nationError;
    }

    /** Shown at both name fields: one of them is needed. */
    public StringBinding nameError() {
        return nameError;
    }

    public StringBinding roleError() {
        return roleError;
    }

    public StringBinding emailError() {
        return emailError;
    }

    public StringBinding phoneError() {
        return phoneError;
    }

    public StringBinding keyError() {
        return keyError;
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

    /** The delegation's head now, or that it has none: what the head checkbox will change. */
    public StringBinding headHint() {
        return headHint;
    }

    /** The time zone and the days an arrival or departure may fall on. */
    public StringBinding stayHint() {
        return stayHint;
    }

    /** What is wrong, one line per field ("Email: Not an email address"), once the user has typed. */
    public StringBinding problems() {
        return problems;
    }

    /** True when every field is right and there is a row (or a new one) to save. */
    public BooleanBinding validProperty() {
        return valid;
    }
}
