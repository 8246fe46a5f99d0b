package org.summitplanner.printing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.Room;
import org.summitplanner.model.Seat;
import org.summitplanner.model.SeatingLayout;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.SummitContent;
import org.summitplanner.printing.text.PdfText;
import org.summitplanner.seating.SeatingGeometry;

/**
 * A seating plan on one landscape page: the item, the tables and chairs drawn (each chair with its
 * nation's code and the person's family name), and beside it the list of places with full names.
 */
public final class SeatingSheet {

    private static final float MARGIN = 36;
    private static final float PLAN_WIDTH = 540;

    /** Writes the plan as a one-page PDF. */
    public void write(SummitContent content, AgendaItem item, SeatingPlan plan, Paper paper, PrintTexts texts,
                      OutputStream out) throws IOException {
        float w = paper.width(Orientation.LANDSCAPE);
        float h = paper.height(Orientation.LANDSCAPE);
        Map<Long, Attendee> people = new HashMap<>();
        content.attendees().forEach(a -> people.put(a.id(), a));
        try (PDDocument pdf = new PDDocument()) {
            PdfText text = new PdfText(pdf);
            PDPage page = new PDPage(new PDRectangle(w, h));
            pdf.addPage(page);
            try (PdfText.Page p = text.page(page)) {
                String title = texts.text("seating.title") + " — " + item.titleIn(texts.locale());
                p.text(title, Cards.fit(text, title, 16, 8, w - 2 * MARGIN), MARGIN, h - MARGIN - 10, true, 0f);
                ZoneId zone = content.summit().timeZone();
                Room room = item.roomId() == null ? null
                        : content.rooms().stream().filter(r -> r.id() == item.roomId()).findFirst().orElse(null);
                String sub = texts.text("seating.layout." + plan.layout().name()) + " · "
                        + texts.day(item.time().start().atZone(zone).toLocalDate()) + " "
                        + texts.time(item.time().start().atZone(zone).toLocalTime())
                        + (room == null ? "" : " · " + room.nameIn(texts.locale()))
                        + " · " + content.summit().nameIn(texts.locale());
                p.text(sub, Cards.fit(text, sub, 9, 5, w - 2 * MARGIN), MARGIN, h - MARGIN - 26, false, 0.3f);
                float scale = PLAN_WIDTH / (float) SeatingGeometry.WIDTH;
                float top = h - MARGIN - 40;
                drawPlan(p, text, plan, people, texts, MARGIN, top, scale);
                legend(p, text, plan, people, texts, MARGIN + PLAN_WIDTH + 20, top, w - MARGIN, MARGIN);
            }
            text.finish();
            pdf.getDocumentInformation().setTitle(texts.text("seating.title") + " — " + item.title());
            pdf.getDocumentInformation().setCreator("Summit Planner");
            pdf.getDocumentCatalog().setLanguage(texts.locale().toLanguageTag());
            pdf.save(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void drawPlan(PdfText.Page p, PdfText text, SeatingPlan plan, Map<Long, Attendee> people,
                                 PrintTexts texts, float left, float top, float scale) throws IOException {
        PDPageContentStream c = p.content();
        SeatingGeometry.Table t = SeatingGeometry.table(plan);
        float tx = left + (float) t.x() * scale;
        float ty = top - (float) (t.y() + t.height()) * scale;
        float tw = (float) t.width() * scale;
        float th = (float) t.height() * scale;
        c.setStrokingColor(0.35f);
        c.setLineWidth(1.2f);
        if (plan.layout() == SeatingLayout.ROUND) {
            circle(c, tx + tw / 2, ty + th / 2, tw / 2);
            c.setNonStrokingColor(0.94f);
            c.fillAndStroke();
        } else if (plan.layout() == SeatingLayout.PLENARY) {
            // the hollow square: a ring of tables
            float ring = 28 * scale;
            c.setNonStrokingColor(0.94f);
            c.addRect(tx, ty, tw, th);
            c.fillAndStroke();
            c.setNonStrokingColor(1f);
            c.addRect(tx + ring, ty + ring, tw - 2 * ring, th - 2 * ring);
            c.fillAndStroke();
        } else {
            c.setNonStrokingColor(0.85f);
            c.addRect(tx, ty, tw, th);
            c.fillAndStroke();
            String stage = texts.text("seating.stage");
            Cards.centred(p, text, stage, 9, tx + tw / 2, ty + th / 2 - 3, true);
        }
        float cw = (float) SeatingGeometry.CHAIR_W * scale;
        float ch = (float) SeatingGeometry.CHAIR_H * scale;
        for (SeatingGeometry.Placed placed : SeatingGeometry.placed(plan)) {
            Seat s = placed.seat();
            float cx = left + (float) placed.at().x() * scale;
            float cy = top - (float) placed.at().y() * scale;
            c.setLineWidth(0.5f);
            c.setStrokingColor(0.3f);
            c.setNonStrokingColor(s.tier() == 0 ? 0.88f : 1f);
            c.addRect(cx - cw / 2, cy - ch / 2, cw, ch);
            c.fillAndStroke();
            String head = s.place() + 1 + " " + s.nation();
            Cards.centred(p, text, head, Cards.fit(text, head, 6, 3, cw - 2), cx, cy + 1, true);
            Attendee a = s.attendeeId() == null ? null : people.get(s.attendeeId());
            if (a != null) {
                String name = a.familyName();
                Cards.centred(p, text, name, Cards.fit(text, name, 5, 2.5f, cw - 2), cx, cy - ch / 2 + 2, false);
            }
        }
    }

    /** The places with nation names and full names, in as many lines as there are places. */
    private static void legend(PdfText.Page p, PdfText text, SeatingPlan plan, Map<Long, Attendee> people,
                               PrintTexts texts, float left, float top, float right, float bottom) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int place = 0; place < plan.places(); place++) {
            Seat front = plan.seat(place, 0);
            if (front == null) {
                continue;
            }
            StringBuilder line = new StringBuilder().append(place + 1).append(". ").append(texts.nation(front.nation()));
            Attendee a = front.attendeeId() == null ? null : people.get(front.attendeeId());
            if (a != null) {
                line.append(" — ").append(Cards.addressed(a, texts.locale()));
            }
            List<String> behind = new ArrayList<>();
            for (int tier = 1; tier <= 2; tier++) {
                Seat s = plan.seat(place, tier);
                if (s != null && s.attendeeId() != null && people.containsKey(s.attendeeId())) {
                    behind.add(Cards.addressed(people.get(s.attendeeId()), texts.locale()));
                }
            }
            lines.add(line.toString());
            if (!behind.isEmpty()) {
                lines.add("      " + texts.text("seating.behind", String.join(", ", behind)));
            }
        }
        float step = Math.min(11, (top - bottom) / Math.max(1, lines.size()));
        float size = Math.min(8, step * 0.85f);
        float y = top - size;
        for (String line : lines) {
            p.text(line, Cards.fit(text, line, size, 2.5f, right - left), left, y, false, 0f);
            y -= step;
        }
    }

    /** A circle as four Bézier curves. */
    private static void circle(PDPageContentStream c, float x, float y, float r) throws IOException {
        float k = 0.5523f * r;
        c.moveTo(x + r, y);
        c.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        c.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        c.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        c.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        c.closePath();
    }
}
