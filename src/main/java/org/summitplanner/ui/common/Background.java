package org.summitplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.LoggerFactory;

/**
 * Runs blocking work (database, files) on the injected executor and hands the result back on the
 * FX thread. Tests pass an executor of their own.
 */
public final class Background {

    private final Executor executor;

    public Background(Executor executor) {
        this.executor = executor;
    }

    /**
     * @param work runs off the FX thread; it may report progress through {@code status}
     * @param onSuccess runs on the FX thread with the result
     * @param onFailure runs on the FX thread with what went wrong
     */
    public <T> Task<T> run(Work<T> work, Consumer<String> status, Consumer<T> onSuccess,
                           Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(message -> {
                    updateMessage(message);
                    if (status != null) {
                        Platform.runLater(() -> status.accept(message));
                    }
                });
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // the window is closing and the executor is shut down: the work no longer matters
            LoggerFactory.getLogger(Background.class).debug("Dropped work after shutdown", e);
        }
        return task;
    }

    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(status -> work.call(), null, onSuccess, onFailure);
    }

    /** Blocking work that may say what it is doing. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Consumer<String> status) throws Exception;
    }
}
