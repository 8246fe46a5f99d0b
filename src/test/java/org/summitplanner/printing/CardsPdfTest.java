package org.summitplanner.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.SummitContent;
import org.summitplanner.service.BadgeService;
import org.summitplanner.service.Services;
import org.summitplanner.store.Database;
import org.summitplanner.store.TestDatabases;

/** Badges and tent cards of the Paris demo (113 attendees), read back from the PDF and its QR codes. */
class CardsPdfTest {

    private static Database database;
    private static Services services;
    private static long summitId;
    private static SummitContent content;

    @BeforeAll
    static void load() {
        database = TestDatabases.fresh();
        services = Services.of(database);
        summitId = services.summits().loadDemo().id();
        content = services.seating().content(summitId);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static byte[] pdf(BadgeService.Kind kind, Paper paper, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.badges().pdf(summitId, kind, paper, locale, out, PrintProgress.NONE);
        return out.toByteArray();
    }

    @Test
    void theDemoHas113Attendees() {
        assertEquals(113, content.attendees().size());
    }

    @Test
    void everyAttendeeIsOnTheBadgesOnA4AndLetter() throws IOException {
        for (Paper paper : Paper.values()) {
            List<String> pages = PrintFixtures.pages(pdf(BadgeService.Kind.BADGES, paper, Locale.ENGLISH));
            int perSheet = BadgeSheets.perSheet(paper);
            assertEquals((113 + perSheet - 1) / perSheet, pages.size(), paper.name());
            String all = String.join("\n", pages);
            for (Attendee a : content.attendees()) {
                assertTrue(all.contains(Cards.addressed(a, Locale.ENGLISH)), a.displayName() + " on " + paper);
            }
        }
        assertEquals(10, BadgeSheets.perSheet(Paper.A4));
        assertEquals(8, BadgeSheets.perSheet(Paper.LETTER));
    }

    @Test
    void aBadgeSaysNationRoleCategoryAndZoneInFrench() throws IOException {
        String first = PrintFixtures.pages(pdf(BadgeService.Kind.BADGES, Paper.A4, Locale.FRENCH)).get(0);
        Attendee macron = content.attendees().stream().filter(a -> a.familyName().equals("Macron")).findFirst()
                .orElseThrow();
        String all = String.join("\n", PrintFixtures.pages(pdf(BadgeService.Kind.BADGES, Paper.A4, Locale.FRENCH)));
        // named with the French form of address, in the summit's order of precedence (French: Allemagne first)
        assertTrue(all.contains(Cards.addressed(macron, Locale.FRENCH)), all);
        assertTrue(Cards.addressed(macron, Locale.FRENCH).startsWith("S.E."), Cards.addressed(macron, Locale.FRENCH));
        assertTrue(first.contains("Allemagne"), first);
        assertTrue(all.contains("Personnalité"), all);
        assertTrue(all.contains("Zone d’accès : A"), all);
        assertTrue(all.contains("France"), all);
        assertTrue(first.contains("Délégation") || first.contains("Personnalité"), first);
        // the category fits a woman general as well as a man: no masculine « Délégué » on any badge
        assertFalse(all.contains("Délégué"), all);
    }

    @Test
    void theQrCodesDecodeToTheAttendeesKeys() throws IOException, NotFoundException {
        List<Card> cards = services.badges().cards(summitId, Locale.ENGLISH);
        byte[] bytes = pdf(BadgeService.Kind.BADGES, Paper.A4, Locale.ENGLISH);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.RGB);
            int w = image.getWidth();
            int h = image.getHeight();
            int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
            Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
            Set<String> decoded = Arrays.stream(results).map(Result::getText).collect(Collectors.toSet());
            Set<String> expected = cards.subList(0, 10).stream().map(Card::key).collect(Collectors.toSet());
            assertEquals(expected, decoded);
        }
        for (Card card : cards) {
            Attendee a = content.attendees().stream().filter(x -> card.key().equals(x.key())).findFirst().orElseThrow();
            assertEquals(a.nation(), card.nationCode());
        }
    }

    @Test
    void tentCardsHaveOneSheetPerPersonWithNameAndCountryOnBothHalves() throws IOException {
        List<String> pages = PrintFixtures.pages(pdf(BadgeService.Kind.TENT_CARDS, Paper.A4, Locale.FRENCH));
        assertEquals(113, pages.size());
        List<Card> cards = services.badges().cards(summitId, Locale.FRENCH);
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            assertTrue(pages.get(i).contains(card.name()), card.name() + " in " + pages.get(i));
            assertTrue(pages.get(i).contains(card.nation()), card.nation() + " in " + pages.get(i));
        }
        // the upper half is the same text turned upside down: each name is drawn twice
        try (PDDocument doc = Loader.loadPDF(pdf(BadgeService.Kind.TENT_CARDS, Paper.LETTER, Locale.ENGLISH))) {
            assertEquals(113, doc.getNumberOfPages());
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }

    @Test
    void aCancelledWriteStopsBetweenSheetsAndLeavesNoFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("tents.pdf");
        int[] sheets = {0};
        PrintProgress cancelAfterTwo = new PrintProgress() {
            @Override
            public void update(long done, long total) {
                sheets[0] = (int) done;
            }

            @Override
            public boolean cancelled() {
                return sheets[0] >= 2;
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(PrintCancelledException.class, () ->
                org.summitplanner.service.PrintService.pdfTarget(file).write(out -> services.badges()
                        .pdf(summitId, BadgeService.Kind.TENT_CARDS, Paper.A4, Locale.ENGLISH, out, cancelAfterTwo)));
        assertEquals(2, sheets[0]);
        assertEquals(List.of(), java.nio.file.Files.list(dir).toList());
    }

    @Test
    void aCategoryOfTheirOwnOverridesTheRole() {
        BadgeScheme scheme = services.badges().scheme(summitId);
        Attendee someone = content.attendees().get(0);
        BadgeScheme changed = new BadgeScheme(scheme.categories(), scheme.roleDefaults(),
                Map.of(someone.id(), "PRESS"), Map.of(someone.id(), "Z — roof"), Map.of("FR", Map.of("PRINCIPAL", 1)));
        services.badges().saveScheme(summitId, changed);
        try {
            BadgeScheme read = services.badges().scheme(summitId);
            assertEquals("PRESS", read.categoryOf(someone).code());
            assertEquals("Z — roof", read.zoneOf(someone));
            assertEquals(Map.of("FR", Map.of("PRINCIPAL", 1)), read.quotas());
            assertEquals(scheme.categories(), read.categories());
        } finally {
            services.badges().saveScheme(summitId, scheme);
        }
    }
}
