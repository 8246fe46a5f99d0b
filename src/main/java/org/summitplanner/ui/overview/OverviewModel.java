package org.summitplanner.ui.overview;

import java.text.Collator;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.summitplanner.model.Nation;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitOverview;

/** The overview of the current summit as text ready for the screen. */
public final class OverviewModel {

    private final List<Nation> nations;
    private final ResourceBundle messages;
    private final Locale locale;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper days = new ReadOnlyStringWrapper(this, "days", "");
    private final ReadOnlyStringWrapper place = new ReadOnlyStringWrapper(this, "place", "");
    private final ReadOnlyStringWrapper attendees = new ReadOnlyStringWrapper(this, "attendees", "");
    private final ReadOnlyStringWrapper rooms = new ReadOnlyStringWrapper(this, "rooms", "");
    private final ReadOnlyStringWrapper agendaItems = new ReadOnlyStringWrapper(this, "agendaItems", "");
    private final ReadOnlyStringWrapper takingPart = new ReadOnlyStringWrapper(this, "takingPart", "");
    private final Map<ParticipationStatus, ReadOnlyStringWrapper> byStatus = new EnumMap<>(ParticipationStatus.class);
    private final ReadOnlyStringWrapper awaitingReply = new ReadOnlyStringWrapper(this, "awaitingReply", "");
    private final ReadOnlyStringWrapper notInvited = new ReadOnlyStringWrapper(this, "notInvited", "");
    /** The captions under the counts, by their key in {@code overview.caption.*}; the value is the plain caption. */
    private static final Map<String, String> PLAIN_CAPTIONS = Map.of("takingPart", "overview.takingPart",
            "confirmed", "status.CONFIRMED", "invited", "status.INVITED", "observer", "status.OBSERVER",
            "declined", "status.DECLINED", "notInvited", "overview.notInvitedOnRecord",
            "attendees", "overview.attendees", "rooms", "overview.rooms", "agendaItems", "overview.agendaItems");
    private final Map<String, ReadOnlyStringWrapper> captions = new HashMap<>();

    public OverviewModel(ObservableValue<SummitOverview> overview, List<Nation> nations, ResourceBundle messages) {
        this.nations = nations;
        this.messages = messages;
        this.locale = messages.getLocale() == null || messages.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : messages.getLocale();
        for (ParticipationStatus s : ParticipationStatus.values()) {
            byStatus.put(s, new ReadOnlyStringWrapper(this, s.name(), ""));
        }
        PLAIN_CAPTIONS.keySet().forEach(key -> captions.put(key, new ReadOnlyStringWrapper(this, key + "Caption", "")));
        overview.addListener((obs, old, now) -> show(now));
        show(overview.getValue());
    }

    private void show(SummitOverview o) {
        if (o == null) {
            title.set(messages.getString("overview.none"));
            days.set("");
            place.set("");
            for (var p : List.of(attendees, rooms, agendaItems, takingPart)) {
                p.set("–");
            }
            byStatus.values().forEach(p -> p.set("–"));
            awaitingReply.set("");
            notInvited.set("");
            captions.forEach((key, caption) -> caption.set(messages.getString(PLAIN_CAPTIONS.get(key))));
            return;
        }
        Summit s = o.summit();
        title.set(s.nameIn(locale));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        days.set(s.firstDay().equals(s.lastDay())
                ? MessageFormat.format(messages.getString("overview.oneDay"), format.format(s.firstDay()), s.timeZone().getId())
                : MessageFormat.format(messages.getString("overview.days"), format.format(s.firstDay()),
                        format.format(s.lastDay()), s.dayCount(), s.timeZone().getId()));
        String host = nations.stream().filter(n -> n.code().equals(s.hostNation())).findFirst()
                .map(n -> n.name(locale)).orElse(s.hostNation());
        String venue = s.venueIn(locale);
        place.set(MessageFormat.format(messages.getString("overview.place"),
                venue == null || venue.isBlank() ? s.city() : venue + ", " + s.city(), host));
        attendees.set(Integer.toString(o.attendees()));
        rooms.set(Integer.toString(o.rooms()));
        agendaItems.set(Integer.toString(o.agendaItems()));
        takingPart.set(Integer.toString(o.nationsTakingPart()));
        byStatus.forEach((status, p) -> p.set(Integer.toString(o.nations(status))));
        // the captions before the lists of names, which are set last
        caption("takingPart", o.nationsTakingPart());
        caption("confirmed", o.nations(ParticipationStatus.CONFIRMED));
        caption("invited", o.nations(ParticipationStatus.INVITED));
        caption("observer", o.nations(ParticipationStatus.OBSERVER));
        caption("declined", o.nations(ParticipationStatus.DECLINED));
        caption("notInvited", o.nations(ParticipationStatus.NOT_INVITED));
        caption("attendees", o.attendees());
        caption("rooms", o.rooms());
        caption("agendaItems", o.agendaItems());
        awaitingReply.set(names(o.nationCodes(ParticipationStatus.INVITED)));
        notInvited.set(names(o.nationCodes(ParticipationStatus.NOT_INVITED)));
    }

    /** "1 observer", "2 observers": the caption follows its count. */
    private void caption(String key, int count) {
        captions.get(key).set(new MessageFormat(messages.getString("overview.caption." + key), locale)
                .format(new Object[] {count}));
    }

    /** Nation names in the screen's language, in that language's alphabetical order. */
    private String names(List<String> codes) {
        if (codes.isEmpty()) {
            return messages.getString("overview.nobody");
        }
        Collator collator = Collator.getInstance(locale);
        return codes.stream().map(code -> nations.stream().filter(n -> n.code().equals(code)).findFirst()
                        .map(n -> n.name(locale)).orElse(code))
                .sorted(collator).collect(Collectors.joining(", "));
    }

    public ReadOnlyStringProperty awaitingReplyProperty() {
        return awaitingReply.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notInvitedProperty() {
        return notInvited.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty daysProperty() {
        return days.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeProperty() {
        return place.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attendeesProperty() {
        return attendees.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomsProperty() {
        return rooms.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty agendaItemsProperty() {
        return agendaItems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty takingPartProperty() {
        return takingPart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nationsProperty(ParticipationStatus status) {
        return byStatus.get(status).getReadOnlyProperty();
    }

    /** The caption under a count ({@code takingPart}, {@code observer}, {@code rooms}, ...: see {@code overview.caption.*}). */
    public ReadOnlyStringProperty captionProperty(String key) {
        return captions.get(key).getReadOnlyProperty();
    }
}
