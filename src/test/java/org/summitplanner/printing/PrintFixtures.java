package org.summitplanner.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;
import org.summitplanner.store.TestDatabases;

/** The print test summit (two days, parallel items, Cyrillic names) in a fresh H2, and PDF helpers. */
public final class PrintFixtures implements AutoCloseable {

    static final ZonedDateTime PRINTED_AT = ZonedDateTime.of(2025, 3, 10, 18, 5, 0, 0, ZoneId.of("Europe/Paris"));

    public final Database database;
    public final Services services;
    public final SummitIndex index;

    public PrintFixtures() {
        this("print-test.json");
    }

    PrintFixtures(String resource) {
        this(path(resource));
    }

    private static Path path(String resource) {
        try {
            return Path.of(PrintFixtures.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A summit file anywhere (the samples under assets/). */
    PrintFixtures(Path file) {
        database = TestDatabases.fresh();
        services = Services.of(database);
        try {
            long id = services.summits().load(file).id();
            index = services.printing().index(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.summitplanner.summitfile.SummitFileException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrintSettings settings(Locale locale) {
        return PrintSettings.defaults(locale, PRINTED_AT);
    }

    public byte[] pdf(PrintRequest request, PrintSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            services.printing().pdf(index, request, settings, out, PrintProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page. */
    static java.util.List<String> pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.util.List<String> pages = new java.util.ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
