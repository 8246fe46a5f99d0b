package org.summitplanner.app.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.summitplanner.app.TerminalText;

/**
 * {@code %eex} in the log patterns (LogSetup): a stack trace with control characters escaped (an exception's
 * message may quote user text); its line breaks stay, as they are the trace's own.
 */
public final class EscapedThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return TerminalText.escape(super.convert(event), true);
    }
}
