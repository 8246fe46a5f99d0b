package org.summitplanner.importing;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV, TSV or semicolon-separated file with FastCSV, streamed: the encoding and the
 * delimiter are found first, then rows go to the sink one at a time.
 */
final class CsvTableReader {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SAMPLE_LINES = 50;

    private final Path file;
    private final Encodings.Detected encoding;
    private final Charset charset;
    private final int bomLength;
    private final char delimiter;

    private CsvTableReader(Path file, Encodings.Detected encoding, char delimiter) {
        this.file = file;
        this.encoding = encoding;
        this.charset = encoding.charset();
        this.bomLength = encoding.bomLength();
        this.delimiter = delimiter;
    }

    static CsvTableReader open(Path file, byte[] head, int length) throws IOException {
        Encodings.Detected encoding = Encodings.detect(file, head, length);
        String sample = new String(head, encoding.bomLength(), length - encoding.bomLength(), encoding.charset());
        return new CsvTableReader(file, encoding, detectDelimiter(sample));
    }

    Charset charset() {
        return charset;
    }

    char delimiter() {
        return delimiter;
    }

    /**
     * The delimiter that splits the header into the most columns and the following lines into as
     * many; counted outside quotes, so a comma inside "Paris, France" does not vote.
     */
    static char detectDelimiter(String sample) {
        List<int[]> counts = new ArrayList<>();
        int[] current = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < sample.length() && counts.size() < SAMPLE_LINES; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (c == '\r' && i + 1 < sample.length() && sample.charAt(i + 1) == '\n') {
                    i++;
                }
                counts.add(current);
                current = new int[DELIMITERS.length];
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        current[d]++;
                    }
                }
            }
        }
        if (counts.isEmpty() || counts.size() < SAMPLE_LINES && Arrays.stream(current).sum() > 0) {
            counts.add(current);
        }
        int best = 0;
        long bestScore = -1;
        for (int d = 0; d < DELIMITERS.length; d++) {
            int header = counts.get(0)[d];
            if (header == 0) {
                continue;
            }
            int consistent = 0;
            for (int[] line : counts) {
                if (line[d] == header) {
                    consistent++;
                }
            }
            long score = (long) consistent * 1000 + header;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    /** Reads the file into the sink; the header is the first row that is not blank. */
    void read(RowSink sink) throws IOException, ImportException {
        long size = Math.max(1, Files.size(file));
        try (CountingStream counting = new CountingStream(Files.newInputStream(file));
             CsvReader<CsvRecord> csv = CsvReader.builder()
                     .fieldSeparator(delimiter)
                     .quoteCharacter('"')
                     .skipEmptyLines(false)
                     .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                     .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                     .allowUnclosedQuote(false)
                     .ofCsvRecord(new BufferedReader(encoding.mixed()
                             ? new LineDecodingReader(skip(counting), charset, encoding.other(), encoding.otherLines())
                             : new InputStreamReader(skip(counting), charset), 1 << 16))) {
            int row = 0;
            boolean headerSeen = false;
            var records = csv.iterator();
            while (true) {
                CsvRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (CsvParseException e) {
                    throw ImportException.of(e, "file.csv", String.valueOf(file.getFileName()), Integer.toString(row),
                            String.valueOf(rootMessage(e)));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                row++;
                List<String> cells = record.getFields();
                if (isBlank(cells)) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    sink.header(cells.stream().map(h -> h.replace("\uFEFF", "").strip()).toList());
                } else {
                    sink.row(new RawRow(row, record.getStartingLineNumber(), cells, encodingIssues(record)));
                }
                if ((row & 0x3FF) == 0) {
                    sink.progress((double) counting.count / size);
                }
            }
        }
    }

    /** A row with a line in the file's other encoding: it was read in that one, and says so. */
    private List<RawRow.Issue> encodingIssues(CsvRecord record) {
        if (!encoding.mixed()) {
            return List.of();
        }
        long first = record.getStartingLineNumber();
        long last = first;
        for (String field : record.getFields()) {
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n')) {
                    last++;
                }
            }
        }
        int next = encoding.otherLines().nextSetBit((int) first);
        return next >= 0 && next <= last
                ? List.of(new RawRow.Issue(RawRow.Kind.OTHER_ENCODING, -1, encoding.other().name()))
                : List.of();
    }

    private InputStream skip(InputStream in) throws IOException {
        in.skipNBytes(bomLength);
        return in;
    }

    private static boolean isBlank(List<String> cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
