package org.summitplanner.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Makes the workbooks the tests read, with POI, so that no binary file is committed. */
public final class WorkbookSamples {

    private WorkbookSamples() {
    }

    /** A workbook with a cover sheet and a sheet "Delegates" holding dates, numbers and text. */
    public static Path delegates(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet cover = wb.createSheet("Cover");
            cover.createRow(0).createCell(0).setCellValue("Delegation list, do not edit");
            Sheet sheet = wb.createSheet("Delegates");
            CreationHelper helper = wb.getCreationHelper();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            String[] header = {"Title", "First name", "Last name", "Country", "E-mail", "Phone", "Arrival", "Departure",
                    "Badge number"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("H.E.");
            r.createCell(1).setCellValue("Radosław");
            r.createCell(2).setCellValue("Sikorski");
            r.createCell(3).setCellValue("POL");
            r.createCell(4).setCellValue("r.sikorski@example.pl");
            r.createCell(5).setCellValue(48221234567d);
            r.createCell(6).setCellValue(LocalDateTime.of(2025, 3, 10, 9, 30));
            r.getCell(6).setCellStyle(dateTime);
            r.createCell(7).setCellValue(LocalDateTime.of(2025, 3, 11, 0, 0));
            r.getCell(7).setCellStyle(date);
            r.createCell(8).setCellValue(17);
            // row 3 is left empty, row 4 has a gap in column B
            Row r4 = sheet.createRow(3);
            r4.createCell(2).setCellValue("Kallas");
            r4.createCell(3).setCellValue("Estonia");
            wb.write(out);
        }
        return file;
    }

    /**
     * A sheet as delegations make them in Excel (issue 10 item 5): a title above the header, a nation
     * cell merged over three rows, rows whose trailing cells are empty (Excel leaves them out), a
     * formula whose result was never saved (POI, like many generators, writes none), and a total row.
     */
    public static Path awkward(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Benelux");
            sheet.createRow(0).createCell(0).setCellValue("Delegations of the Benelux");
            String[][] rows = {
                    {"Country", "First name", "Last name", "E-mail", "Position", "Badge number"},
                    {"Belgium", "Marc", "Peeters", "marc.peeters@example.be", "Ambassador", "101"},
                    {"", "Sofie", "Claes", "sofie.claes@example.be"},
                    {"", "Luc", "Maes"},
                    {"Luxembourg", "Anne", "Weber"},
                    {"Total: 4"}};
            for (int i = 0; i < rows.length; i++) {
                Row r = sheet.createRow(i + 2);
                for (int j = 0; j < rows[i].length; j++) {
                    if (!rows[i][j].isEmpty()) {
                        r.createCell(j).setCellValue(rows[i][j]);
                    }
                }
            }
            // Belgium is written once, in A4, and merged down to A6
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(3, 5, 0, 0));
            // Anne Weber's address is a formula: without a saved result in the file (row 7, column D)
            sheet.getRow(6).createCell(3).setCellFormula("LOWER(B7)&\".\"&LOWER(C7)&\"@example.lu\"");
            wb.write(out);
        }
        return file;
    }

    /** The workbook with one part's XML rewritten. */
    static Path rewrite(Path source, Path target, String part, UnaryOperator<String> change) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes));
             ZipOutputStream out = new ZipOutputStream(buffer)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Files.write(target, buffer.toByteArray());
        return target;
    }
}
