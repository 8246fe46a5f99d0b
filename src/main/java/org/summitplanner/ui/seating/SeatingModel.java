package org.summitplanner.ui.seating;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.Nation;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.SummitContent;
import org.summitplanner.printing.Paper;
import org.summitplanner.printing.PrintCancelledException;
import org.summitplanner.seating.SeatingProblem;
import org.summitplanner.service.BadgeService;
import org.summitplanner.service.PrintService;
import org.summitplanner.service.SeatingService;
import org.summitplanner.ui.common.InView;
import org.summitplanner.ui.common.JobProgress;
import org.summitplanner.ui.common.Edit;
import org.summitplanner.ui.common.EditConflictException;
import org.summitplanner.ui.common.Loading;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Notice;

/**
 * The seating screen's state: the agenda items, the chosen one and its plan, the plan's check messages;
 * generating a plan and swapping two chairs are undoable edits; plans, badges and tent cards go to PDF
 * files through the output rule.
 */
public final class SeatingModel {

    /** The chosen item's plan (null when it has none) and the summit it was read with. */
    public record Shown(SeatingPlan plan, SummitContent content) {
    }

    private final Loading loading = new Loading();
    private final InView inView = new InView();
    private final ScreenContext context;
    private final SeatingService seating;
    private final BadgeService badges;
    private final ResourceBundle messages;
    private final ObservableList<AgendaItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<AgendaItem> item = new SimpleObjectProperty<>(this, "item");
    private final ObjectProperty<SeatingLayout> layout = new SimpleObjectProperty<>(this, "layout", SeatingLayout.PLENARY);
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final Notice notice;
    private final Map<String, String> nationNames = new HashMap<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final javafx.beans.property.BooleanProperty takingPartOnly =
            new javafx.beans.property.SimpleBooleanProperty(this, "takingPartOnly");
    private final ReadOnlyStringWrapper notTakingPart = new ReadOnlyStringWrapper(this, "notTakingPart");
    private JobProgress running;

    public SeatingModel(ScreenContext context, ResourceBundle messages) {
        this.context = context;
        this.notice = new Notice(context.changes());
        this.seating = context.services().seating();
        this.badges = context.services().badges();
        this.messages = messages;
        for (Nation n : context.nations()) {
            nationNames.put(n.code(), n.name(messages.getLocale()));
        }
        item.addListener((obs, old, now) -> readPlan());
        // out of view it reads when it comes back (Screen.shown), not after every change
        context.changes().subscribe(() -> {
            if (inView.getAsBoolean()) {
                reload();
            }
        });
    }

    /** Reads the agenda again, keeps the chosen item when it is still there, and its plan. */
    public void reload() {
        long summitId = context.summitId();
        if (summitId < 0) {
            items.clear();
            return;
        }
        loading.run(context.background(), () -> seating.content(summitId).agenda(), agenda -> {
            AgendaItem before = item.get();
            AgendaItem again = before == null ? null
                    : agenda.stream().filter(i -> i.id() == before.id()).findFirst().orElse(null);
            if (again == null && !agenda.isEmpty()) {
                again = agenda.stream().filter(i -> i.nations().size() > 2).findFirst().orElse(agenda.get(0));
            }
            if (!items.equals(agenda)) {
                // the combo box lets go of its value when its items are replaced: chosen again below
                items.setAll(agenda);
            }
            if (java.util.Objects.equals(item.get(), again)) {
                readPlan();
            } else {
                item.set(again);
            }
        }, this::failed);
    }

    private void readPlan() {
        AgendaItem chosen = item.get();
        long summitId = context.summitId();
        if (chosen == null || summitId < 0) {
            show(new Shown(null, null), List.of());
            return;
        }
        loading.run(context.background(), () -> {
            SummitContent content = seating.content(summitId);
            SeatingPlan plan = seating.plan(chosen.id()).orElse(null);
            return new Object[] {new Shown(plan, content), plan == null ? List.of() : seating.check(summitId, plan)};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<SeatingProblem> found = (List<SeatingProblem>) result[1];
            show((Shown) result[0], found);
        }, this::failed);
    }

    private void show(Shown now, List<SeatingProblem> found) {
        shown.set(now);
        if (now.plan() != null) {
            layout.set(now.plan().layout());
        }
        problems.setAll(found.stream().map(p -> p.message(messages.getLocale(),
                nationNames.getOrDefault(p.nation(), p.nation()))).toList());
        if (now.plan() != null && found.isEmpty()) {
            problems.add(messages.getString("seating.noProblems"));
        }
    }

    /** Makes a new plan for the chosen item in the chosen layout, replacing its plan (undoable). */
    public void generate() {
        AgendaItem chosen = item.get();
        SeatingLayout how = layout.get();
        long summitId = context.summitId();
        if (chosen == null) {
            return;
        }
        context.background().run(() -> {
            SeatingPlan before = seating.plan(chosen.id()).orElse(null);
            SeatingPlan made = seating.save(summitId, seating.generate(summitId, chosen.id(), how));
            return new SeatingPlan[] {before, made};
        }, plans -> {
            SeatingPlan before = plans[0];
            SeatingPlan made = plans[1];
            String title = chosen.titleIn(messages.getLocale());
            context.history().record(Edit.of(Messages.format(messages, "seating.edit.generate", title),
                    () -> {
                        if (before == null) {
                            seating.plan(chosen.id()).ifPresent(seating::delete);
                        } else {
                            seating.save(summitId, new SeatingPlan(0, before.agendaItemId(), before.layout(),
                                    before.seats(), 0));
                        }
                    },
                    () -> seating.save(summitId, new SeatingPlan(0, made.agendaItemId(), made.layout(), made.seats(), 0))));
            notice.announce(Messages.format(messages, "seating.generated", made.places()));
        }, this::failed);
    }

    /** Exchanges who sits on two chairs of the shown plan (a drag and drop), stored at once and undoable. */
    public void swap(int placeA, int tierA, int placeB, int tierB) {
        Shown now = shown.get();
        if (now == null || now.plan() == null || (placeA == placeB && tierA == tierB)) {
            return;
        }
        long summitId = context.summitId();
        long itemId = now.plan().agendaItemId();
        SeatingPlan plan = now.plan();
        context.background().run(() -> seating.save(summitId, plan.swap(placeA, tierA, placeB, tierB)), saved -> {
            // undo and redo read the plan again first: a plan changed elsewhere meanwhile is refused (stale)
            Edit.Action again = () -> seating.save(summitId, seating.plan(itemId).orElseThrow()
                    .swap(placeA, tierA, placeB, tierB));
            context.history().record(Edit.of(messages.getString("seating.edit.swap"), again, again));
            context.changes().fire();
        }, this::failed);
    }

    /** Asks for an edited badge scheme: the dialog, or an answer given by a test. */
    @FunctionalInterface
    public interface SchemeAsker {
        /** @return the edited scheme, or null when the user cancelled */
        BadgeScheme ask(BadgeScheme scheme, List<String> delegations);
    }

    /**
     * Reads the badge scheme and the delegations, asks for the edited scheme and stores it, as one undoable
     * edit. Undo and redo refuse when the scheme was changed elsewhere meanwhile (the badges command).
     */
    public void editBadges(SchemeAsker asker) {
        long summitId = context.summitId();
        if (summitId < 0) {
            return;
        }
        context.background().run(() -> new Object[] {badges.scheme(summitId), seating.delegationOrder(summitId),
                        badges.outsiders(summitId)},
                read -> {
                    BadgeScheme before = (BadgeScheme) read[0];
                    @SuppressWarnings("unchecked")
                    List<String> delegations = (List<String>) read[1];
                    @SuppressWarnings("unchecked")
                    List<BadgeService.Outsider> outsiders = (List<BadgeService.Outsider>) read[2];
                    notTakingPart.set(notTakingPart(outsiders));
                    BadgeScheme after = asker.ask(before, delegations);
                    if (after == null || after.equals(before)) {
                        return;
                    }
                    context.background().run(() -> {
                        badges.saveScheme(summitId, after);
                        return after;
                    }, saved -> {
                        context.history().record(Edit.of(messages.getString("seating.edit.badges"),
                                () -> replaceScheme(summitId, after, before),
                                () -> replaceScheme(summitId, before, after)));
                        notice.announce(messages.getString("seating.badgesSaved"));
                    }, this::failed);
                }, this::failed);
    }

    /** "7 people of 4 delegations that have not confirmed (…)", or null when every card is of a delegation taking part. */
    private String notTakingPart(List<BadgeService.Outsider> outsiders) {
        if (outsiders.isEmpty()) {
            return null;
        }
        int people = outsiders.stream().mapToInt(BadgeService.Outsider::people).sum();
        List<String> named = new ArrayList<>();
        for (BadgeService.Outsider o : outsiders) {
            named.add(Messages.format(messages, "badges.outsider", nationName(o.nation()),
                    messages.getString("badges.status." + o.status().name()), o.people()));
        }
        return Messages.format(messages, "badges.notTakingPart", people, outsiders.size(), String.join("; ", named));
    }

    /** Whether badges and tent cards leave out the people of delegations that have not confirmed (the Badges… dialog). */
    public javafx.beans.property.BooleanProperty takingPartOnlyProperty() {
        return takingPartOnly;
    }

    /** Who would get cards although their delegation is not taking part, as read for the Badges… dialog; null for nobody. */
    public javafx.beans.property.ReadOnlyStringProperty notTakingPartProperty() {
        return notTakingPart.getReadOnlyProperty();
    }

    /** Writes {@code to} if the stored scheme is still {@code expected}; refuses otherwise. */
    private void replaceScheme(long summitId, BadgeScheme expected, BadgeScheme to) {
        if (!badges.scheme(summitId).equals(expected)) {
            throw new EditConflictException();
        }
        badges.saveScheme(summitId, to);
    }

    /** Writes the shown plan as PDF. */
    public void printPlan(Path file, Paper paper) {
        Shown now = shown.get();
        if (now == null || now.plan() == null) {
            return;
        }
        long summitId = context.summitId();
        Locale locale = messages.getLocale();
        SeatingPlan plan = now.plan();
        write(file, run -> {
            PrintService.pdfTarget(file).write(out -> {
                seating.pdf(summitId, plan, paper, locale, out);
                return null;
            });
            return 1;
        });
    }

    /** Writes every attendee's badge or tent card as PDF, with progress; {@link #cancel} stops it. */
    public void printCards(Path file, BadgeService.Kind kind, Paper paper) {
        long summitId = context.summitId();
        Locale locale = messages.getLocale();
        boolean only = takingPartOnly.get();
        write(file, run -> PrintService.pdfTarget(file)
                .write(out -> badges.pdf(summitId, kind, paper, locale, only, out, run)));
    }

    /** Stops the PDF being written (between pages); nothing is left at the file's place. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** PDF work that reports to, and is stopped through, its run. */
    @FunctionalInterface
    private interface Job {
        int write(JobProgress run) throws Exception;
    }

    private void write(Path file, Job job) {
        cancel();
        JobProgress run = new JobProgress(progress::set);
        running = run;
        busy.set(true);
        progress.set(0);
        notice.set(Messages.format(messages, "seating.writing", file.getFileName()));
        context.background().run(() -> job.write(run), pages -> {
            if (running == run) {
                running = null;
                busy.set(false);
                notice.set(Messages.format(messages, "seating.saved", file.getFileName(), pages));
            }
        }, error -> {
            if (running == run) {
                running = null;
                busy.set(false);
                notice.set(error instanceof PrintCancelledException ? messages.getString("seating.cancelled")
                        : Messages.problem(messages, error));
            }
        });
    }

    private void failed(Throwable error) {
        notice.set(Messages.problem(messages, error));
    }

    public ObservableList<AgendaItem> items() {
        return items;
    }

    public ObjectProperty<AgendaItem> itemProperty() {
        return item;
    }

    public ObjectProperty<SeatingLayout> layoutProperty() {
        return layout;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty statusProperty() {
        return notice.textProperty();
    }

    /** True while a PDF is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.loadingProperty();
    }

    /** The nation's name in the screen's language. */
    String nationName(String code) {
        return nationNames.getOrDefault(code, code);
    }

    /** The person on a chair, or null. */
    static Attendee person(SummitContent content, Long id) {
        if (content == null || id == null) {
            return null;
        }
        return content.attendees().stream().filter(a -> a.id() == id).findFirst().orElse(null);
    }

    /** Whether the screen is in view: out of view it reads again only when it comes back. */
    public InView inView() {
        return inView;
    }
}
