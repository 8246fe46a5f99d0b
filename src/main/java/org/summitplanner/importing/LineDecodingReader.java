package org.summitplanner.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Decodes a text file line by line, each line in the file's encoding or, for the lines found to be
 * in the other one, in that; lines are numbered as {@link Encodings#scan} numbers them (CR, LF and
 * CR LF each end one). Only used for a file that mixes UTF-8 and Windows-1252: both keep ASCII, so
 * the line breaks are the same bytes in both.
 */
final class LineDecodingReader extends Reader {

    private static final int NONE = -2;

    private final InputStream in;
    private final Charset charset;
    private final Charset other;
    private final BitSet otherLines;
    private final byte[] buffer = new byte[1 << 16];
    private int next;
    private int filled;
    private int pushedBack = NONE;
    private byte[] lineBytes = new byte[256];
    private int lineLength;
    private int line = 1;
    private String decoded = "";
    private int position;

    LineDecodingReader(InputStream in, Charset charset, Charset other, BitSet otherLines) {
        this.in = in;
        this.charset = charset;
        this.other = other;
        this.otherLines = otherLines;
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == decoded.length()) {
            if (!nextLine()) {
                return -1;
            }
        }
        int n = Math.min(length, decoded.length() - position);
        decoded.getChars(position, position + n, chars, offset);
        position += n;
        return n;
    }

    /** Decodes the next line with its line break; false at the end of the file. */
    private boolean nextLine() throws IOException {
        lineLength = 0;
        while (true) {
            int b = take();
            if (b < 0) {
                break;
            }
            append(b);
            if (b == '\n') {
                break;
            }
            if (b == '\r') {
                int after = take();
                if (after == '\n') {
                    append(after);
                } else if (after >= 0) {
                    pushedBack = after;
                }
                break;
            }
        }
        if (lineLength == 0) {
            return false;
        }
        decoded = new String(lineBytes, 0, lineLength, otherLines.get(line) ? other : charset);
        position = 0;
        line++;
        return true;
    }

    private int take() throws IOException {
        if (pushedBack != NONE) {
            int b = pushedBack;
            pushedBack = NONE;
            return b;
        }
        if (next == filled) {
            filled = in.read(buffer);
            next = 0;
            if (filled <= 0) {
                filled = 0;
                return -1;
            }
        }
        return buffer[next++] & 0xFF;
    }

    private void append(int b) {
        if (lineLength == lineBytes.length) {
            lineBytes = Arrays.copyOf(lineBytes, lineBytes.length * 2);
        }
        lineBytes[lineLength++] = (byte) b;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
