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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads one sheet of an XLSX workbook with POI's streaming (SAX) reader, so that a large sheet is
 * never held whole. Cells come as Excel shows them (DataFormatter), except dates, which come as
 * ISO dates so that 03/04 cannot be read as the wrong day. POI's zip-bomb limits (ZipSecureFile)
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
                        parse(data, strings, styles, sink);
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
        } catch (ImportCancelledException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            if (e.getCause() instanceof ImportException ie) {
                throw ie;
            }
            throw refused(file, e);
        }
    }

    private static void parse(InputStream data, SharedStrings strings, StylesTable styles, RowSink sink)
            throws IOException, SAXException, ImportException {
        Rows rows = new Rows(sink);
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new AsShown(), false));
        try {
            parser.parse(new InputSource(data));
        } catch (SAXException e) {
            if (e.getException() instanceof ImportException ie) {
                throw ie;
            }
            throw e;
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

    /** Collects each row's cells by column letter (empty cells are missing from the XML). */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private boolean headerSeen;
        private int width;
        private int next;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            next = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? next : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            if (column < cells.size()) {
                cells.set(column, value == null ? "" : value);
            } else {
                cells.add(value == null ? "" : value);
            }
            next = column + 1;
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            try {
                if (!headerSeen) {
                    headerSeen = true;
                    width = cells.size();
                    sink.header(cells.stream().map(String::strip).toList());
                } else {
                    // a sheet leaves empty cells out: a short row is not ragged as a CSV line would be
                    while (cells.size() < width) {
                        cells.add("");
                    }
                    sink.row(new RawRow(rowNum + 1, rowNum + 1L, cells));
                }
                if ((rowNum & 0x3FF) == 0) {
                    // the sheet's row count is unknown until its end: progress without a fraction
                    sink.progress(-1);
                }
            } catch (ImportException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
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
