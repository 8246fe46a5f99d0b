package org.summitplanner.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

/**
 * The character encoding of a text table, line by line. A byte order mark says UTF-16; otherwise
 * each line is either valid UTF-8 with some non-ASCII text, or not valid UTF-8 (then it is
 * Windows-1252, what Excel writes in Western Europe when it saves "CSV (separator: semicolon)"),
 * or plain ASCII (the same in both). The file's encoding is the one most of its non-ASCII lines are
 * in; the lines in the other are read in theirs and marked, so that a list pasted together from
 * two sources is neither read whole in the wrong encoding (which turned "Noël" into "NoÃ«l") nor
 * silently patched with "?".
 */
final class Encodings {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * An encoding, how many bytes of byte order mark precede the text, and the lines (numbered from
     * 1 as the CSV reader numbers them: CR, LF and CR LF each end one) written in {@code other}.
     */
    record Detected(Charset charset, int bomLength, Charset other, BitSet otherLines) {

        Detected(Charset charset, int bomLength) {
            this(charset, bomLength, null, new BitSet());
        }

        boolean mixed() {
            return !otherLines.isEmpty();
        }
    }

    private Encodings() {
    }

    static Detected bom(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    /** Reads the whole file once unless it is UTF-16 (streamed: a buffer at a time). */
    static Detected detect(Path file, byte[] head, int length) throws IOException {
        Detected marked = bom(head, length);
        if (marked != null && !marked.charset().equals(StandardCharsets.UTF_8)) {
            return marked;
        }
        Lines lines = scan(file, marked == null ? 0 : marked.bomLength());
        if (marked != null) {
            // the mark says UTF-8: lines that are not are the odd ones out, whatever their number
            return lines.invalid.isEmpty() ? marked
                    : new Detected(StandardCharsets.UTF_8, marked.bomLength(), WINDOWS_1252, lines.invalid);
        }
        if (lines.invalid.isEmpty()) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        if (lines.utf8.isEmpty()) {
            return new Detected(WINDOWS_1252, 0);
        }
        return lines.utf8.cardinality() >= lines.invalid.cardinality()
                ? new Detected(StandardCharsets.UTF_8, 0, WINDOWS_1252, lines.invalid)
                : new Detected(WINDOWS_1252, 0, StandardCharsets.UTF_8, lines.utf8);
    }

    /** The lines that are valid UTF-8 with non-ASCII bytes, and the lines that are not valid UTF-8. */
    record Lines(BitSet utf8, BitSet invalid) {
    }

    /**
     * Checks every line as UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF)
     * by hand: a decoder would only say that the file as a whole is not UTF-8.
     */
    static Lines scan(Path file, int skip) throws IOException {
        BitSet utf8 = new BitSet();
        BitSet invalid = new BitSet();
        byte[] buffer = new byte[1 << 16];
        int line = 1;
        boolean nonAscii = false;
        boolean bad = false;
        boolean afterCr = false;
        int need = 0;       // continuation bytes still expected
        int min = 0x80;     // the range the next continuation byte must be in
        int max = 0xBF;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (b == '\n' || b == '\r') {
                        if (b == '\n' && afterCr) {
                            afterCr = false;
                            continue;
                        }
                        if (need > 0) {
                            bad = true;
                            need = 0;
                            min = 0x80;
                            max = 0xBF;
                        }
                        mark(line, nonAscii, bad, utf8, invalid);
                        line++;
                        nonAscii = false;
                        bad = false;
                        afterCr = b == '\r';
                        continue;
                    }
                    afterCr = false;
                    if (need > 0) {
                        if (b < min || b > max) {
                            bad = true;
                            need = 0;
                            min = 0x80;
                            max = 0xBF;
                            // this byte starts something new: look at it again below
                        } else {
                            need--;
                            min = 0x80;
                            max = 0xBF;
                            continue;
                        }
                    }
                    if (b < 0x80) {
                        continue;
                    }
                    nonAscii = true;
                    if (b >= 0xC2 && b <= 0xDF) {
                        need = 1;
                    } else if (b == 0xE0) {
                        need = 2;
                        min = 0xA0;
                    } else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
                        need = 2;
                    } else if (b == 0xED) {
                        need = 2;
                        max = 0x9F;
                    } else if (b == 0xF0) {
                        need = 3;
                        min = 0x90;
                    } else if (b >= 0xF1 && b <= 0xF3) {
                        need = 3;
                    } else if (b == 0xF4) {
                        need = 3;
                        max = 0x8F;
                    } else {
                        bad = true;
                    }
                }
            }
        }
        if (need > 0) {
            bad = true;
        }
        mark(line, nonAscii, bad, utf8, invalid);
        return new Lines(utf8, invalid);
    }

    private static void mark(int line, boolean nonAscii, boolean bad, BitSet utf8, BitSet invalid) {
        if (bad) {
            invalid.set(line);
        } else if (nonAscii) {
            utf8.set(line);
        }
    }
}
