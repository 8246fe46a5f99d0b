package org.summitplanner.ui.bilaterals;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.BilateralStatus;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Participation;
import org.summitplanner.model.Summit;
import org.summitplanner.model.TimeRange;
import org.summitplanner.schedule.bilaterals.BilateralSolver;
import org.summitplanner.schedule.bilaterals.KeptMeeting;
import org.summitplanner.schedule.bilaterals.Proposal;
import org.summitplanner.schedule.bilaterals.ProposedMeeting;
import org.summitplanner.schedule.bilaterals.Unplaced;
import org.summitplanner.service.BilateralService;
import org.summitplanner.service.BilateralService.Accepted;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.ui.common.InView;
import org.summitplanner.ui.common.Edit;
import org.summitplanner.ui.common.LifecycleEdit;
import org.summitplanner.ui.common.Loading;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.Notice;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.UpdateEdit;

/**
 * The bilaterals screen's state: the requests and the form of the chosen one; a proposal being made
 * (progress, cancel) and the proposal shown, of which all or the chosen meetings are accepted as one
 * undoable edit.
 */
public final class BilateralsModel {

    /** A line of the proposal: a meeting placed, or a request left out with its reason. */
    public record ProposalRow(ProposedMeeting meeting, Unplaced unplaced) {
    }

    private final Loading loading = new Loading();
    private final InView inView = new InView();
    private final ScreenContext context;
    private final BilateralService service;
    private final ResourceBundle messages;

    private final ObservableList<BilateralRequest> requests = FXCollections.observableArrayList();
    private final ObservableList<String> nationCodes = FXCollections.observableArrayList();
    private final ObjectProperty<BilateralRequest> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper editingNew = new ReadOnlyBooleanWrapper(this, "editingNew");
    private final ObjectProperty<String> nation = new SimpleObjectProperty<>(this, "nation");
    private final ObjectProperty<String> withNation = new SimpleObjectProperty<>(this, "withNation");
    private final StringProperty minutes = new SimpleStringProperty(this, "minutes", "30");
    private final ObjectProperty<Integer> priority = new SimpleObjectProperty<>(this, "priority", 3);
    private final StringProperty languages = new SimpleStringProperty(this, "languages", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final javafx.beans.binding.StringBinding problem;
    private final BooleanBinding valid;

    private final ObservableList<ProposalRow> proposalRows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper proposing = new ReadOnlyBooleanWrapper(this, "proposing");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    /** What the empty proposal table says: how to get one, or where an accepted one went. */
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    /** The bilaterals on the agenda in rooms marked not for bilaterals, one line each; "" when none. */
    private final ReadOnlyStringWrapper roomWarning = new ReadOnlyStringWrapper(this, "roomWarning", "");
    private final Notice notice;
    private volatile BilateralSolver solver;
    private Map<String, Nation> nations = Map.of();
    private Map<Long, Attendee> people = Map.of();
    private boolean filling;

    public BilateralsModel(ScreenContext context, ResourceBundle messages) {
        this.context = context;
        this.notice = new Notice(context.changes());
        this.service = context.services().bilaterals();
        this.messages = messages;
        placeholder.set(messages.getString("bilaterals.noProposal"));
        this.nations = context.nations().stream().collect(Collectors.toMap(Nation::code, Function.identity(), (a, b) -> a));
        problem = Bindings.createStringBinding(this::formProblem, nation, withNation, minutes, priority, languages,
                notes, selected, editingNew);
        valid = Bindings.createBooleanBinding(() -> problem.get() == null, problem);
        javafx.beans.value.ChangeListener<Object> edited = (obs, old, now) -> {
            if (!filling) {
                dirty.set(true);
            }
        };
        for (javafx.beans.value.ObservableValue<?> field : List.<javafx.beans.value.ObservableValue<?>>of(nation,
                withNation, minutes, priority, languages, notes)) {
            field.addListener(edited);
        }
        // out of view it reads when it comes back (Screen.shown), not after every change
        context.changes().subscribe(() -> {
            if (inView.getAsBoolean()) {
                reload();
            }
        });
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.loadingProperty();
    }

    /** Reads the requests and who can request again. */
    public void reload() {
        long summitId = context.summitId();
        if (summitId < 0) {
            requests.clear();
            return;
        }
        record Loaded(List<BilateralRequest> requests, List<String> codes, Map<Long, Attendee> people,
                      List<KeptMeeting> kept) {
        }
        loading.run(context.background(), () -> {
            var content = service.content(summitId);
            return new Loaded(content.bilaterals(), content.participations().stream().map(Participation::nation)
                    .sorted().toList(), content.attendees().stream()
                    .collect(Collectors.toMap(Attendee::id, Function.identity())), KeptMeeting.in(content));
        }, loaded -> {
            roomWarning.set(loaded.kept().stream().map(this::keptLine).collect(Collectors.joining("\n")));
            long chosen = selected.get() == null ? 0 : selected.get().id();
            requests.setAll(loaded.requests());
            if (!nationCodes.equals(loaded.codes())) {
                // replacing the combo boxes' items clears their values: only when the nations changed
                filling = true;
                nationCodes.setAll(loaded.codes());
                filling = false;
                fill(selected.get());
            }
            people = loaded.people();
            if (chosen != 0 && !dirty.get()) {
                select(loaded.requests().stream().filter(r -> r.id() == chosen).findFirst().orElse(null));
            }
        }, this::failed);
    }

    // ---- the requests and their form

    public void select(BilateralRequest request) {
        selected.set(request);
        editingNew.set(false);
        fill(request);
    }

    public void newRequest() {
        selected.set(null);
        editingNew.set(true);
        fill(null);
    }

    public void revert() {
        if (editingNew.get()) {
            editingNew.set(false);
        }
        fill(selected.get());
    }

    private void fill(BilateralRequest r) {
        filling = true;
        nation.set(r == null ? null : r.nation());
        withNation.set(r == null ? null : r.withNation());
        minutes.set(r == null ? "30" : Integer.toString(r.minutes()));
        priority.set(r == null ? BilateralRequest.DEFAULT_PRIORITY : r.priority());
        languages.set(r == null ? "" : String.join(", ", r.languages()));
        notes.set(r == null || r.notes() == null ? "" : r.notes());
        filling = false;
        dirty.set(false);
    }

    /** What is wrong with the form, in the user's words; null when it can be saved. */
    public String formProblem() {
        if (!editingNew.get() && selected.get() == null) {
            return "";
        }
        if (nation.get() == null || withNation.get() == null) {
            return messages.getString("bilaterals.chooseNations");
        }
        if (nation.get().equals(withNation.get())) {
            return messages.getString("bilaterals.twoNations");
        }
        try {
            int m = Integer.parseInt(minutes.get().strip());
            if (m < BilateralRequest.MIN_MINUTES || m > BilateralRequest.MAX_MINUTES) {
                return Messages.format(messages, "bilaterals.minutesRange", BilateralRequest.MIN_MINUTES,
                        BilateralRequest.MAX_MINUTES);
            }
        } catch (NumberFormatException e) {
            return Messages.format(messages, "bilaterals.minutesRange", BilateralRequest.MIN_MINUTES,
                    BilateralRequest.MAX_MINUTES);
        }
        if (parseLanguages() == null) {
            return messages.getString("bilaterals.languagesFormat");
        }
        return null;
    }

    private List<String> parseLanguages() {
        String text = languages.get() == null ? "" : languages.get().strip();
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> codes = Arrays.stream(text.split("[,\\s]+")).map(s -> s.toLowerCase(Locale.ROOT)).toList();
        return codes.stream().allMatch(c -> c.matches("[a-z]{2,3}")) && String.join(",", codes).length() <= 100
                ? codes.stream().distinct().toList() : null;
    }

    private BilateralRequest formRequest(BilateralRequest base) {
        return new BilateralRequest(base == null ? 0 : base.id(), nation.get(), withNation.get(),
                Integer.parseInt(minutes.get().strip()), priority.get(), parseLanguages(),
                base == null ? BilateralStatus.REQUESTED : base.status(), base == null ? null : base.agendaItemId(),
                notes.get(), base == null ? 0 : base.version());
    }

    public void save() {
        if (!valid.get() || !dirty.get()) {
            return;
        }
        long summitId = context.summitId();
        if (editingNew.get()) {
            BilateralRequest request = formRequest(null);
            dirty.set(false);
            context.background().run(() -> service.add(summitId, request), saved -> {
                context.history().record(LifecycleEdit.created(text("bilaterals.edit.add", pair(saved)), saved,
                        operations(summitId)));
                editingNew.set(false);
                selected.set(saved);
                fill(saved);
                notice.announce(text("bilaterals.saved", pair(saved)));
            }, this::saveFailed);
        } else {
            BilateralRequest before = selected.get();
            BilateralRequest mine = formRequest(before);
            dirty.set(false);
            context.background().run(() -> service.update(mine), saved -> {
                context.history().record(new UpdateEdit<>(text("bilaterals.edit.change", pair(saved)), before, saved,
                        service::update, service::reload, BilateralRequest::version, BilateralRequest::withVersion));
                selected.set(saved);
                fill(saved);
                notice.announce(text("bilaterals.saved", pair(saved)));
            }, this::saveFailed);
        }
    }

    public void delete() {
        BilateralRequest request = selected.get();
        if (request == null) {
            return;
        }
        long summitId = context.summitId();
        context.background().run(() -> {
            service.delete(request);
            return request;
        }, deleted -> {
            context.history().record(LifecycleEdit.deleted(text("bilaterals.edit.delete", pair(deleted)), deleted,
                    operations(summitId)));
            selected.set(null);
            fill(null);
            notice.announce(text("bilaterals.deleted", pair(deleted)));
        }, this::saveFailed);
    }

    private LifecycleEdit.Operations<BilateralRequest, BilateralRequest> operations(long summitId) {
        return new LifecycleEdit.Operations<>() {
            @Override
            public BilateralRequest delete(BilateralRequest row) {
                BilateralRequest now = service.reload(row);
                service.delete(now);
                return now;
            }

            @Override
            public BilateralRequest restore(BilateralRequest deleted) {
                return service.restore(summitId, deleted);
            }
        };
    }

    private void saveFailed(Throwable error) {
        dirty.set(true);
        if (error instanceof StaleDataException) {
            notice.set(messages.getString("bilaterals.stale"));
            reload();
        } else {
            failed(error);
        }
    }

    // ---- proposing and accepting

    /** Runs the solver in the background on the open requests; the proposal replaces the one shown. */
    public void propose(Duration limit) {
        if (proposing.get()) {
            return;
        }
        long summitId = context.summitId();
        BilateralSolver running = new BilateralSolver();
        solver = running;
        proposing.set(true);
        progress.set(0);
        summary.set(messages.getString("bilaterals.proposing"));
        placeholder.set(messages.getString("bilaterals.noProposal"));
        BilateralSolver.Settings settings = BilateralSolver.Settings.defaults().withLimit(limit);
        context.background().run(() -> service.propose(summitId, running, settings,
                (fraction, placed, total) -> Platform.runLater(() -> {
                    progress.set(fraction);
                    summary.set(text("bilaterals.progress", placed, total));
                })), proposal -> {
                    proposing.set(false);
                    solver = null;
                    show(proposal);
                }, error -> {
                    proposing.set(false);
                    solver = null;
                    summary.set("");
                    failed(error);
                });
    }

    /** Stops the solver: the proposal is the best found so far. */
    public void cancel() {
        BilateralSolver running = solver;
        if (running != null) {
            running.cancel();
        }
    }

    private void show(Proposal proposal) {
        List<ProposalRow> rows = new ArrayList<>();
        proposal.meetings().forEach(m -> rows.add(new ProposalRow(m, null)));
        proposal.unplaced().forEach(u -> rows.add(new ProposalRow(null, u)));
        proposalRows.setAll(rows);
        progress.set(1);
        summary.set(text(proposal.cancelled() ? "bilaterals.summaryCancelled" : "bilaterals.summary",
                proposal.meetings().size(), proposal.requests(), inWords(proposal),
                proposal.spent().toMillis() / 1000.0));
    }

    /** The solver's score in words: rules broken, requests left out, preference cost (the jargon stays out). */
    private String inWords(Proposal proposal) {
        if (proposal.score().isEmpty()) {
            return messages.getString("bilaterals.score.nothing");
        }
        String words = text("bilaterals.score.broken", proposal.hardBroken());
        if (!proposal.unplaced().isEmpty()) {
            words += "; " + text("bilaterals.score.left", proposal.unplaced().size());
        }
        return words + "; " + text("bilaterals.score.cost", proposal.preferenceCost());
    }

    /** Puts the meetings on the agenda in one transaction, recorded as one undoable edit. */
    public void accept(List<ProposalRow> rows) {
        List<ProposedMeeting> meetings = rows.stream().filter(r -> r.meeting() != null).map(ProposalRow::meeting).toList();
        if (meetings.isEmpty()) {
            return;
        }
        long summitId = context.summitId();
        context.background().run(() -> service.accept(summitId, meetings), accepted -> {
            context.history().record(new AcceptEdit(text("bilaterals.edit.accept", meetings.size()), accepted));
            proposalRows.removeIf(r -> r.meeting() != null && meetings.contains(r.meeting()));
            notice.announce(text("bilaterals.accepted", meetings.size()));
            if (proposalRows.stream().noneMatch(r -> r.meeting() != null)) {
                // the proposal is on the agenda now: its summary no longer describes the table
                summary.set("");
                placeholder.set(text("bilaterals.afterAccept", meetings.size()));
            }
        }, error -> {
            if (error instanceof StaleDataException) {
                notice.set(messages.getString("bilaterals.staleProposal"));
                proposalRows.clear();
                reload();
            } else {
                failed(error);
            }
        });
    }

    public void acceptAll() {
        accept(List.copyOf(proposalRows));
    }

    /** Undo takes the acceptance back whole; redo accepts the same meetings again. */
    private final class AcceptEdit implements Edit {
        private final String description;
        private Accepted accepted;

        AcceptEdit(String description, Accepted accepted) {
            this.description = description;
            this.accepted = accepted;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public synchronized void undo() {
            service.unaccept(accepted);
        }

        @Override
        public synchronized void redo() {
            accepted = service.reaccept(accepted);
        }
    }

    // ---- words

    public String pair(BilateralRequest r) {
        return nationName(r.nation()) + " – " + nationName(r.withNation());
    }

    public String nationName(String code) {
        Nation n = nations.get(code);
        return n == null ? code : n.name(messages.getLocale());
    }

    public String status(BilateralRequest r) {
        return messages.getString("bilaterals.status." + r.status().name());
    }

    public String time(ProposalRow row) {
        return row.meeting() == null ? "—" : time(row.meeting().time());
    }

    private String time(TimeRange time) {
        Summit summit = context.summit().get();
        Locale locale = messages.getLocale();
        return DateTimeFormatter.ofPattern("d MMM HH:mm", locale).format(summit.toLocal(time.start())) + "–"
                + DateTimeFormatter.ofPattern("HH:mm", locale).format(summit.toLocal(time.end()));
    }

    private String keptLine(KeptMeeting kept) {
        Locale locale = messages.getLocale();
        return text("bilaterals.inRoomNotForBilaterals", kept.item().titleIn(locale), time(kept.item().time()),
                kept.room().nameIn(locale));
    }

    public String room(ProposalRow row) {
        return row.meeting() == null ? "" : row.meeting().room().nameIn(messages.getLocale());
    }

    public String meeting(ProposalRow row) {
        return pair(row.meeting() != null ? row.meeting().request() : row.unplaced().request());
    }

    public String note(ProposalRow row) {
        if (row.unplaced() != null) {
            return messages.getString("bilaterals.reason." + row.unplaced().reason().name());
        }
        ProposedMeeting m = row.meeting();
        List<String> parts = new ArrayList<>();
        m.interpreterIds().forEach(id -> {
            Attendee a = people.get(id);
            parts.add(text("bilaterals.interpreter", a == null ? "#" + id : a.displayName()));
        });
        if (!m.missingLanguages().isEmpty()) {
            parts.add(text("bilaterals.noInterpreter", String.join(", ", m.missingLanguages())));
        }
        return String.join("; ", parts);
    }

    private String text(String key, Object... args) {
        return Messages.format(messages, key, args);
    }

    private void failed(Throwable error) {
        notice.set(Messages.problem(messages, error));
    }

    // ---- properties

    public ObservableList<BilateralRequest> requests() {
        return requests;
    }

    public ObservableList<String> nationCodes() {
        return nationCodes;
    }

    public ObjectProperty<BilateralRequest> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty editingNewProperty() {
        return editingNew.getReadOnlyProperty();
    }

    public ObjectProperty<String> nationProperty() {
        return nation;
    }

    public ObjectProperty<String> withNationProperty() {
        return withNation;
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    public ObjectProperty<Integer> priorityProperty() {
        return priority;
    }

    public StringProperty languagesProperty() {
        return languages;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** What is wrong with the form ("" when no request is chosen), null when it can be saved. */
    public javafx.beans.binding.StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ObservableList<ProposalRow> proposalRows() {
        return proposalRows;
    }

    public ReadOnlyBooleanProperty proposingProperty() {
        return proposing.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomWarningProperty() {
        return roomWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.textProperty();
    }

    /** Whether the screen is in view: out of view it reads again only when it comes back. */
    public InView inView() {
        return inView;
    }
}
