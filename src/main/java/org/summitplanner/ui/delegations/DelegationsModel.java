package org.summitplanner.ui.delegations;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
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
import org.summitplanner.model.AgendaItemRef;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Precedence;
import org.summitplanner.model.PrecedenceOrder;
import org.summitplanner.model.Role;
import org.summitplanner.model.Summit;
import org.summitplanner.service.AttendeeService;
import org.summitplanner.service.AttendeeService.Roster;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.ui.common.InView;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Loading;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * The delegations screen's state: the delegations (filtered), the chosen delegation's members, every
 * attendee (with the filters of the "All attendees" view) and the attendee form. Deleting asks first,
 * through {@link #pendingDeleteProperty()}.
 */
public final class DelegationsModel {

    /** A delete waiting for the user's answer: the attendee and the agenda items that name them. */
    public record PendingDelete(Attendee attendee, List<AgendaItemRef> references) {
    }

    private final Loading loading = new Loading();
    private final InView inView = new InView();
    private final ScreenContext context;
    private final AttendeeService service;
    private final ResourceBundle messages;
    private final Locale locale;
    private final Map<String, Nation> nations;
    private final AttendeeEdits edits;

    private final ObservableList<DelegationRow> delegations = FXCollections.observableArrayList();
    private final FilteredList<DelegationRow> shownDelegations = new FilteredList<>(delegations);
    private final StringProperty delegationFilter = new SimpleStringProperty(this, "delegationFilter", "");
    private final ObjectProperty<DelegationRow> chosen = new SimpleObjectProperty<>(this, "chosen");
    /** An attendee another screen sent the user to, shown once loaded; 0 when none. */
    private long revealing;

    private final ObservableList<AttendeeRow> attendees = FXCollections.observableArrayList();
    private final FilteredList<AttendeeRow> members = new FilteredList<>(attendees, r -> false);
    private final FilteredList<AttendeeRow> filteredAttendees = new FilteredList<>(attendees);
    private final ObjectProperty<String> nationFilter = new SimpleObjectProperty<>(this, "nationFilter");
    private final ObjectProperty<Role> roleFilter = new SimpleObjectProperty<>(this, "roleFilter");
    private final StringProperty nameFilter = new SimpleStringProperty(this, "nameFilter", "");
    private final StringProperty emailFilter = new SimpleStringProperty(this, "emailFilter", "");

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<PendingDelete> pendingDelete = new ReadOnlyObjectWrapper<>(this, "pendingDelete");
    private final AttendeeFormModel form;
    private final IntegerBinding total = Bindings.size(attendees);
    private final ObservableList<DelegationRow> allDelegations = FXCollections.unmodifiableObservableList(delegations);

    public DelegationsModel(ScreenContext context, ResourceBundle messages) {
        this.context = context;
        this.service = context.services().attendees();
        this.messages = messages;
        this.locale = messages.getLocale() == null ? Locale.ROOT : messages.getLocale();
        this.nations = context.nations().stream().collect(Collectors.toMap(Nation::code, Function.identity()));
        this.edits = new AttendeeEdits(service, messages);
        this.form = new AttendeeFormModel(context, messages, attendees, edits);

        shownDelegations.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String text = AttendeeRow.fold(delegationFilter.get()).strip();
            return text.isEmpty() ? d -> true : d -> matchesNation(d.nation(), text);
        }, delegationFilter));
        members.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String code = chosen.get() == null ? null : chosen.get().nation();
            return code == null ? r -> false : r -> r.nation().equals(code);
        }, chosen));
        filteredAttendees.predicateProperty().bind(Bindings.createObjectBinding(this::attendeeFilter,
                nationFilter, roleFilter, nameFilter, emailFilter));
        // out of view it reads when it comes back (Screen.shown), not after every change
        context.changes().subscribe(() -> {
            if (inView.getAsBoolean()) {
                reload();
            }
        });
    }

    private boolean matchesNation(String code, String folded) {
        Nation n = nations.get(code);
        return code.toLowerCase(Locale.ROOT).equals(folded)
                || n != null && (AttendeeRow.fold(n.nameEn()).contains(folded) || AttendeeRow.fold(n.nameFr()).contains(folded));
    }

    private Predicate<AttendeeRow> attendeeFilter() {
        String code = nationFilter.get();
        Role role = roleFilter.get();
        String name = AttendeeRow.fold(nameFilter.get()).strip();
        String email = emailFilter.get() == null ? "" : emailFilter.get().strip().toLowerCase(Locale.ROOT);
        return r -> (code == null || r.nation().equals(code)) && (role == null || r.attendee().role() == role)
                && (name.isEmpty() || r.foldedName().contains(name))
                && (email.isEmpty() || r.foldedEmail().contains(email));
    }

    /** The nation's short name in the UI language; the code for one the reference table lacks. */
    public String nationName(String code) {
        Nation n = nations.get(code);
        return n == null ? code : n.name(locale);
    }

    /** True while the screen reads what it shows. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.loadingProperty();
    }

    /** Reads the delegations and attendees again, keeping the chosen delegation and attendee chosen. */
    public void reload() {
        long summitId = context.summitId();
        if (summitId < 0) {
            delegations.clear();
            attendees.clear();
            return;
        }
        // sorted off the FX thread: ordering 5,000 names by collation takes a noticeable moment
        loading.run(context.background(),
                () -> sorted(service.roster(summitId), context.services().precedence().precedence(summitId)),
                this::loaded, form::failed);
    }

    private record Sorted(List<DelegationRow> rows, List<AttendeeRow> people, List<String> languages) {
    }

    /**
     * Delegations and people in the summit's order of precedence (the Protocol screen sets it): the
     * same order as the printouts, whatever the window's language.
     */
    private Sorted sorted(Roster roster, Precedence precedence) {
        List<String> order = context.services().precedence().delegationOrder(precedence,
                roster.delegations().stream().map(d -> d.nation()).toList());
        Map<String, Integer> place = new java.util.HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            place.put(order.get(i), i);
        }
        List<DelegationRow> rows = roster.delegations().stream()
                .map(d -> new DelegationRow(d.nation(), nationName(d.nation()), d.status(), d.size(), d.head()))
                .sorted(Comparator.comparing(r -> place.getOrDefault(r.nation(), Integer.MAX_VALUE))).toList();
        List<AttendeeRow> people = PrecedenceOrder.everyone(roster.attendees(), order, precedence.members()).stream()
                .map(a -> AttendeeRow.of(a, nationName(a.nation()))).toList();
        return new Sorted(rows, people, languagesBySpeakers(roster.attendees()));
    }

    private void loaded(Sorted sorted) {
        List<DelegationRow> rows = sorted.rows();
        List<AttendeeRow> people = sorted.people();
        List<String> languages = sorted.languages();
        if (!languages.equals(form.languageChoices())) {
            form.languageChoices().setAll(languages);
        }
        String chosenCode = chosen.get() == null ? null : chosen.get().nation();
        // unchanged lists are left alone: tables keep their cells and scroll (coming back to the screen)
        if (!people.equals(attendees)) {
            attendees.setAll(people);
        }
        if (!rows.equals(delegations)) {
            delegations.setAll(rows);
        }
        chosen.set(rows.stream().filter(d -> d.nation().equals(chosenCode)).findFirst().orElse(null));
        if (revealing != 0) {
            reveal(revealing);
        }
        long without = rows.stream().filter(d -> d.head() == null && d.size() > 0).count();
        summary.set(Messages.format(messages, "delegations.summary", rows.size(), people.size(), without));

        Attendee shown = form.shownProperty().get();
        if (shown != null && !form.editingNewProperty().get()) {
            Attendee again = people.stream().map(AttendeeRow::attendee).filter(a -> a.id() == shown.id())
                    .findFirst().orElse(null);
            // an unsaved edit keeps the version it was loaded at, so that a change made elsewhere (or a
            // deletion) is caught when it is saved, and the user is asked
            if (!form.dirtyProperty().get() && (again == null || !again.equals(shown))) {
                form.refresh(again);
            }
        }
    }

    /** Every ISO 639-1 code, those the attendees speak first (most speakers first), so that they need no scrolling. */
    private static List<String> languagesBySpeakers(List<Attendee> people) {
        Map<String, Long> speakers = people.stream().flatMap(a -> a.languages().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return Languages.CODES.stream()
                .sorted(Comparator.comparing((String code) -> -speakers.getOrDefault(code, 0L)))
                .toList();
    }

    /** Shows an attendee that another screen sent the user to, in its delegation, once loaded. */
    public void reveal(long attendeeId) {
        AttendeeRow row = attendees.stream().filter(r -> r.id() == attendeeId).findFirst().orElse(null);
        revealing = row == null ? attendeeId : 0;
        if (row != null) {
            select(row);
        }
    }

    /** Chooses a delegation: its members are listed, and a new attendee joins it. */
    public void choose(DelegationRow delegation) {
        chosen.set(delegation);
    }

    /**
     * Shows an attendee in the form. If the form holds an unsaved, valid edit it is saved first
     * (leaving a row commits it, as in a spreadsheet); one that is invalid or needs the user's answer
     * keeps the form and returns false.
     */
    public boolean select(AttendeeRow row) {
        Attendee shown = form.shownProperty().get();
        boolean leaving = row == null || form.editingNewProperty().get() || shown == null || row.id() != shown.id();
        if (!leaving) {
            return true;
        }
        if (form.dirtyProperty().get() && !form.save()) {
            return false;
        }
        if (row != null && (chosen.get() == null || !chosen.get().nation().equals(row.nation()))) {
            chosen.set(delegations.stream().filter(d -> d.nation().equals(row.nation())).findFirst().orElse(null));
        }
        form.show(row == null ? null : row.attendee());
        return true;
    }

    /** Starts a new attendee in the chosen delegation. */
    public void newAttendee() {
        if (form.dirtyProperty().get() && !form.save()) {
            return;
        }
        form.startNew(chosen.get() == null ? nationFilter.get() : chosen.get().nation());
    }

    /** Asks (through {@link #pendingDeleteProperty()}) before deleting the attendee in the form. */
    public void requestDelete() {
        Attendee attendee = form.editingNewProperty().get() ? null : form.shownProperty().get();
        if (attendee == null) {
            return;
        }
        context.background().run(() -> service.references(attendee.id()),
                refs -> pendingDelete.set(new PendingDelete(attendee, refs)), form::failed);
    }

    /** The user's answer to a {@link PendingDelete}. */
    public void confirmDelete(boolean yes) {
        PendingDelete pending = pendingDelete.get();
        pendingDelete.set(null);
        if (pending == null || !yes) {
            return;
        }
        long summitId = context.summitId();
        Attendee attendee = pending.attendee();
        context.background().run(() -> edits.delete(summitId, attendee), edit -> {
            context.history().record(edit);
            form.show(null);
            form.announce(Messages.format(messages, "delegations.deleted", attendee.displayName()));
            context.changes().fire();
        }, error -> {
            if (error instanceof StaleDataException stale) {
                // nothing was deleted: show what is stored now, and let the user decide again
                form.announce(Messages.format(messages, stale.deleted() ? "delegations.goneElsewhere"
                        : "delegations.changedElsewhere", attendee.displayName()));
                context.changes().fire();
            } else {
                form.failed(error);
            }
        });
    }

    /** "Tue 11 Mar  09:00–10:00  ·  Opening plenary" in the summit's time zone. */
    public String describe(AgendaItemRef item) {
        Summit summit = context.summit().get();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        var start = summit.toLocal(item.time().start());
        var end = summit.toLocal(item.time().end());
        return day.format(start) + "  " + time.format(start) + "–" + time.format(end) + "  ·  " + item.titleIn(locale);
    }

    public AttendeeFormModel form() {
        return form;
    }

    /** The delegations that pass the filter. */
    public ObservableList<DelegationRow> delegations() {
        return shownDelegations;
    }

    /** Every delegation of the summit. */
    public ObservableList<DelegationRow> allDelegations() {
        return allDelegations;
    }

    public StringProperty delegationFilterProperty() {
        return delegationFilter;
    }

    public ReadOnlyObjectProperty<DelegationRow> chosenProperty() {
        return chosen;
    }

    /** The chosen delegation's attendees. */
    public ObservableList<AttendeeRow> members() {
        return members;
    }

    /** How many attendees the summit has, filtered or not. */
    public IntegerBinding totalAttendees() {
        return total;
    }

    /** Every attendee of the summit that passes the filters. */
    public ObservableList<AttendeeRow> attendees() {
        return filteredAttendees;
    }

    public ObjectProperty<String> nationFilterProperty() {
        return nationFilter;
    }

    public ObjectProperty<Role> roleFilterProperty() {
        return roleFilter;
    }

    public StringProperty nameFilterProperty() {
        return nameFilter;
    }

    public StringProperty emailFilterProperty() {
        return emailFilter;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PendingDelete> pendingDeleteProperty() {
        return pendingDelete.getReadOnlyProperty();
    }

    /** Whether the screen is in view: out of view it reads again only when it comes back. */
    public InView inView() {
        return inView;
    }
}
