package org.summitplanner.ui.printing;

import java.nio.file.Path;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.print.PrinterJob;
import javafx.util.Duration;
import org.summitplanner.files.OutputRefusedException;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Room;
import org.summitplanner.printing.DocumentKind;
import org.summitplanner.printing.Orientation;
import org.summitplanner.printing.Paper;
import org.summitplanner.printing.PrintCancelledException;
import org.summitplanner.printing.PrintLayout;
import org.summitplanner.printing.PrintRequest;
import org.summitplanner.printing.PrintSettings;
import org.summitplanner.printing.Printouts;
import org.summitplanner.printing.SummitIndex;
import org.summitplanner.service.PrintService;
import org.summitplanner.ui.common.JobProgress;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.Loading;

/**
 * The print screen's state: which document about what, the page setup, and the pages laid out
 * for the preview. Laying out, exporting and printing run in the background with progress and
 * cancel. The summit is read when the screen is shown and after every change while it is in view
 * (see {@link org.summitplanner.ui.common.DataChanges}); an export or a print reads it again in its
 * own job, so that it never writes what an undo or a save has since changed.
 */
public final class PrintModel {

    private final Loading loading = new Loading();
    private final ScreenContext context;
    private final ResourceBundle messages;
    private final PrintService printing;
    private final PickLists picks;

    private final ObjectProperty<Pick<DocumentKind>> document = new SimpleObjectProperty<>(this, "document");
    private final ObjectProperty<Pick<LocalDate>> day = new SimpleObjectProperty<>(this, "day");
    private final ObjectProperty<Pick<Room>> room = new SimpleObjectProperty<>(this, "room");
    private final ObjectProperty<Pick<String>> nation = new SimpleObjectProperty<>(this, "nation");
    private final ObjectProperty<Pick<Attendee>> person = new SimpleObjectProperty<>(this, "person");
    private final ObjectProperty<Pick<Paper>> paper = new SimpleObjectProperty<>(this, "paper");
    private final ObjectProperty<Pick<Orientation>> orientation = new SimpleObjectProperty<>(this, "orientation");
    private final ObjectProperty<Pick<Locale>> language = new SimpleObjectProperty<>(this, "language");
    private final StringProperty classification = new SimpleStringProperty(this, "classification", "");

    private final ObservableList<Pick<LocalDate>> days = FXCollections.observableArrayList();
    private final ObservableList<Pick<Room>> rooms = FXCollections.observableArrayList();
    private final ObservableList<Pick<String>> nations = FXCollections.observableArrayList();
    private final ObservableList<Pick<Attendee>> people = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<PrintLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper missingGlyphs = new ReadOnlyStringWrapper(this, "missingGlyphs", "");
    private final BooleanBinding calendarPossible;

    private SummitIndex index;
    /** What the choices are made from, read with {@link #index} (off the FX thread when the screen reads). */
    private Read read;
    private JobProgress running;
    private boolean filling;

    public PrintModel(ScreenContext context, ResourceBundle messages) {
        this.context = context;
        this.messages = messages;
        this.printing = context.services().printing();
        this.picks = new PickLists(messages);
        document.set(picks.documents().get(0));
        paper.set(picks.papers().get(0));
        orientation.set(picks.orientations().get(0));
        Locale ui = messages.getLocale() == null ? Locale.ENGLISH : messages.getLocale();
        language.set(picks.languages().stream().filter(l -> l.value().getLanguage().equals(ui.getLanguage()))
                .findFirst().orElse(picks.languages().get(0)));
        document.addListener((obs, old, now) -> {
            if (now != null) {
                orientation.set(picks.orientation(Printouts.suggestedOrientation(now.value())));
            }
            preview();
        });
        nation.addListener((obs, old, now) -> {
            fillPeople();
            preview();
        });
        List.of(day, room, person, paper, orientation, language).forEach(p -> p.addListener((obs, old, now) -> preview()));
        // typing a classification lays out again once the typing pauses, not on every key
        PauseTransition typing = new PauseTransition(Duration.millis(300));
        typing.setOnFinished(e -> preview());
        classification.addListener((obs, old, now) -> typing.playFromStart());
        calendarPossible = Bindings.createBooleanBinding(() -> {
            DocumentKind kind = document.get().value();
            return (kind == DocumentKind.DELEGATION || kind == DocumentKind.ITINERARY)
                    && (value(person) != null || value(nation) != null);
        }, document, person, nation);
    }

    /** True while the summit is read (laying the pages out has its own progress and Cancel). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.loadingProperty();
    }

    /** Reads the summit again (it may have changed on other screens) and lays the pages out. */
    public void reload() {
        long summitId = context.summitId();
        if (summitId < 0) {
            return;
        }
        busy.set(true);
        status.set(messages.getString("print.reading"));
        loading.run(context.background(), () -> read(printing.index(summitId)), loaded -> {
            index = loaded.index();
            read = loaded;
            fillLists();
            busy.set(false);
            preview();
        }, this::failed);
    }

    /**
     * The summit as the choices show it: its printouts (the rooms, delegations and nation names) and everyone
     * as a choice, sorted by name. Pure and slow at UN scale (5,000 names collated): made off the FX thread.
     */
    private record Read(SummitIndex index, Printouts printouts, List<Pick<Attendee>> everyone) {
    }

    private Read read(SummitIndex summit) {
        Printouts printouts = printing.printouts(summit, picks.locale());
        Collator collator = Collator.getInstance(picks.locale());
        // collation keys made once per name: comparing 5,000 names through the collator each time took a second
        Map<String, java.text.CollationKey> keys = new java.util.HashMap<>();
        List<Pick<Attendee>> everyone = summit.content().attendees().stream()
                .sorted(Comparator.comparing((Attendee a) -> keys.computeIfAbsent(a.familyName(), collator::getCollationKey))
                        .thenComparing(a -> keys.computeIfAbsent(a.givenName(), collator::getCollationKey)))
                .map(a -> new Pick<>(a, a.displayName() + " (" + printouts.texts().nation(a.nation()) + ")"))
                .toList();
        return new Read(summit, printouts, everyone);
    }

    private void fillLists() {
        filling = true;
        Printouts printouts = read.printouts();
        days.setAll(picks.all("print.allDays"));
        index.days().forEach(d -> days.add(new Pick<>(d, picks.day(d))));
        rooms.setAll(picks.all("print.allRooms"));
        // named as the window names them (the printout's language may differ: it is chosen below)
        Locale ui = picks.locale();
        printouts.rooms().forEach(r -> rooms.add(new Pick<>(r, r.buildingIn(ui) == null || r.buildingIn(ui).isBlank()
                ? r.nameIn(ui) : r.nameIn(ui) + " — " + r.buildingIn(ui))));
        nations.setAll(picks.all("print.allDelegations"));
        printouts.delegations().forEach(code -> nations.add(new Pick<>(code, printouts.texts().nation(code))));
        day.set(keep(day.get(), days));
        room.set(keep(room.get(), rooms));
        nation.set(keep(nation.get(), nations));
        filling = false;
        fillPeople();
    }

    private void fillPeople() {
        if (index == null) {
            return;
        }
        boolean was = filling;
        filling = true;
        String code = value(nation);
        List<Pick<Attendee>> list = new ArrayList<>();
        list.add(picks.all("print.allPeople"));
        // sorted when read: a delegation's people are in the same order
        for (Pick<Attendee> p : read.everyone()) {
            if (code == null || p.value().nation().equals(code)) {
                list.add(p);
            }
        }
        people.setAll(list);
        person.set(keep(person.get(), people));
        filling = was;
    }

    /** The choice for the same thing as before (the same person even if an undo renamed them), else "all". */
    private static <T> Pick<T> keep(Pick<T> current, List<Pick<T>> choices) {
        if (current != null) {
            for (Pick<T> p : choices) {
                if (Objects.equals(identity(p.value()), identity(current.value()))) {
                    return p;
                }
            }
        }
        return choices.get(0);
    }

    private static Object identity(Object value) {
        return value instanceof Attendee a ? "attendee " + a.id() : value instanceof Room r ? "room " + r.id() : value;
    }

    /** What the current choices ask for. */
    PrintRequest request() {
        DocumentKind kind = document.get().value();
        Room r = value(room);
        Attendee a = value(person);
        String roomKey = r == null ? null : r.key() != null ? r.key() : Long.toString(r.id());
        String attendeeKey = a == null ? null : a.key() != null ? a.key() : Long.toString(a.id());
        return switch (kind) {
            case AGENDA -> new PrintRequest(kind, value(day), null, null, null, false);
            case ROOM -> new PrintRequest(kind, value(day), roomKey, null, null, r == null);
            case DELEGATION -> new PrintRequest(kind, value(day), null, value(nation), null, value(nation) == null);
            case ITINERARY -> new PrintRequest(kind, value(day), null, value(nation), attendeeKey, a == null);
        };
    }

    PrintSettings settings() {
        return new PrintSettings(paper.get().value(), orientation.get().value(), language.get().value(),
                classification.get(), ZonedDateTime.now());
    }

    /** Lays the pages out again for the current choices; a layout still running is cancelled. */
    public void preview() {
        if (index == null || filling) {
            return;
        }
        PrintRequest request = request();
        PrintSettings settings = settings();
        start(messages.getString("print.layingOut"), run -> printing.layout(index, request, settings, run), done -> {
            layout.set(done);
            status.set(Messages.format(messages, "print.pages", done.pageCount()));
            missingGlyphs.set(MissingGlyphsText.of(done.document().missingGlyphs(), messages));
        });
    }

    /**
     * What an export or a print wrote, and the summit as it read it in the same job, made into choices there
     * (null when it is the summit the screen shows).
     */
    private record Written<T>(T result, Read newer) {
    }

    /** Writes the PDF of the current choices, from the summit as stored now. */
    public void exportPdf(Path file) {
        long summitId = context.summitId();
        PrintRequest request = request();
        PrintSettings settings = settings();
        SummitIndex shown = index;
        start(Messages.format(messages, "print.writing", file.getFileName()), run -> {
            SummitIndex now = printing.index(summitId);
            int pages = PrintService.pdfTarget(file).write(out -> printing.pdf(now, request, settings, out, run));
            return new Written<>(pages, newer(shown, now));
        }, written -> {
            status.set(Messages.format(messages, "print.saved", file.getFileName(), written.result()));
            showIfNewer(written.newer());
        });
    }

    /** Writes the calendar of the chosen person, or else of the chosen delegation, from the summit as stored now. */
    public void exportCalendar(Path file) {
        long summitId = context.summitId();
        Attendee a = value(person);
        String attendeeKey = a == null ? null : a.key() != null ? a.key() : Long.toString(a.id());
        String code = a == null ? value(nation) : null;
        Locale locale = language.get().value();
        SummitIndex shown = index;
        start(Messages.format(messages, "print.writing", file.getFileName()), run -> {
            SummitIndex now = printing.index(summitId);
            PrintService.calendarTarget(file).write(out -> {
                printing.ics(now, attendeeKey, code, locale, Instant.now(), out);
                return null;
            });
            return new Written<>(file, newer(shown, now));
        }, written -> {
            status.set(Messages.format(messages, "print.calendarSaved", file.getFileName()));
            showIfNewer(written.newer());
        });
    }

    /**
     * Prints the current choices on a job the user set up in the print dialog: laid out again from the
     * summit as stored now, which is what the preview shows unless something changed since.
     */
    public void print(PrinterJob job) {
        if (layout.get() == null) {
            return;
        }
        long summitId = context.summitId();
        PrintRequest request = request();
        PrintSettings settings = settings();
        String printer = job.getPrinter().getName();
        SummitIndex shown = index;
        start(Messages.format(messages, "print.printing", printer), run -> {
            SummitIndex now = printing.index(summitId);
            return new Written<>(FxPrinting.print(job, printing.layout(now, request, settings, run), run),
                    newer(shown, now));
        }, sent -> {
            status.set(Messages.format(messages, sent.result() >= 0 ? "print.printed" : "print.notPrinted",
                    Math.max(sent.result(), 0), printer));
            showIfNewer(sent.newer());
        });
    }

    /** In a job: the summit it read, made into choices, or null when the screen already shows it. */
    private Read newer(SummitIndex shown, SummitIndex now) {
        return shown != null && now.content().equals(shown.content()) ? null : read(now);
    }

    /** After an export read the summit, the preview shows what it wrote if the preview was older. */
    private void showIfNewer(Read newer) {
        if (newer != null) {
            index = newer.index();
            read = newer;
            fillLists();
            preview();
        }
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private <T> void start(String message, Job<T> job, Consumer<T> onDone) {
        cancel();
        JobProgress run = new JobProgress(progress::set);
        running = run;
        busy.set(true);
        progress.set(0);
        status.set(message);
        context.background().run(() -> job.run(run), result -> {
            if (running == run) {
                running = null;
                busy.set(false);
                onDone.accept(result);
            }
        }, e -> {
            if (running == run) {
                running = null;
                failed(e);
            }
        });
    }

    private void failed(Throwable e) {
        busy.set(false);
        status.set(e instanceof PrintCancelledException ? messages.getString("print.cancelled")
                : e instanceof OutputRefusedException ? Messages.problem(messages, e)
                : Messages.format(messages, "print.failed", Messages.problem(messages, e)));
    }

    private static <T> T value(ObjectProperty<Pick<T>> pick) {
        return pick.get() == null ? null : pick.get().value();
    }

    /** Background work that reports to (and is stopped through) its run. */
    @FunctionalInterface
    interface Job<T> {
        T run(JobProgress run) throws Exception;
    }

    PickLists picks() { return picks; }
    public ObjectProperty<Pick<DocumentKind>> documentProperty() { return document; }
    public ObjectProperty<Pick<LocalDate>> dayProperty() { return day; }
    public ObjectProperty<Pick<Room>> roomProperty() { return room; }
    public ObjectProperty<Pick<String>> nationProperty() { return nation; }
    public ObjectProperty<Pick<Attendee>> personProperty() { return person; }
    public ObjectProperty<Pick<Paper>> paperProperty() { return paper; }
    public ObjectProperty<Pick<Orientation>> orientationProperty() { return orientation; }
    public ObjectProperty<Pick<Locale>> languageProperty() { return language; }
    public StringProperty classificationProperty() { return classification; }
    public ObservableList<Pick<LocalDate>> days() { return days; }
    public ObservableList<Pick<Room>> rooms() { return rooms; }
    public ObservableList<Pick<String>> nations() { return nations; }
    public ObservableList<Pick<Attendee>> people() { return people; }
    public ReadOnlyObjectProperty<PrintLayout> layoutProperty() { return layout.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** What in the previewed document no font on this computer has, and what to install; empty when all prints. */
    public ReadOnlyStringProperty missingGlyphsProperty() { return missingGlyphs.getReadOnlyProperty(); }
    public BooleanBinding calendarPossibleBinding() { return calendarPossible; }
}
