package org.summitplanner.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.files.OutputRefusedException;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitOverview;
import org.summitplanner.model.TeamRole;
import org.summitplanner.service.Services;
import org.summitplanner.service.TeamService;
import org.summitplanner.errors.DatabaseException;
import org.summitplanner.errors.DuplicateKeyException;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.summitfile.SummitFileException;
import org.summitplanner.ui.common.Background;
import org.summitplanner.ui.common.DataChanges;
import org.summitplanner.ui.common.EditConflictException;
import org.summitplanner.ui.common.EditHistory;
import org.summitplanner.ui.common.LiveChecks;
import org.summitplanner.ui.common.Messages;
import org.summitplanner.ui.common.Navigator;
import org.summitplanner.ui.common.ScreenContext;
import org.summitplanner.ui.common.UpdateEdit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the main window: which database is open, its summits, the current summit and its
 * overview, and whether work is running. Every database call goes through {@link Background}.
 */
public final class MainModel implements AutoCloseable {

    public static final String LAST_DATABASE = "database.last";
    public static final String LAST_SUMMIT = "summit.last";

    private static final Logger LOG = LoggerFactory.getLogger(MainModel.class);

    private final Background background;
    private final Settings settings;
    private final ResourceBundle messages;

    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper(this, "database", "");
    private final ObservableList<Summit> summits = FXCollections.observableArrayList();
    private final ObjectProperty<Summit> currentSummit = new SimpleObjectProperty<>(this, "currentSummit");
    private final ReadOnlyObjectWrapper<SummitOverview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ObservableList<Nation> nations = FXCollections.observableArrayList();
    private Map<String, List<String>> aliases = Map.of();

    /** How often the window asks for other clients' changes on a team database. */
    private static final int LISTEN_TICK_MILLIS = 250;

    private final ReadOnlyObjectWrapper<ScreenContext> context = new ReadOnlyObjectWrapper<>(this, "context");
    private final DataChanges changes = new DataChanges();
    private final EditHistory history;
    /**
     * The live checks read and check the whole summit after every edit: at UN scale a few hundred
     * milliseconds. They get their own worker so that an edit saved meanwhile never waits for them;
     * an edit committed while a check reads only makes that check's result the one before the last.
     * Made and shut down by whoever made the model (the application, a test), like the database worker.
     */
    private final Executor checkExecutor;
    private Session session;
    /** Other clients' changes, on a team database, and what asks for them a few times a second. */
    private TeamService.Feed listening;
    private javafx.animation.Timeline listeningTicks;
    private boolean polling;
    private final ReadOnlyObjectWrapper<TeamRole> role = new ReadOnlyObjectWrapper<>(this, "role", TeamRole.ORGANISER);

    /**
     * @param executor the one worker for database and file work
     * @param checkExecutor the worker of the live checks (not the same one: an edit must not wait for a check)
     */
    public MainModel(Executor executor, Executor checkExecutor, Settings settings, ResourceBundle messages) {
        this.background = new Background(executor);
        this.checkExecutor = checkExecutor;
        this.settings = settings;
        this.messages = messages;
        this.history = new EditHistory(background, changes, this::failed);
        currentSummit.addListener((obs, old, summit) -> {
            if (summit != null) {
                settings.put(LAST_SUMMIT, Long.toString(summit.id()));
            }
            // the same summit with new details keeps the history that changed them
            if (old == null || summit == null || old.id() != summit.id()) {
                history.clear();
            }
            refreshOverview();
        });
        changes.subscribe(this::refreshOverview);
    }

    /**
     * Opens a database (migrating it) and shows its summits; the previous one stays open if this fails.
     *
     * @param addDemoIfNew add the demo summit when this creates the database (the first start), so
     *        that a database the user made empty on purpose stays empty
     */
    public void openDatabase(Path file, boolean addDemoIfNew) {
        start(text("status.opening", file.getFileName()));
        background.run(report -> {
            // the name the user sees on disk ("db" given is "db.mv.db"), as the status bar's right side shows it
            Path dataFile = Services.dataFile(file);
            report.accept(text("status.opening", dataFile.getFileName()));
            boolean created = !Files.exists(dataFile);
            Session opened = new Session(Services.open(file, report));
            try {
                if (addDemoIfNew && created) {
                    report.accept(text("status.demo"));
                    opened.summits().loadDemo();
                }
                return new Opened(opened, opened.summits().summits(), opened.summits().nations(),
                        opened.services().nations().aliases(), dataFile.getFileName().toString());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, status::set, opened -> {
            show(opened);
            settings.put(LAST_DATABASE, opened.session().description());
            done(text("status.opened", opened.name()));
        }, this::failed);
    }

    /**
     * Connects to a team database on a PostgreSQL server and shows its summits; the previous database
     * stays open if this fails. The password is cleared once the connection is made (or refused).
     */
    public void openTeamDatabase(String address, String user, char[] password) {
        start(text("status.connecting", address));
        background.run(report -> {
            Session opened;
            try {
                opened = new Session(Services.open(address.trim(), new Services.Access(user, () -> password, false, report)));
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
            try {
                opened.services().team().role();
                return new Opened(opened, opened.summits().summits(), opened.summits().nations(),
                        opened.services().nations().aliases(), address.trim());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, status::set, opened -> {
            show(opened);
            done(text("status.connected", opened.session().description(),
                    text("role." + opened.session().services().team().role().label())));
        }, this::failed);
    }

    private void show(Opened opened) {
        stopChecks();
        closeSession();
        history.clear();
        session = opened.session();
        database.set(opened.session().description());
        role.set(session.services().team().role());
        nations.setAll(opened.nations());
        aliases = opened.aliases();
        context.set(new ScreenContext(session.services(), background, history, changes, settings, messages,
                currentSummit, List.copyOf(opened.nations()),
                new LiveChecks(session.services(), new Background(checkExecutor), changes, currentSummit),
                new Navigator()));
        showSummits(opened.summits(), preferredSummitId());
        // other clients' saves on a team database: the screens read again, as after an edit made here
        Session listened = session;
        listening = session.services().team().listen(summitId -> javafx.application.Platform.runLater(() -> {
            Summit current = currentSummit.get();
            if (session == listened && (summitId < 0 || current != null && current.id() == summitId)) {
                changes.fire();
            }
        }));
        if (session.opened().isServer()) {
            // each tick hands a poll to the database worker (never waiting on the FX thread), one at a time
            listeningTicks = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                    javafx.util.Duration.millis(LISTEN_TICK_MILLIS), e -> pollOtherClients()));
            listeningTicks.setCycleCount(javafx.animation.Animation.INDEFINITE);
            listeningTicks.play();
        }
    }

    private void pollOtherClients() {
        TeamService.Feed feed = listening;
        if (feed == null || polling) {
            return;
        }
        polling = true;
        background.run(() -> {
            feed.poll();
            return null;
        }, done -> polling = false, error -> {
            polling = false;
            LOG.debug("polling other clients' changes", error);
        });
    }

    /** Reads a summit file into the open database and makes it the current summit. */
    public void loadSummitFile(Path file) {
        Session s = requireSession();
        start(text("status.loading", file.getFileName()));
        background.run(() -> {
            Summit loaded = s.summits().load(file);
            return new Loaded(loaded, s.summits().summits());
        }, loaded -> {
            showSummits(loaded.summits(), loaded.summit().id());
            done(text("status.loaded", nameOf(loaded.summit())));
        }, this::failed);
    }

    public void exportCurrentSummit(Path file) {
        Session s = requireSession();
        Summit summit = currentSummit.get();
        if (summit == null) {
            return;
        }
        start(text("status.exporting", file.getFileName()));
        background.run(() -> {
            s.summits().export(summit.id(), file);
            return file;
        }, written -> done(text("status.exported", nameOf(summit), written)), this::failed);
    }

    public void createSummit(Summit summit) {
        Session s = requireSession();
        start(text("status.creating", nameOf(summit)));
        background.run(() -> {
            Summit created = s.summits().createSummit(summit);
            return new Loaded(created, s.summits().summits());
        }, created -> {
            showSummits(created.summits(), created.summit().id());
            done(text("status.created", nameOf(created.summit())));
        }, this::failed);
    }

    public void refreshOverview() {
        Summit summit = currentSummit.get();
        if (summit == null || session == null) {
            overview.set(null);
            return;
        }
        Session s = session;
        background.run(() -> s.summits().overview(summit.id()), result -> {
            Summit current = currentSummit.get();
            if (current != null && current.id() == result.summit().id()) {
                if (!current.equals(result.summit())) {
                    // its details changed (an edit, its undo, another program): show them everywhere
                    summits.replaceAll(x -> x.id() == current.id() ? result.summit() : x);
                    currentSummit.set(result.summit());
                }
                overview.set(result);
            }
        }, this::failed);
    }

    /** Saves changed details of a summit as one undoable edit. */
    public void updateSummit(Summit before, Summit after) {
        Session s = requireSession();
        start(text("status.saving", nameOf(after)));
        background.run(() -> s.summits().updateSummit(after), saved -> {
            history.record(new UpdateEdit<>(text("edit.summit", nameOf(saved)), before, saved,
                    s.summits()::updateSummit, x -> s.summits().summit(x.id()), Summit::version, Summit::withVersion));
            done(text("status.saved", nameOf(saved)));
            changes.fire();
        }, this::failed);
    }

    /** Deletes the current summit with everything in it. It cannot be undone: the window asks first. */
    public void deleteCurrentSummit() {
        Session s = requireSession();
        Summit summit = currentSummit.get();
        if (summit == null) {
            return;
        }
        start(text("status.deleting", nameOf(summit)));
        background.run(() -> {
            s.summits().deleteSummit(summit.id());
            return s.summits().summits();
        }, all -> {
            history.clear();
            showSummits(all, null);
            done(text("status.deleted", nameOf(summit)));
        }, this::failed);
    }

    /** Shows a failure of a screen's background work the way the window shows its own. */
    public void report(Throwable error) {
        failed(error);
    }

    public void dismissProblem() {
        problem.set(null);
    }

    private void showSummits(List<Summit> all, Long preferredId) {
        summits.setAll(all);
        Summit pick = all.stream().filter(x -> preferredId != null && x.id() == preferredId).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        if (pick == currentSummit.get()) {
            refreshOverview();
        }
        currentSummit.set(pick);
    }

    private Long preferredSummitId() {
        try {
            return settings.get(LAST_SUMMIT).map(Long::valueOf).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Session requireSession() {
        if (session == null) {
            throw new IllegalStateException("no database is open");
        }
        return session;
    }

    private void start(String message) {
        busy.set(true);
        status.set(message);
    }

    private void done(String message) {
        busy.set(false);
        status.set(message);
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.set(text("status.failed"));
        // a refused summit file's message quotes its values (emails, phones): the service logged its places
        LOG.warn("Not done: {}", error instanceof SummitFileException ? "the summit file was refused" : error.getMessage());
        String message = error instanceof StaleDataException || error instanceof EditConflictException ? text("stale.cannotUndo")
                : Messages.problem(messages, error);
        problem.set(new Problem(text("problem.title"), message));
        if (!(error instanceof SummitFileException || error instanceof DatabaseException
                || error instanceof StaleDataException || error instanceof DuplicateKeyException
                || error instanceof EditConflictException || error instanceof OutputRefusedException)) {
            LOG.error("Unexpected failure", error);
        }
    }

    private void closeSession() {
        if (listeningTicks != null) {
            listeningTicks.stop();
            listeningTicks = null;
        }
        if (listening != null) {
            listening.close();
            listening = null;
        }
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** The live checks of the database that is closing must not read it any more. */
    private void stopChecks() {
        if (context.get() != null) {
            context.get().checks().stop();
        }
    }

    @Override
    public void close() {
        stopChecks();
        settings.save();
        closeSession();
    }

    /** A summit's name as this window shows it: the French one in a French window, when it has one. */
    private String nameOf(Summit summit) {
        return summit.nameIn(messages.getLocale());
    }

    private String text(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }

    /** What the logged-in user may do (on an H2 file: everything). */
    public ReadOnlyObjectProperty<TeamRole> roleProperty() {
        return role.getReadOnlyProperty();
    }

    /** The history of the current summit, for the History view (null when no database is open). */
    public org.summitplanner.service.HistoryService auditHistory() {
        return session == null ? null : session.services().history();
    }

    public Settings settings() {
        return settings;
    }

    public Background background() {
        return background;
    }

    public ReadOnlyStringProperty databaseProperty() {
        return database.getReadOnlyProperty();
    }

    public ObservableList<Summit> summits() {
        return FXCollections.unmodifiableObservableList(summits);
    }

    /** Other names of the nations by code (USA, Czech Republic ...), for the pickers that search them. */
    public Map<String, List<String>> aliases() {
        return aliases;
    }

    public ObservableList<Nation> nations() {
        return FXCollections.unmodifiableObservableList(nations);
    }

    public ObjectProperty<Summit> currentSummitProperty() {
        return currentSummit;
    }

    public ReadOnlyObjectProperty<SummitOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Something went wrong that the user must read; null when nothing is pending. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the screens of the open database work with; null while none is open. */
    public ReadOnlyObjectProperty<ScreenContext> contextProperty() {
        return context.getReadOnlyProperty();
    }

    public EditHistory history() {
        return history;
    }

    public boolean hasDatabase() {
        return session != null;
    }

    public record Problem(String title, String message) {
    }

    /** @param name what the status bar calls the database: its data file's name, or the server's address */
    private record Opened(Session session, List<Summit> summits, List<Nation> nations,
                          Map<String, List<String>> aliases, String name) {
    }

    private record Loaded(Summit summit, List<Summit> summits) {
    }
}
