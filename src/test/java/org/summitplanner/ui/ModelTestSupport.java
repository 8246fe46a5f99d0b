package org.summitplanner.ui;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.model.Summit;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;
import org.summitplanner.store.TestDatabases;
import org.summitplanner.ui.common.Background;
import org.summitplanner.ui.common.DataChanges;
import org.summitplanner.ui.common.EditHistory;
import org.summitplanner.ui.common.ScreenContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For presentation-model tests without a window: the demo summit in a fresh in-memory database,
 * a {@link ScreenContext} over it, and the FX thread running (models hand results back on it).
 * Tests call models on the FX thread with {@link #fx(Runnable)} and wait with {@link #waitUntil}.
 */
public abstract class ModelTestSupport {

    protected Database database;
    protected Services services;
    protected Summit summit;
    protected ScreenContext context;
    protected EditHistory history;
    protected final java.util.List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    private ExecutorService executor;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openContext() {
        database = TestDatabases.fresh();
        services = Services.of(database);
        summit = services.summits().loadDemo();
        executor = Executors.newSingleThreadExecutor();
        Background background = new Background(executor);
        DataChanges changes = new DataChanges();
        history = new EditHistory(background, changes, failures::add);
        ResourceBundle messages = ResourceBundle.getBundle("org.summitplanner.ui.messages", Locale.ENGLISH);
        context = new ScreenContext(services, background, history, changes,
                new Settings(java.nio.file.Path.of(System.getProperty("summitplanner.home", System.getProperty("java.io.tmpdir")),
                        "sp-model-test.properties")),
                messages, new ReadOnlyObjectWrapper<>(summit).getReadOnlyProperty(), services.summits().nations());
    }

    @AfterEach
    void closeContext() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        database.close();
    }

    /** Runs on the FX thread and waits for it. */
    protected void fx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs on the FX thread and returns its result. */
    protected <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    protected void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
