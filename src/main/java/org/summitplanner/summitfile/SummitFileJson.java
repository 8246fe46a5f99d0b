package org.summitplanner.summitfile;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a {@link SummitFile} with Jackson's streaming generator, field by field in the order of each part's
 * {@code @JsonPropertyOrder} (which is its components' order), leaving out nulls as {@code NON_NULL} does:
 * the same bytes as the ObjectMapper wrote (SummitFileJsonTest compares them), without building the
 * mapper's serializers for fifteen record types by reflection, a fifth of a short export's time.
 */
final class SummitFileJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator g;

    private SummitFileJson(JsonGenerator g) {
        this.g = g;
    }

    static void write(SummitFile file, DefaultPrettyPrinter printer, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter((PrettyPrinter) printer.createInstance());
            new SummitFileJson(g).file(file);
        }
    }

    private void file(SummitFile f) throws IOException {
        g.writeStartObject();
        string("format", f.format());
        if (f.summit() != null) {
            SummitFile.SummitPart s = f.summit();
            g.writeFieldName("summit");
            g.writeStartObject();
            string("name", s.name());
            string("nameFr", s.nameFr());
            string("hostNation", s.hostNation());
            string("city", s.city());
            string("venue", s.venue());
            string("venueFr", s.venueFr());
            string("firstDay", s.firstDay());
            string("lastDay", s.lastDay());
            string("timeZone", s.timeZone());
            number("transferMinutes", s.transferMinutes());
            g.writeEndObject();
        }
        if (f.participations() != null) {
            g.writeArrayFieldStart("participations");
            for (SummitFile.ParticipationPart p : f.participations()) {
                g.writeStartObject();
                string("nation", p.nation());
                string("status", p.status());
                string("invitedOn", p.invitedOn());
                string("respondedOn", p.respondedOn());
                string("notes", p.notes());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (f.rooms() != null) {
            g.writeArrayFieldStart("rooms");
            for (SummitFile.RoomPart r : f.rooms()) {
                g.writeStartObject();
                string("key", r.key());
                string("name", r.name());
                string("nameFr", r.nameFr());
                string("building", r.building());
                string("buildingFr", r.buildingFr());
                number("capacity", r.capacity());
                bool("bilaterals", r.bilaterals());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (f.attendees() != null) {
            g.writeArrayFieldStart("attendees");
            for (SummitFile.AttendeePart a : f.attendees()) {
                attendee(a);
            }
            g.writeEndArray();
        }
        if (f.agenda() != null) {
            g.writeArrayFieldStart("agenda");
            for (SummitFile.AgendaPart i : f.agenda()) {
                g.writeStartObject();
                string("key", i.key());
                string("title", i.title());
                string("titleFr", i.titleFr());
                string("kind", i.kind());
                string("start", i.start());
                string("end", i.end());
                string("room", i.room());
                bool("closed", i.closed());
                string("description", i.description());
                string("descriptionFr", i.descriptionFr());
                strings("attendees", i.attendees());
                strings("nations", i.nations());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (f.bilaterals() != null) {
            g.writeArrayFieldStart("bilaterals");
            for (SummitFile.BilateralPart b : f.bilaterals()) {
                g.writeStartObject();
                string("nation", b.nation());
                string("with", b.with());
                number("minutes", b.minutes());
                number("priority", b.priority());
                strings("languages", b.languages());
                string("status", b.status());
                string("item", b.item());
                string("notes", b.notes());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (f.precedence() != null) {
            SummitFile.PrecedencePart p = f.precedence();
            g.writeFieldName("precedence");
            g.writeStartObject();
            string("delegations", p.delegations());
            string("language", p.language());
            string("lotNation", p.lotNation());
            string("lotLetter", p.lotLetter());
            if (p.lotSeed() != null) {
                g.writeNumberField("lotSeed", p.lotSeed());
            }
            string("members", p.members());
            strings("handOrder", p.handOrder());
            g.writeEndObject();
        }
        if (f.badges() != null) {
            badges(f.badges());
        }
        if (f.seating() != null) {
            g.writeArrayFieldStart("seating");
            for (SummitFile.PlanPart plan : f.seating()) {
                g.writeStartObject();
                string("item", plan.item());
                string("layout", plan.layout());
                if (plan.seats() != null) {
                    g.writeArrayFieldStart("seats");
                    for (SummitFile.SeatPart seat : plan.seats()) {
                        g.writeStartObject();
                        number("place", seat.place());
                        number("tier", seat.tier());
                        string("nation", seat.nation());
                        string("attendee", seat.attendee());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void attendee(SummitFile.AttendeePart a) throws IOException {
        g.writeStartObject();
        string("key", a.key());
        string("nation", a.nation());
        string("givenName", a.givenName());
        string("familyName", a.familyName());
        string("honorific", a.honorific());
        string("position", a.position());
        string("positionFr", a.positionFr());
        string("role", a.role());
        bool("headOfDelegation", a.headOfDelegation());
        string("email", a.email());
        string("phone", a.phone());
        strings("languages", a.languages());
        string("arrivesAt", a.arrivesAt());
        string("departsAt", a.departsAt());
        string("notes", a.notes());
        string("style", a.style());
        string("styleEn", a.styleEn());
        string("styleFr", a.styleFr());
        string("tookOffice", a.tookOffice());
        number("handPosition", a.handPosition());
        g.writeEndObject();
    }

    private void badges(SummitFile.BadgesPart b) throws IOException {
        g.writeFieldName("badges");
        g.writeStartObject();
        if (b.categories() != null) {
            g.writeArrayFieldStart("categories");
            for (SummitFile.CategoryPart c : b.categories()) {
                g.writeStartObject();
                string("code", c.code());
                string("labelEn", c.labelEn());
                string("labelFr", c.labelFr());
                string("colour", c.colour());
                string("accessZone", c.accessZone());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (b.roleDefaults() != null) {
            g.writeArrayFieldStart("roleDefaults");
            for (SummitFile.RoleDefaultPart r : b.roleDefaults()) {
                g.writeStartObject();
                string("role", r.role());
                string("category", r.category());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (b.quotas() != null) {
            g.writeArrayFieldStart("quotas");
            for (SummitFile.QuotaPart q : b.quotas()) {
                g.writeStartObject();
                string("nation", q.nation());
                string("category", q.category());
                number("quota", q.quota());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (b.attendees() != null) {
            g.writeArrayFieldStart("attendees");
            for (SummitFile.OwnBadgePart o : b.attendees()) {
                g.writeStartObject();
                string("attendee", o.attendee());
                string("category", o.category());
                string("accessZone", o.accessZone());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void string(String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private void number(String name, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.intValue());
        }
    }

    private void bool(String name, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(name, value);
        }
    }

    private void strings(String name, List<String> values) throws IOException {
        if (values != null) {
            g.writeArrayFieldStart(name);
            for (String value : values) {
                if (value == null) {
                    g.writeNull();
                } else {
                    g.writeString(value);
                }
            }
            g.writeEndArray();
        }
    }
}
