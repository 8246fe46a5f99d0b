package org.summitplanner.app.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.summitplanner.app.TerminalText;

/**
 * {@code %emsg} in the log patterns (LogSetup): the message with control characters escaped, line breaks too, so
 * that a name or a file name cannot forge a log line or send escape sequences to whoever reads the
 * log in a terminal. Our own multi-line messages (a refused summit file's problems) stay readable
 * as {@code \u000a}-joined lines.
 */
public final class EscapedMessageConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return TerminalText.escape(event.getFormattedMessage(), false);
    }
}
