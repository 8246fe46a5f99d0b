package org.summitplanner.app;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * User text on its way to a terminal or a log: control characters (C0 but tab and line feed, DEL,
 * C1) are written as {@code \u001b}, so an escape sequence in a name, a file name or a file's
 * content cannot clear the screen, retitle the window or forge a log line. The form is JSON's, so
 * {@code check --format json} stays valid JSON and means the same.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** True for the characters a terminal or a log reader may act on. */
    public static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' || c == 0x7f || c >= 0x80 && c <= 0x9f;
    }

    /** {@code text} with every control character (also line breaks when {@code keepLines} is false) escaped. */
    public static String escape(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = isControl(c) || !keepLines && c == '\n';
            if (escape && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escape) {
                sb.append(String.format("\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** A writer for stdout or stderr that escapes control characters but keeps tabs and line breaks. */
    public static PrintWriter escaping(Writer out) {
        return new PrintWriter(new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                write(String.valueOf((char) c), 0, 1);
            }

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                write(new String(buf, off, len), 0, len);
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                String part = str.substring(off, off + len);
                // the platform's own line separator (\r\n on Windows) is a line break, not a control
                String escaped = System.lineSeparator().equals("\r\n")
                        ? String.join("\r\n", java.util.Arrays.stream(part.split("\r\n", -1))
                                .map(s -> escape(s, true)).toList())
                        : escape(part, true);
                out.write(escaped, 0, escaped.length());
            }
        }, true);
    }
}
