package org.summitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.summitplanner.app.logging.EscapedMessageConverter;
import org.summitplanner.app.logging.EscapedThrowableConverter;

/** Control characters in user text are written escaped on the terminal and in the log. */
class TerminalTextTest {

    @Test
    void controlCharactersAreEscapedTabsAndLineBreaksKept() {
        assertEquals("Evil\\u001b[31mRED\\u009b2J\\u007f\\u0007 \tnext\nline\\u000d",
                TerminalText.escape("Evil\u001b[31mRED\u009b2J\u007f\u0007 \tnext\nline\r", true));
        assertEquals("one\\u000aline", TerminalText.escape("one\nline", false));
        assertEquals("Glavaš, Зеленський, 中文", TerminalText.escape("Glavaš, Зеленський, 中文", true));
    }

    @Test
    void theCommandsWritersEscape() {
        StringWriter target = new StringWriter();
        try (PrintWriter out = TerminalText.escaping(target)) {
            out.println("name: \u001b]0;pwned\u0007");
            out.print('\u001b');
        }
        assertEquals("name: \\u001b]0;pwned\\u0007" + System.lineSeparator() + "\\u001b", target.toString());
    }

    @Test
    void theLogEscapesMessagesAndExceptions() {
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.WARN,
                "Refused {}", new IllegalStateException("bad \u001b[2J value"), new Object[] {"\u001b[31mx.json\nFAKE line"});
        assertEquals("Refused \\u001b[31mx.json\\u000aFAKE line", new EscapedMessageConverter().convert(event));
        EscapedThrowableConverter trace = new EscapedThrowableConverter();
        trace.setContext(context);
        trace.start();
        String written = trace.convert(event);
        assertEquals("java.lang.IllegalStateException: bad \\u001b[2J value", written.lines().findFirst().orElseThrow());
    }
}
