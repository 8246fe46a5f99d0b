package org.summitplanner.ui.summit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.summitplanner.model.CapitalZones;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Summit;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.NationMatcher;

/** The fields of a summit, new or being changed, and what is wrong with them, field by field. */
public final class SummitModel {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    /** What is typed in the host field; the host is the best nation it names. */
    private final StringProperty hostText = new SimpleStringProperty(this, "hostText", "");
    private final ReadOnlyObjectWrapper<Nation> host = new ReadOnlyObjectWrapper<>(this, "host");
    /** The nations the typed text may mean, best first; the host is one of them. */
    private final ObservableList<Nation> hostChoices = FXCollections.observableArrayList();
    private final StringProperty city = new SimpleStringProperty(this, "city", "");
    private final StringProperty venue = new SimpleStringProperty(this, "venue", "");
    private final StringProperty nameFr = new SimpleStringProperty(this, "nameFr", "");
    private final StringProperty venueFr = new SimpleStringProperty(this, "venueFr", "");
    private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>(this, "firstDay");
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>(this, "lastDay");
    private final StringProperty timeZone = new SimpleStringProperty(this, "timeZone", ZoneId.systemDefault().getId());
    private final StringProperty transferMinutes = new SimpleStringProperty(this, "transferMinutes",
            Integer.toString(Summit.DEFAULT_TRANSFER_MINUTES));

    private final StringBinding nameError;
    private final StringBinding hostError;
    private final StringBinding cityError;
    private final StringBinding firstDayError;
    private final StringBinding lastDayError;
    private final StringBinding timeZoneError;
    private final StringBinding transferError;
    private final BooleanBinding valid;

    private final List<Nation> nations;
    private final NationMatcher matcher;
    private final Locale locale;
    /** The summit being changed, or null for a new one. */
    private Summit existing;
    /** True once the user typed or picked a time zone: the host's capital no longer sets it. */
    private boolean zoneChosen;
    /** True while the host's capital sets the time zone (not the user's choice). */
    private boolean followingHost;

    /** @param aliases other names of nations by code (USA, Czech Republic ...), searched too */
    public SummitModel(ResourceBundle messages, List<Nation> nations, Map<String, List<String>> aliases) {
        this.nations = List.copyOf(nations);
        this.matcher = new NationMatcher(nations, aliases);
        this.locale = messages.getLocale() == null ? Locale.ENGLISH : messages.getLocale();
        hostText.addListener((obs, old, now) -> {
            hostChoices.setAll(suggestions(now));
            host.set(hostChoices.isEmpty() ? null : hostChoices.get(0));
        });
        // a new summit is in its host's time zone (its capital's) unless the user picks another
        host.addListener((obs, old, now) -> {
            if (existing == null && !zoneChosen && now != null) {
                CapitalZones.of(now.code()).ifPresent(zone -> {
                    followingHost = true;
                    try {
                        timeZone.set(zone.getId());
                    } finally {
                        followingHost = false;
                    }
                });
            }
        });
        timeZone.addListener((obs, old, now) -> {
            if (!followingHost) {
                zoneChosen = true;
            }
        });
        String required = messages.getString("validation.required");
        nameError = Bindings.createStringBinding(() -> blank(name.get()) ? required : null, name);
        hostError = Bindings.createStringBinding(() -> host.get() == null ? required : null, host);
        cityError = Bindings.createStringBinding(() -> blank(city.get()) ? required : null, city);
        String yearRange = Messages.format(messages, "validation.yearRange", String.valueOf(Summit.FIRST_YEAR),
                String.valueOf(Summit.LAST_YEAR));
        firstDayError = Bindings.createStringBinding(() -> firstDay.get() == null ? required
                : !Summit.isYearInRange(firstDay.get()) ? yearRange : null, firstDay);
        lastDayError = Bindings.createStringBinding(() -> {
            if (lastDay.get() == null) {
                return required;
            }
            if (!Summit.isYearInRange(lastDay.get())) {
                return yearRange;
            }
            if (firstDay.get() != null && lastDay.get().isBefore(firstDay.get())) {
                return messages.getString("validation.lastDayBeforeFirst");
            }
            return firstDay.get() != null && !Summit.isLengthAllowed(firstDay.get(), lastDay.get())
                    ? Messages.format(messages, "validation.summitTooLong", Summit.MAX_DAYS) : null;
        }, firstDay, lastDay);
        timeZoneError = Bindings.createStringBinding(() -> zone().isPresent() ? null
                : messages.getString("validation.timeZone"), timeZone);
        transferError = Bindings.createStringBinding(() -> transfer().isPresent() ? null
                : Messages.format(messages, "validation.transferMinutes", Summit.MAX_TRANSFER_MINUTES), transferMinutes);
        valid = Bindings.createBooleanBinding(() -> nameError.get() == null && hostError.get() == null
                        && cityError.get() == null && firstDayError.get() == null && lastDayError.get() == null
                        && timeZoneError.get() == null && transferError.get() == null,
                nameError, hostError, cityError, firstDayError, lastDayError, timeZoneError, transferError);
    }

    /** Fills the fields from a stored summit; {@link #summit()} then gives it back changed, same id and version. */
    public void edit(Summit summit) {
        existing = summit;
        name.set(summit.name());
        nations.stream().filter(n -> n.code().equals(summit.hostNation())).findFirst()
                .ifPresentOrElse(n -> hostText.set(display(n)), () -> hostText.set(summit.hostNation()));
        city.set(summit.city());
        venue.set(summit.venue() == null ? "" : summit.venue());
        nameFr.set(summit.nameFr() == null ? "" : summit.nameFr());
        venueFr.set(summit.venueFr() == null ? "" : summit.venueFr());
        firstDay.set(summit.firstDay());
        lastDay.set(summit.lastDay());
        timeZone.set(summit.timeZone().getId());
        transferMinutes.set(Integer.toString(summit.transferMinutes()));
    }

    /** How a nation is written in the host field and in its suggestions. */
    public String display(Nation nation) {
        return nation == null ? "" : nation.name(locale) + " (" + nation.code() + ")";
    }

    /** What the typed text may mean, best first: the nation whose full name it is, or the best matches. */
    private List<Nation> suggestions(String typed) {
        return nations.stream().filter(n -> display(n).equals(typed)).findFirst().map(List::of)
                .orElseGet(() -> matcher.best(nations, typed, 12));
    }

    /** Takes another of the choices as host (the user moved to it in the list). */
    public void choose(Nation nation) {
        if (nation != null && hostChoices.contains(nation)) {
            host.set(nation);
        }
    }

    /** Writes the chosen host's name in full, once the user has finished typing. */
    public void completeHost() {
        if (host.get() != null) {
            hostText.set(display(host.get()));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private Optional<Integer> transfer() {
        try {
            int minutes = Integer.parseInt(transferMinutes.get().strip());
            return minutes >= 0 && minutes <= Summit.MAX_TRANSFER_MINUTES ? Optional.of(minutes) : Optional.empty();
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private Optional<ZoneId> zone() {
        try {
            return blank(timeZone.get()) ? Optional.empty() : Optional.of(ZoneId.of(timeZone.get().strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The summit to create, or empty while a field is wrong. */
    public Optional<Summit> summit() {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new Summit(existing == null ? 0 : existing.id(), name.get().strip(), host.get().code(),
                city.get().strip(), blank(venue.get()) ? null : venue.get().strip(), firstDay.get(), lastDay.get(),
                zone().orElseThrow(), transfer().orElseThrow(), existing == null ? 0 : existing.version(),
                blank(nameFr.get()) ? null : nameFr.get().strip(), blank(venueFr.get()) ? null : venueFr.get().strip()));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hostTextProperty() {
        return hostText;
    }

    public ReadOnlyObjectProperty<Nation> hostProperty() {
        return host.getReadOnlyProperty();
    }

    public ObservableList<Nation> hostChoices() {
        return FXCollections.unmodifiableObservableList(hostChoices);
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public StringProperty nameFrProperty() {
        return nameFr;
    }

    public StringProperty venueFrProperty() {
        return venueFr;
    }

    public ObjectProperty<LocalDate> firstDayProperty() {
        return firstDay;
    }

    public ObjectProperty<LocalDate> lastDayProperty() {
        return lastDay;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public StringBinding nameError() {
        return nameError;
    }

    public StringBinding hostError() {
        return hostError;
    }

    public StringBinding cityError() {
        return cityError;
    }

    public StringBinding firstDayError() {
        return firstDayError;
    }

    public StringBinding lastDayError() {
        return lastDayError;
    }

    public StringBinding timeZoneError() {
        return timeZoneError;
    }

    /** Minutes a person needs between items in two buildings, as typed. */
    public StringProperty transferMinutesProperty() {
        return transferMinutes;
    }

    public StringBinding transferError() {
        return transferError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
