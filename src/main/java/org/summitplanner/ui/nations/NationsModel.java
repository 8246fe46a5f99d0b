package org.summitplanner.ui.nations;

import org.summitplanner.ui.common.Messages;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.summitplanner.model.NationStanding;
import org.summitplanner.model.ParticipationChange;
import org.summitplanner.model.ParticipationStatus;
import org.summitplanner.service.NationService;
import org.summitplanner.errors.StaleStandingException;
import org.summitplanner.ui.common.InView;
import org.summitplanner.ui.common.Dialogs.StaleChoice;
import org.summitplanner.ui.common.NationMatcher;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Loading;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * The nations screen's state: every nation's standing (filtered by status and by text), the
 * selection, the counts by status, and the actions on the selection (set status, remove). The form
 * of the chosen nation is {@link #form()}. Questions for the user (confirm a removal, resolve a
 * conflict) are raised as properties that the controller answers.
 */
public final class NationsModel {

    /** A removal waiting for the user's answer, with what belongs to the nations (it stays). */
    public record PendingRemove(List<NationStanding> targets, String what, String header, List<String> uses) {
    }

    /** A write refused because a row changed elsewhere. */
    public record Conflict(String what, boolean deleted) {
    }

    private final Loading loading = new Loading();
    private final InView inView = new InView();
    private final ScreenContext context;
    private final NationService service;
    private final NationTexts texts;
    private final NationFormModel form;

    private final ObservableList<NationStanding> all = FXCollections.observableArrayList();
    private final FilteredList<NationStanding> filtered = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(this, "statusFilter",
            StatusFilter.ALL);
    private final StatusCounts counts;
    private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper(this, "selectedCount");
    private final ReadOnlyLongWrapper reloads = new ReadOnlyLongWrapper(this, "reloads");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<PendingRemove> pendingRemove = new ReadOnlyObjectWrapper<>(this, "pendingRemove");
    private final ReadOnlyObjectWrapper<Conflict> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private Consumer<StaleChoice> resolver;
    private NationMatcher matcher = new NationMatcher(List.of(), Map.of());
    private List<NationStanding> selection = List.of();
    /** A nation another screen sent the user to, chosen once loaded; null when none. */
    private String revealing;
    private boolean replacing;
    private boolean firing;

    public NationsModel(ScreenContext context, ResourceBundle messages) {
        this.context = context;
        this.service = context.services().nations();
        this.texts = new NationTexts(messages);
        this.counts = new StatusCounts(texts);
        this.form = new NationFormModel(context, texts, new FormHost());
        filter.addListener(o -> refilter());
        statusFilter.addListener(o -> refilter());
        all.addListener((ListChangeListener<NationStanding>) c -> counts.count(all));
        context.changes().subscribe(() -> {
            if (!firing) {
                notice.set(""); // undo, redo or another screen: what the notice said may no longer hold
            }
            // out of view it reads when it comes back (Screen.shown), not after every change
            if (inView.getAsBoolean()) {
                reload();
            }
        });
    }

    /**
     * Applies the filters. The table drops its selection when its rows are filtered again; the
     * selected nations that are still shown stay selected (see {@link #reloadsProperty()}).
     */
    private void refilter() {
        String folded = NationMatcher.fold(filter.get());
        StatusFilter by = statusFilter.get() == null ? StatusFilter.ALL : statusFilter.get();
        replacing = true;
        try {
            filtered.setPredicate(folded.isEmpty() && by == StatusFilter.ALL ? null
                    : s -> by.test(s.status()) && matcher.matches(s.nation(), folded));
        } finally {
            replacing = false;
        }
        selection = selection.stream().filter(filtered::contains).toList();
        selectedCount.set(selection.size());
        syncForm();
        reloads.set(reloads.get() + 1);
    }

    /** After the rows changed under the selection: the form shows the one nation selected, unless it holds typing. */
    private void syncForm() {
        if (form.dirtyProperty().get()) {
            return;
        }
        NationStanding shown = form.standingProperty().get();
        if (selection.size() != 1) {
            form.showSeveral(selection.size());
        } else if (shown != null && shown.code().equals(selection.get(0).code())) {
            form.reloaded(selection.get(0));
        } else {
            form.show(selection.get(0));
        }
    }

    /** True while the standings are read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.loadingProperty();
    }

    /** Reads every nation's standing again, keeping the selection. */
    public void reload() {
        long summitId = context.summitId();
        if (summitId < 0) {
            replace(List.of());
            return;
        }
        // sorted and indexed for the filter on the worker: collating the names was 7 % of the FX thread's
        // work in the screen's first open at UN scale
        loading.run(context.background(), () -> {
            List<NationStanding> standings = sorted(service.standings(summitId));
            return new Loaded(standings, new NationMatcher(standings.stream().map(NationStanding::nation).toList(),
                    service.aliases()));
        }, loaded -> {
            if (context.summitId() == summitId) {
                matcher = loaded.matcher();
                replace(loaded.standings());
            }
        }, this::failed);
    }

    private record Loaded(List<NationStanding> standings, NationMatcher matcher) {
    }

    /** In the alphabet of the screen's language (any thread). */
    private List<NationStanding> sorted(List<NationStanding> standings) {
        Collator collator = Collator.getInstance(texts.locale());
        List<NationStanding> sorted = new ArrayList<>(standings);
        sorted.sort(Comparator.comparing((NationStanding s) -> texts.name(s.nation()), collator)
                .thenComparing(NationStanding::code));
        return sorted;
    }

    /**
     * Puts new standings, {@link #sorted}, in the list. The table drops its selection when its items are
     * replaced, so the selection is kept here (by nation) and {@link #reloadsProperty()} tells the view to
     * select again.
     */
    private void replace(List<NationStanding> sorted) {
        Map<String, NationStanding> byCode = new HashMap<>();
        sorted.forEach(s -> byCode.put(s.code(), s));
        replacing = true;
        try {
            all.setAll(sorted);
        } finally {
            replacing = false;
        }
        selection = selection.stream().map(s -> byCode.get(s.code())).filter(s -> s != null && filtered.contains(s))
                .toList();
        if (revealing != null && byCode.containsKey(revealing) && filtered.contains(byCode.get(revealing))) {
            selection = List.of(byCode.get(revealing));
            form.show(selection.get(0));
            revealing = null;
        }
        selectedCount.set(selection.size());
        syncForm();
        reloads.set(reloads.get() + 1);
    }

    /**
     * Shows written changes at once (the counts too), before the reload that follows confirms them. A status or
     * a date does not move a nation in the alphabet: the rows keep their order.
     */
    private void showWritten(List<ParticipationChange> changes) {
        Map<String, ParticipationChange> byCode = new HashMap<>();
        changes.forEach(c -> byCode.put(c.nation(), c));
        replace(all.stream().map(s -> byCode.containsKey(s.code()) ? s.withParticipation(byCode.get(s.code()).after())
                : s).toList());
    }

    /**
     * The rows the user selected; the form shows the nation when exactly one is. Leaving a nation
     * whose form holds a valid edit saves it; an invalid one keeps the form and returns false.
     */
    public boolean select(List<NationStanding> rows) {
        if (replacing) {
            return true;
        }
        NationStanding one = rows.size() == 1 ? rows.get(0) : null;
        NationStanding shown = form.standingProperty().get();
        boolean leaving = shown != null && (one == null || !one.code().equals(shown.code()));
        if (leaving && !form.leave()) {
            return false;
        }
        selection = List.copyOf(rows);
        selectedCount.set(rows.size());
        if (leaving && !form.dirtyProperty().get()) {
            notice.set(""); // about the nation the user left (a save on leaving reports itself when done)
        }
        if (one == null) {
            form.showSeveral(rows.size());
        } else if (shown == null || leaving) {
            form.show(one);
        } else {
            form.reloaded(one);
        }
        return true;
    }

    /** Chooses a nation that another screen sent the user to, with the filters cleared so that it shows. */
    public void reveal(String code) {
        statusFilter.set(StatusFilter.ALL);
        filter.set("");
        NationStanding row = all.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
        if (row == null) {
            revealing = code;
        } else if (select(List.of(row))) {
            reloads.set(reloads.get() + 1);
        }
    }

    /** Ctrl+N: nations are never created, so "new" means finding one not invited yet. */
    public void findNationToInvite() {
        statusFilter.set(StatusFilter.NOT_INVITED);
        filter.set("");
        notice.set(texts.text("nations.findToInvite"));
    }

    /** Moves every selected nation to {@code status} in one step (one undo). */
    public void setStatusOfSelection(ParticipationStatus status) {
        List<NationStanding> targets = selection;
        if (targets.isEmpty()) {
            notice.set(texts.text("nations.selectFirst"));
            return;
        }
        if (form.dirtyProperty().get()) {
            notice.set(texts.text("nations.saveFirst"));
            return;
        }
        long summitId = context.summitId();
        List<String> codes = targets.stream().map(NationStanding::code).toList();
        context.background().run(() -> service.setStatus(summitId, targets, status),
                written -> statusSet(written, status),
                error -> refused(error, targets, choice -> {
                    if (choice == StaleChoice.OVERWRITE) {
                        context.background().run(() -> service.setStatusOverwriting(summitId, codes, status),
                                written -> statusSet(written, status), this::failed);
                    }
                }));
    }

    private void statusSet(List<ParticipationChange> written, ParticipationStatus status) {
        if (written.isEmpty()) {
            notice.set(texts.text("nations.nothingToChange", texts.status(status)));
            return;
        }
        String description = written.size() == 1
                ? texts.text("nations.edit.statusOne", nameOf(written.get(0).nation()), texts.status(status))
                : texts.text("nations.edit.statusMany", written.size(), texts.status(status));
        written(description, written);
        notice.set(texts.text("nations.statusSet", written.size(), texts.status(status)));
    }

    /** Asks (through {@link #pendingRemoveProperty()}) before removing the selected nations' participations. */
    public void requestRemove() {
        List<NationStanding> targets = selection.stream().filter(s -> s.participation() != null).toList();
        if (targets.isEmpty()) {
            notice.set(texts.text(selection.isEmpty() ? "nations.selectFirst" : "nations.nothingToRemove"));
            return;
        }
        if (form.dirtyProperty().get()) {
            notice.set(texts.text("nations.saveFirst"));
            return;
        }
        long summitId = context.summitId();
        List<String> codes = targets.stream().map(NationStanding::code).toList();
        context.background().run(() -> service.uses(summitId, codes), uses -> {
            boolean several = targets.size() > 1;
            List<String> lines = texts.uses(context.summit().get(), uses, several ? this::nameOf : null);
            String what = several ? texts.text("nations.whatMany", targets.size()) : texts.what(targets.get(0));
            String header = several ? texts.text("nations.usesHeaderMany")
                    : texts.text("nations.usesHeader", nameOf(targets.get(0).code()));
            pendingRemove.set(new PendingRemove(targets, what, header, lines));
        }, this::failed);
    }

    /** The user's answer to a {@link PendingRemove}. */
    public void confirmRemove(boolean yes) {
        PendingRemove pending = pendingRemove.get();
        pendingRemove.set(null);
        if (pending == null || !yes) {
            return;
        }
        long summitId = context.summitId();
        List<NationStanding> targets = pending.targets();
        List<String> codes = targets.stream().map(NationStanding::code).toList();
        context.background().run(() -> service.remove(summitId, targets), this::removed,
                error -> refused(error, targets, choice -> {
                    if (choice == StaleChoice.OVERWRITE) {
                        context.background().run(() -> service.removeOverwriting(summitId, codes), this::removed,
                                this::failed);
                    }
                }));
    }

    private void removed(List<ParticipationChange> written) {
        if (written.isEmpty()) {
            return;
        }
        String names = String.join(", ", written.stream().map(c -> nameOf(c.nation())).toList());
        written(texts.text("nations.edit.remove", names), written);
        notice.set(texts.text("nations.removed", names));
    }

    /** A bulk write was refused: a stale row asks the user, anything else is reported. */
    private void refused(Throwable error, List<NationStanding> targets, Consumer<StaleChoice> overwrite) {
        if (error instanceof StaleStandingException stale) {
            NationStanding which = targets.stream().filter(s -> s.code().equals(stale.nation())).findFirst()
                    .orElse(targets.get(0));
            ask(texts.what(which), stale.deleted(), choice -> {
                if (choice == StaleChoice.RELOAD) {
                    context.changes().fire();
                    notice.set(texts.text("nations.nothingWritten"));
                } else {
                    overwrite.accept(choice);
                }
            });
        } else {
            failed(error);
        }
    }

    private void ask(String what, boolean deleted, Consumer<StaleChoice> resolve) {
        resolver = resolve;
        conflict.set(new Conflict(what, deleted));
    }

    /** The user's answer to a {@link Conflict}. */
    public void resolve(StaleChoice choice) {
        Consumer<StaleChoice> r = resolver;
        resolver = null;
        conflict.set(null);
        if (r != null && choice != StaleChoice.CANCEL) {
            r.accept(choice);
        }
    }

    private void written(String description, List<ParticipationChange> changes) {
        context.history().record(new ParticipationEdit(description, context.summitId(), service, changes));
        showWritten(changes);
        firing = true;
        try {
            context.changes().fire();
        } finally {
            firing = false;
        }
    }

    private String nameOf(String code) {
        return all.stream().filter(s -> s.code().equals(code)).findFirst().map(s -> texts.name(s.nation()))
                .orElse(code);
    }

    private void failed(Throwable error) {
        notice.set(Messages.problem(context.messages(), error));
    }

    /** How the form reaches the list. */
    private final class FormHost implements NationFormModel.Host {
        @Override
        public void written(String description, List<ParticipationChange> changes) {
            NationsModel.this.written(description, changes);
        }

        @Override
        public void conflict(String what, boolean deleted, Consumer<StaleChoice> resolve) {
            ask(what, deleted, resolve);
        }

        @Override
        public void notice(String text) {
            notice.set(text);
        }

        @Override
        public void failed(Throwable error) {
            NationsModel.this.failed(error);
        }
    }

    NationTexts texts() {
        return texts;
    }

    public NationFormModel form() {
        return form;
    }

    public ObservableList<NationStanding> rows() {
        return filtered;
    }

    /** The nations selected, as the list holds them now. */
    public List<NationStanding> selection() {
        return selection;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    /** "34 taking part", "30 confirmed" ... for each filter; always up to date. */
    public ReadOnlyStringProperty countProperty(StatusFilter filter) {
        return counts.property(filter);
    }

    public ReadOnlyIntegerProperty selectedCountProperty() {
        return selectedCount.getReadOnlyProperty();
    }

    /** Moves on each time the list was replaced: the view selects {@link #selection()} again. */
    public ReadOnlyLongProperty reloadsProperty() {
        return reloads.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PendingRemove> pendingRemoveProperty() {
        return pendingRemove.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** Whether the screen is in view: out of view it reads again only when it comes back. */
    public InView inView() {
        return inView;
    }
}
