package org.summitplanner.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.LoggerFactory;
import org.summitplanner.model.Summit;
import org.summitplanner.schedule.Severity;
import org.summitplanner.schedule.SummitCheck;
import org.summitplanner.service.Services;

/**
 * The current summit's findings, kept up to date: after every data change the checks run again at once,
 * off the FX thread, and only the latest run's result is shown. A run costs a few milliseconds even at UN
 * scale, as the summit stays in memory and only what the change touched is read and checked again (see
 * {@code service.SummitMemory}). Nothing waits for them: a run that is still going when the next is due
 * makes one more run afterwards instead of queueing behind the edits, so a burst of edits costs two runs
 * at most. Starts on first use, so contexts that never show findings never check. FX thread only.
 */
public final class LiveChecks {

    private final Services services;
    private final Background background;
    private final ReadOnlyObjectProperty<Summit> summit;
    private final ReadOnlyObjectWrapper<SummitCheck> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private boolean started;
    private boolean stopped;
    private boolean running;
    private boolean again;
    private long generation;
    private Consumer<Throwable> onFailure = e -> LoggerFactory.getLogger(LiveChecks.class).warn("Checks failed", e);

    public LiveChecks(Services services, Background background, DataChanges changes,
                      ReadOnlyObjectProperty<Summit> summit) {
        this.services = services;
        this.background = background;
        this.summit = summit;
        changes.subscribe(this::later);
        summit.addListener((obs, old, now) -> {
            // another summit's findings must not stay on show while this one's are checked
            if (old == null || now == null || old.id() != now.id()) {
                show(null);
                generation++;
            }
            later();
        });
    }

    /** The latest findings of the current summit; null before the first check ends or without a summit. */
    public ReadOnlyObjectProperty<SummitCheck> resultProperty() {
        start();
        return result.getReadOnlyProperty();
    }

    /** Errors nobody acknowledged. */
    public ReadOnlyIntegerProperty errorsProperty() {
        start();
        return errors.getReadOnlyProperty();
    }

    /** Warnings nobody acknowledged. */
    public ReadOnlyIntegerProperty warningsProperty() {
        start();
        return warnings.getReadOnlyProperty();
    }

    /** Where a failed check is reported (the window's problem dialog). */
    public void setOnFailure(Consumer<Throwable> handler) {
        onFailure = handler;
    }

    /** Checks again now (after an acknowledgement, which changes no summit data). */
    public void refresh() {
        if (started && !stopped) {
            run();
        } else {
            start();
        }
    }

    /**
     * Stops for good: the database of these services is being closed or replaced, and a check that
     * runs later would read a closed database (its result is dropped too).
     */
    public void stop() {
        stopped = true;
        generation++;
    }

    private void start() {
        if (!started && !stopped) {
            started = true;
            run();
        }
    }

    private void later() {
        if (started && !stopped) {
            run();
        }
    }

    private void run() {
        if (stopped) {
            return;
        }
        Summit current = summit.get();
        if (current == null) {
            show(null);
            return;
        }
        if (running) {
            again = true;
            return;
        }
        running = true;
        long mine = ++generation;
        long summitId = current.id();
        background.run(() -> services.checks().check(summitId), check -> {
            finished();
            if (mine == generation) {
                show(check);
            }
        }, error -> {
            finished();
            // a run overtaken by another summit or database may fail on what is gone: only the latest counts
            if (!stopped && mine == generation) {
                onFailure.accept(error);
            }
        });
    }

    private void finished() {
        running = false;
        if (again) {
            again = false;
            run();
        }
    }

    private void show(SummitCheck check) {
        result.set(check);
        errors.set(check == null ? 0 : check.open(Severity.ERROR));
        warnings.set(check == null ? 0 : check.open(Severity.WARNING));
    }
}
