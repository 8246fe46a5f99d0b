package org.summitplanner.app;

import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Threads of the executors the entry points make (SummitPlannerApp, and commands that need one). Apart from
 * SummitPlannerApp so that a headless command does not load JavaFX's Application class to name a thread.
 */
final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Named daemon threads: a hung database call never keeps the JVM alive. */
    static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName(name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
