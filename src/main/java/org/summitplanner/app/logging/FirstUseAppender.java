package org.summitplanner.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.function.Supplier;

/**
 * An appender made and started on the first event it is given, and stopped with the logging (see
 * {@link LogSetup}): most commands log nothing, and starting the log file's appender opens the file and
 * lists the log folder for old logs to remove.
 */
final class FirstUseAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    private final Supplier<Appender<ILoggingEvent>> maker;
    private volatile Appender<ILoggingEvent> made;

    FirstUseAppender(Supplier<Appender<ILoggingEvent>> maker) {
        this.maker = maker;
    }

    @Override
    protected void append(ILoggingEvent event) {
        Appender<ILoggingEvent> appender = made;
        if (appender == null) {
            synchronized (this) {
                if (made == null) {
                    made = maker.get();
                }
                appender = made;
            }
        }
        appender.doAppend(event);
    }

    @Override
    public void stop() {
        synchronized (this) {
            if (made != null) {
                made.stop();
            }
        }
        super.stop();
    }
}
