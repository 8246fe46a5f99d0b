package org.summitplanner.ui.delegations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.summitplanner.model.AddressStyle;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.ProtocolDetails;
import org.summitplanner.model.Role;
import org.summitplanner.model.Summit;

/** The attendee form's fields as the user types them: text as text, times as "HH:MM". */
public final class AttendeeFields {

    private final StringProperty honorific = text("honorific");
    private final StringProperty givenName = text("givenName");
    private final StringProperty familyName = text("familyName");
    private final StringProperty position = text("position");
    private final StringProperty positionFr = text("positionFr");
    private final ObjectProperty<String> nation = new SimpleObjectProperty<>(this, "nation");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final BooleanProperty head = new SimpleBooleanProperty(this, "head");
    private final StringProperty email = text("email");
    private final StringProperty phone = text("phone");
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> arrivalDate = new SimpleObjectProperty<>(this, "arrivalDate");
    private final StringProperty arrivalTime = text("arrivalTime");
    private final ObjectProperty<LocalDate> departureDate = new SimpleObjectProperty<>(this, "departureDate");
    private final StringProperty departureTime = text("departureTime");
    private final StringProperty notes = text("notes");
    private final StringProperty key = text("key");
    private final ObjectProperty<AddressStyle> style = new SimpleObjectProperty<>(this, "style");
    private final StringProperty styleEn = text("styleEn");
    private final StringProperty styleFr = text("styleFr");
    private final ObjectProperty<LocalDate> tookOffice = new SimpleObjectProperty<>(this, "tookOffice");
    /** Not on the form (the Protocol screen sets it): kept so that saving the form does not lose it. */
    private Integer handPosition;

    private StringProperty text(String name) {
        return new SimpleStringProperty(this, name, "");
    }

    /** Every field, to watch for typing. */
    List<Observable> all() {
        return List.of(honorific, givenName, familyName, position, positionFr, nation, role, head, email, phone, languages,
                arrivalDate, arrivalTime, departureDate, departureTime, notes, key, style, styleEn, styleFr, tookOffice);
    }

    /** Shows an attendee, times in the summit's time zone; null empties the form. */
    void fill(Attendee a, Summit summit) {
        honorific.set(a == null || a.honorific() == null ? "" : a.honorific());
        givenName.set(a == null ? "" : a.givenName());
        familyName.set(a == null ? "" : a.familyName());
        position.set(a == null || a.position() == null ? "" : a.position());
        positionFr.set(a == null || a.positionFr() == null ? "" : a.positionFr());
        nation.set(a == null ? null : a.nation());
        role.set(a == null ? null : a.role());
        head.set(a != null && a.headOfDelegation());
        email.set(a == null || a.email() == null ? "" : a.email());
        phone.set(a == null || a.phone() == null ? "" : a.phone());
        languages.setAll(a == null ? List.of() : a.languages());
        LocalDateTime arrives = local(a == null ? null : a.arrivesAt(), summit);
        LocalDateTime departs = local(a == null ? null : a.departsAt(), summit);
        arrivalDate.set(arrives == null ? null : arrives.toLocalDate());
        arrivalTime.set(arrives == null ? "" : hhmm(arrives.toLocalTime()));
        departureDate.set(departs == null ? null : departs.toLocalDate());
        departureTime.set(departs == null ? "" : hhmm(departs.toLocalTime()));
        notes.set(a == null || a.notes() == null ? "" : a.notes());
        key.set(a == null || a.key() == null ? "" : a.key());
        ProtocolDetails p = a == null ? ProtocolDetails.NONE : a.protocol();
        style.set(p.style());
        styleEn.set(p.styleEn() == null ? "" : p.styleEn());
        styleFr.set(p.styleFr() == null ? "" : p.styleFr());
        tookOffice.set(p.tookOffice());
        handPosition = p.handPosition();
    }

    /** The attendee the fields describe; call only when they are valid. */
    Attendee toAttendee(long id, int version, Instant arrivesAt, Instant departsAt) {
        return new Attendee(id, optional(key.get()), nation.get(), givenName.get().strip(), familyName.get().strip(),
                optional(honorific.get()), optional(position.get()), role.get(), head.get(), optional(email.get()),
                optional(phone.get()), List.copyOf(languages), arrivesAt, departsAt, optional(notes.get()), version,
                optional(positionFr.get()), new ProtocolDetails(style.get(), optional(styleEn.get()),
                        optional(styleFr.get()), tookOffice.get(), handPosition));
    }

    private static LocalDateTime local(Instant at, Summit summit) {
        return at == null || summit == null ? null : summit.toLocal(at);
    }

    private static String hhmm(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String optional(String s) {
        return blank(s) ? null : s.strip();
    }

    /** The style of address (H.E., ...), null for none. */
    public ObjectProperty<AddressStyle> styleProperty() {
        return style;
    }

    public StringProperty styleEnProperty() {
        return styleEn;
    }

    public StringProperty styleFrProperty() {
        return styleFr;
    }

    public ObjectProperty<LocalDate> tookOfficeProperty() {
        return tookOffice;
    }

    public StringProperty honorificProperty() {
        return honorific;
    }

    public StringProperty givenNameProperty() {
        return givenName;
    }

    public StringProperty familyNameProperty() {
        return familyName;
    }

    public StringProperty positionFrProperty() {
        return positionFr;
    }

    public StringProperty positionProperty() {
        return position;
    }

    /** The nation code of the attendee's delegation. */
    public ObjectProperty<String> nationProperty() {
        return nation;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public BooleanProperty headProperty() {
        return head;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** ISO 639-1 codes in order of preference. */
    public ObservableList<String> languages() {
        return languages;
    }

    public ObjectProperty<LocalDate> arrivalDateProperty() {
        return arrivalDate;
    }

    public StringProperty arrivalTimeProperty() {
        return arrivalTime;
    }

    public ObjectProperty<LocalDate> departureDateProperty() {
        return departureDate;
    }

    public StringProperty departureTimeProperty() {
        return departureTime;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty keyProperty() {
        return key;
    }
}
