package org.summitplanner.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of an XLSX workbook with POI's streaming (SAX) reader, so that a large sheet is
 * never held whole. Cells come as Excel shows them (DataFormatter), except dates, which come as
 * ISO dates so that 03/04 cannot be read as the wrong day. A cell merged over several rows gives
 * its value to each of them; a formula is never evaluated: its saved result is read, and a formula
 * without one is reported with its cell. POI's zip-bomb limits (ZipSecureFile)
 * and its refusal of document type declarations stay as POI sets them.
 */
final class XlsxTableReader {

    private final Path file;
    private final String sheet;

    /** @param sheet the sheet's name, or null for the first sheet */
    XlsxTableReader(Path file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    /** The names of the workbook's sheets, in order. */
    static List<String> sheetNames(Path file) throws ImportException {
        List<String> names = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = new XSSFReader(pkg).getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw refused(file, e);
        }
        return names;
    }

    void read(RowSink sink) throws ImportException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = reader.getSharedStringsTable();
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            List<String> seen = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream data = sheets.next()) {
                    String name = sheets.getSheetName();
                    seen.add(name);
                    if (sheet == null || sheet.equalsIgnoreCase(name)) {
                        List<CellRangeAddress> merged;
                        try (InputStream again = sheets.getSheetPart().getInputStream()) {
                            merged = mergedDown(again);
                        }
                        parse(data, strings, styles, merged, sink);
                        return;
                    }
                }
            }
            if (seen.isEmpty()) {
                throw ImportException.of("xlsx.noSheet", String.valueOf(file.getFileName()));
            }
            throw ImportException.of("xlsx.sheet", String.valueOf(file.getFileName()), sheet, String.join(", ", seen));
        } catch (ImportException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            // what the sink threw (a stop after the header, a cancel, a row it refused) is the sink's, not POI's
            Throwable fromSink = SinkFailure.find(e);
            if (fromSink instanceof ImportException ie) {
                throw ie;
            }
            if (fromSink instanceof RuntimeException re) {
                throw re;
            }
            throw refused(file, e);
        }
    }

    private static void parse(InputStream data, SharedStrings strings, StylesTable styles,
                              List<CellRangeAddress> merged, RowSink sink) throws IOException, SAXException {
        Rows rows = new Rows(sink, merged);
        XMLReader parser = newParser();
        parser.setContentHandler(new CellWatch(new XSSFSheetXMLHandler(styles, strings, rows, new AsShown(), false), rows));
        parser.parse(new InputSource(data));
    }

    /**
     * The merged ranges that span more than one row. They are listed after the rows in the sheet's XML,
     * so the sheet is read once for them before its rows are: a streamed row must already know them.
     */
    private static List<CellRangeAddress> mergedDown(InputStream sheetXml) throws IOException, SAXException {
        List<CellRangeAddress> found = new ArrayList<>();
        XMLReader parser = newParser();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String ref = "mergeCell".equals(localName) ? attributes.getValue("ref") : null;
                if (ref != null) {
                    try {
                        CellRangeAddress range = CellRangeAddress.valueOf(ref);
                        if (range.getLastRow() > range.getFirstRow()) {
                            found.add(range);
                        }
                    } catch (RuntimeException e) {
                        // a range that does not parse merges nothing
                    }
                }
            }
        });
        parser.parse(new InputSource(sheetXml));
        found.sort(java.util.Comparator.comparingInt(CellRangeAddress::getFirstRow));
        return found;
    }

    private static XMLReader newParser() throws IOException, SAXException {
        try {
            return XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    /** Why POI refused the file, in words, naming the file. */
    private static ImportException refused(Path file, Throwable e) {
        String name = file.getFileName().toString();
        String text = messages(e);
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb")) {
            return ImportException.of(e, "xlsx.bomb", name);
        }
        if (lower.contains("doctype") || lower.contains("entity") || lower.contains("dtd")) {
            return ImportException.of(e, "xlsx.entity", name);
        }
        if (e instanceof NotOfficeXmlFileException || e instanceof InvalidFormatException) {
            return ImportException.of(e, "xlsx.invalid", name, firstLine(text));
        }
        return ImportException.of(e, "xlsx.unreadable", name, firstLine(text));
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXException s && s.getException() != null && s.getException() != t.getCause()) {
                sb.append(s.getException().getMessage()).append(' ');
            }
            sb.append(t.getMessage()).append(' ');
        }
        return sb.toString().strip();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** What the sink threw, carried through POI's and the XML parser's code to {@link #read}. */
    private static final class SinkFailure extends RuntimeException {
        SinkFailure(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }

        static Throwable find(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SinkFailure f) {
                    return f.getCause();
                }
                if (t instanceof SAXException s && s.getException() instanceof SinkFailure f) {
                    return f.getCause();
                }
            }
            return null;
        }
    }

    /**
     * Collects each row's cells by column letter (empty cells are missing from the XML), fills the
     * cells under a merged cell with its value, and keeps what the {@link CellWatch} saw.
     */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private final List<RawRow.Issue> issues = new ArrayList<>();
        private final List<CellRangeAddress> merged;
        private final List<Merge> open = new ArrayList<>();
        private int nextMerge;
        private boolean headerSeen;
        private int next;

        /** A merged range and the value of its first cell, once its first row was read. */
        private record Merge(CellRangeAddress range, String value) {
        }

        Rows(RowSink sink, List<CellRangeAddress> merged) {
            this.sink = sink;
            this.merged = merged;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            issues.clear();
            next = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? next : new CellReference(reference).getCol();
            set(column, value == null ? "" : value);
            next = column + 1;
        }

        private void set(int column, String value) {
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value);
        }

        /** A formula cell without a saved result: POI passes no value for it. */
        void noResult(int column, String formula) {
            issues.add(new RawRow.Issue(RawRow.Kind.NO_RESULT, column, formula));
        }

        /** A formula whose saved result is an error: POI passes it as "ERROR:#REF!"; it is no value. */
        void errorResult(int column) {
            String shown = column < cells.size() ? cells.get(column) : "";
            issues.add(new RawRow.Issue(RawRow.Kind.FORMULA_ERROR, column,
                    shown.startsWith("ERROR:") ? shown.substring(6) : shown));
            if (column < cells.size()) {
                cells.set(column, "");
            }
        }

        @Override
        public void endRow(int rowNum) {
            // merged ranges that start here take this row's value; those that ended before go
            while (nextMerge < merged.size() && merged.get(nextMerge).getFirstRow() <= rowNum) {
                CellRangeAddress range = merged.get(nextMerge++);
                if (range.getFirstRow() == rowNum) {
                    int column = range.getFirstColumn();
                    open.add(new Merge(range, column < cells.size() ? cells.get(column) : ""));
                }
            }
            open.removeIf(m -> m.range().getLastRow() < rowNum);
            if (cells.stream().allMatch(String::isBlank) && issues.isEmpty()) {
                return;
            }
            for (Merge m : open) {
                int column = m.range().getFirstColumn();
                if (m.range().getFirstRow() < rowNum && (column >= cells.size() || cells.get(column).isBlank())) {
                    set(column, m.value());
                }
            }
            try {
                if (!headerSeen) {
                    headerSeen = true;
                    sink.header(cells.stream().map(String::strip).toList());
                } else {
                    sink.row(new RawRow(rowNum + 1, rowNum + 1L, cells, issues));
                }
                if ((rowNum & 0x3FF) == 0) {
                    // the sheet's row count is unknown until its end: progress without a fraction
                    sink.progress(-1);
                }
            } catch (ImportException | RuntimeException e) {
                throw new SinkFailure(e);
            }
        }
    }

    /**
     * Passes the sheet's XML on to POI's handler and notes what that handler does not report: a formula
     * cell without a saved value (POI then passes no cell at all) and a formula whose result is an error.
     */
    private static final class CellWatch extends DefaultHandler {
        private final DefaultHandler inner;
        private final Rows rows;
        private final StringBuilder formula = new StringBuilder();
        private int column = -1;
        private boolean inFormula;
        private boolean hasFormula;
        private boolean hasValue;
        private boolean isError;

        CellWatch(DefaultHandler inner, Rows rows) {
            this.inner = inner;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "row" -> column = -1;
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    isError = "e".equals(attributes.getValue("t"));
                    hasFormula = false;
                    hasValue = false;
                    formula.setLength(0);
                }
                case "f" -> {
                    hasFormula = true;
                    inFormula = true;
                }
                case "v", "is" -> hasValue = true;
                default -> {
                }
            }
            inner.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            inner.endElement(uri, localName, qName);
            if ("f".equals(localName)) {
                inFormula = false;
            } else if ("c".equals(localName)) {
                if (hasFormula && !hasValue) {
                    rows.noResult(column, formula.toString().strip());
                } else if (isError && hasValue) {
                    rows.errorResult(column);
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inFormula) {
                formula.append(ch, start, length);
            }
            inner.characters(ch, start, length);
        }

        @Override
        public void startDocument() throws SAXException {
            inner.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            inner.endDocument();
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            inner.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            inner.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            inner.endPrefixMapping(prefix);
        }
    }

    /** DataFormatter that writes dates as ISO dates (with the time when the format shows one). */
    private static final class AsShown extends DataFormatter {
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        AsShown() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, use1904, true);
                boolean hasTime = formatString != null && formatString.toLowerCase(Locale.ROOT).matches(".*[hs].*");
                return hasTime ? time.format(DATE_TIME) : time.toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
