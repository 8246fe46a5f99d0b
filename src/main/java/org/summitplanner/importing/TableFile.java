package org.summitplanner.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * An attendee list on disk, CSV-like or XLSX by its content (not its name). Reading is streamed;
 * a file that changes or vanishes while it is read is refused rather than half read.
 */
public final class TableFile {

    private static final int HEAD = 1 << 16;

    private final Path file;
    private final FileKind kind;
    private final byte[] head;
    private final int headLength;

    private TableFile(Path file, FileKind kind, byte[] head, int headLength) {
        this.file = file;
        this.kind = kind;
        this.head = head;
        this.headLength = headLength;
    }

    /**
     * Looks at the file's first bytes.
     *
     * @throws ImportException if it is missing, unreadable, empty or not a table (an image, a PDF ...)
     */
    public static TableFile open(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw ImportException.of("file.folder", name);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a FIFO would block the reading until someone writes to it; a device like /dev/zero never ends
            throw ImportException.of("file.special", name);
        }
        byte[] head = new byte[HEAD];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw ImportException.of(e, "file.missing", file.toString());
        } catch (AccessDeniedException e) {
            throw ImportException.of(e, "file.denied", file.toString());
        } catch (IOException e) {
            throw ImportException.of(e, "file.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        if (length == 0) {
            throw ImportException.of("file.empty", name);
        }
        FileKind kind = FileKind.of(head, length);
        if (kind == FileKind.BINARY) {
            String what = FileKind.describe(head, length);
            throw what != null ? ImportException.of("file.binaryKnown", name, new Texts.Key(what))
                    : ImportException.of("file.binary", name);
        }
        if (kind == FileKind.TEXT && FileKind.looksLikeJson(head, length)) {
            throw ImportException.of("file.json", name);
        }
        return new TableFile(file, kind, head, length);
    }

    public Path path() {
        return file;
    }

    public boolean isWorkbook() {
        return kind == FileKind.XLSX;
    }

    /** The workbook's sheet names; empty for a CSV file. */
    public List<String> sheets() throws ImportException {
        return isWorkbook() ? XlsxTableReader.sheetNames(file) : List.of();
    }

    /**
     * Reads the table into the sink.
     *
     * @param sheet the sheet of a workbook (null: the first); ignored for CSV
     * @throws ImportException if the file cannot be read, has no header, or changed while read
     */
    public void read(String sheet, RowSink sink) throws ImportException {
        String name = String.valueOf(file.getFileName());
        Stamp before = stamp();
        HeaderCheck checked = new HeaderCheck(sink, kind == FileKind.XLSX);
        try {
            if (kind == FileKind.XLSX) {
                new XlsxTableReader(file, sheet).read(checked);
            } else {
                CsvTableReader.open(file, head, headLength).read(checked);
            }
        } catch (NoSuchFileException e) {
            throw ImportException.of(e, "file.disappeared", name);
        } catch (IOException e) {
            throw ImportException.of(e, "file.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        checked.finish();
        if (!checked.header) {
            throw ImportException.of("file.blank", name);
        }
        if (!before.equals(stamp())) {
            throw ImportException.of("file.changed", name);
        }
    }

    /** What the file looked like: a change of size or time while reading means it was being written. */
    private record Stamp(long size, FileTime modified, Object key) {
    }

    private Stamp stamp() throws ImportException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime(), a.fileKey());
        } catch (NoSuchFileException e) {
            throw ImportException.of(e, "file.disappeared", String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw ImportException.of(e, "file.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * Finds the header: the first row that is not blank, unless it is a title (one cell, such as
     * "Delegation of France") followed within a few rows by a row of recognised headers; then the
     * title rows are skipped. Rows held while deciding are passed on unchanged, except that a sheet's
     * rows are made as wide as its header: a sheet leaves empty cells out, so a short row is not
     * ragged as a CSV line would be, and a value right of the last header is noted and left out.
     */
    private static final class HeaderCheck implements RowSink {
        private static final int TITLE_ROWS = 5;
        private final RowSink sink;
        private final boolean sheet;
        private final List<RawRow> held = new java.util.ArrayList<>();
        private List<String> candidate;
        private int width;
        boolean header;

        HeaderCheck(RowSink sink, boolean sheet) {
            this.sink = sink;
            this.sheet = sheet;
        }

        @Override
        public void header(List<String> headers) throws ImportException {
            candidate = headers;
            if (filled(headers) > 1) {
                decide(headers);
            }
        }

        @Override
        public void row(RawRow row) throws ImportException {
            if (header) {
                sink.row(sheet ? fitted(row) : row);
                return;
            }
            if (recognised(row.cells()) >= 2) {
                // the title rows end here: this row names the columns
                held.clear();
                decide(row.cells().stream().map(String::strip).toList());
                return;
            }
            held.add(row);
            if (held.size() >= TITLE_ROWS) {
                finish();
            }
        }

        /** No header row came after the title: the first row is the header after all. */
        void finish() throws ImportException {
            if (!header && candidate != null) {
                List<RawRow> rows = List.copyOf(held);
                held.clear();
                decide(candidate);
                for (RawRow r : rows) {
                    sink.row(sheet ? fitted(r) : r);
                }
            }
        }

        private void decide(List<String> headers) throws ImportException {
            header = true;
            width = headers.size();
            sink.header(headers);
        }

        /** A sheet's row padded to the header's width; its cells beyond the header become issues. */
        private RawRow fitted(RawRow row) {
            if (row.cells().size() == width) {
                return row;
            }
            List<String> cells = new java.util.ArrayList<>(row.cells());
            List<RawRow.Issue> issues = new java.util.ArrayList<>(row.issues());
            while (cells.size() < width) {
                cells.add("");
            }
            for (int i = width; i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    issues.add(new RawRow.Issue(RawRow.Kind.NO_HEADER, i, cells.get(i)));
                }
            }
            int end = width;
            issues.removeIf(issue -> issue.column() >= end && issue.kind() != RawRow.Kind.NO_HEADER);
            return new RawRow(row.row(), row.line(), cells.subList(0, width), issues);
        }

        private static int filled(List<String> cells) {
            return (int) cells.stream().filter(c -> !c.isBlank()).count();
        }

        private static int recognised(List<String> cells) {
            return (int) cells.stream().filter(c -> ImportField.recognise(c).isPresent()).count();
        }

        @Override
        public void progress(double fraction) {
            sink.progress(fraction);
        }
    }
}
