package org.summitplanner.summitfile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.summitplanner.files.OutputTarget;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.BilateralStatus;
import org.summitplanner.model.Precedence;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.Participation;
import org.summitplanner.model.Role;
import org.summitplanner.model.Room;
import org.summitplanner.model.SeatingPlan;
import org.summitplanner.model.Summit;
import org.summitplanner.model.SummitContent;
import org.summitplanner.model.SummitExtras;

/**
 * Writes a summit as a summit file. The output is canonical: the same content always gives the
 * same bytes, so export, load and export again gives an identical file. Rows without an external
 * key get one ("room-12"), since agenda items refer to rooms and attendees by key.
 */
public final class SummitFileWriter {

    static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    public byte[] write(SummitContent content) {
        return write(content, SummitExtras.NONE);
    }

    /** The summit with its badge scheme and seating plans (sections left out when there are none). */
    public byte[] write(SummitContent content, SummitExtras extras) {
        SummitFile file = file(content, extras);
        try {
            // straight to UTF-8 bytes (the same bytes as the text encoded): no 3 MB string in between
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 600 * content.attendees().size()
                    + 300 * content.agenda().size());
            SummitFileJson.write(file, PRINTER, out);
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's parts as written (JSON texts for dates, keys for ids). */
    SummitFile file(SummitContent content, SummitExtras extras) {
        Summit s = content.summit();
        Map<Long, String> roomKeys = keys(content.rooms(), Room::id, Room::key, "room-");
        Map<Long, String> attendeeKeys = keys(content.attendees(), Attendee::id, Attendee::key, "attendee-");
        Map<Long, String> itemKeys = keys(content.agenda(), AgendaItem::id, AgendaItem::key, "item-");
        return new SummitFile(SummitFile.FORMAT,
                new SummitFile.SummitPart(s.name(), s.nameFr(), s.hostNation(), s.city(), s.venue(), s.venueFr(),
                        s.firstDay().toString(),
                        s.lastDay().toString(), s.timeZone().getId(),
                        s.transferMinutes() == Summit.DEFAULT_TRANSFER_MINUTES ? null : s.transferMinutes()),
                content.participations().stream().map(SummitFileWriter::participation).toList(),
                content.rooms().stream().map(r -> new SummitFile.RoomPart(roomKeys.get(r.id()), r.name(),
                        r.nameFr(), r.building(), r.buildingFr(), r.capacity(), r.bilaterals() ? null : false)).toList(),
                content.attendees().stream().map(a -> attendee(a, attendeeKeys.get(a.id()), s)).toList(),
                content.agenda().stream().map(i -> item(i, itemKeys.get(i.id()), roomKeys, attendeeKeys, s)).toList(),
                content.bilaterals().isEmpty() ? null
                        : content.bilaterals().stream().map(b -> bilateral(b, itemKeys)).toList(),
                precedence(content.precedence()),
                badges(extras.badges(), content.attendees(), attendeeKeys),
                seating(extras.plans(), content.agenda(), itemKeys, attendeeKeys));
    }

    /** Writes through the output rule: a partial file beside the target, moved into place when whole. */
    public void write(SummitContent content, OutputTarget target) throws IOException {
        write(content, SummitExtras.NONE, target);
    }

    public void write(SummitContent content, SummitExtras extras, OutputTarget target) throws IOException {
        byte[] bytes = write(content, extras);
        target.write(out -> {
            out.write(bytes);
            return null;
        });
    }

    private static SummitFile.ParticipationPart participation(Participation p) {
        return new SummitFile.ParticipationPart(p.nation(), p.status().name(), text(p.invitedOn()),
                text(p.respondedOn()), p.notes());
    }

    private static SummitFile.AttendeePart attendee(Attendee a, String key, Summit s) {
        return new SummitFile.AttendeePart(key, a.nation(), a.givenName(), a.familyName(), a.honorific(),
                a.position(), a.positionFr(), a.role().name(), a.headOfDelegation(), a.email(), a.phone(),
                a.languages().isEmpty() ? null : a.languages(), local(a.arrivesAt(), s), local(a.departsAt(), s),
                a.notes(), a.protocol().style() == null ? null : a.protocol().style().name(), a.protocol().styleEn(),
                a.protocol().styleFr(), text(a.protocol().tookOffice()), a.protocol().handPosition());
    }

    private static SummitFile.PrecedencePart precedence(Precedence p) {
        return p == null ? null : new SummitFile.PrecedencePart(p.rule().name(), p.language(), p.lotNation(),
                p.lotLetter(), p.lotSeed(), p.members().name(), p.handOrder().isEmpty() ? null : p.handOrder());
    }

    private static SummitFile.AgendaPart item(AgendaItem i, String key, Map<Long, String> roomKeys,
                                              Map<Long, String> attendeeKeys, Summit s) {
        List<String> named = i.attendeeIds().stream().map(attendeeKeys::get).toList();
        return new SummitFile.AgendaPart(key, i.title(), i.titleFr(), i.kind().name(), local(i.time().start(), s),
                local(i.time().end(), s), i.roomId() == null ? null : roomKeys.get(i.roomId()), i.closed(),
                i.description(), i.descriptionFr(), named.isEmpty() ? null : named,
                i.nations().isEmpty() ? null : i.nations());
    }

    private static SummitFile.BilateralPart bilateral(BilateralRequest b, Map<Long, String> itemKeys) {
        return new SummitFile.BilateralPart(b.nation(), b.withNation(), b.minutes(),
                b.priority() == BilateralRequest.DEFAULT_PRIORITY ? null : b.priority(),
                b.languages().isEmpty() ? null : b.languages(),
                b.status() == BilateralStatus.REQUESTED ? null : b.status().name(),
                b.agendaItemId() == null ? null : itemKeys.get(b.agendaItemId()), b.notes());
    }

    /** The scheme in a stable order: categories as stored, roles as declared, quotas by nation and category. */
    private static SummitFile.BadgesPart badges(BadgeScheme b, List<Attendee> attendees, Map<Long, String> keys) {
        if (b == null) {
            return null;
        }
        List<SummitFile.CategoryPart> categories = b.categories().stream().map(c -> new SummitFile.CategoryPart(
                c.code(), c.labelEn(), c.labelFr(), c.colour(), c.accessZone())).toList();
        List<SummitFile.RoleDefaultPart> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            if (b.roleDefaults().containsKey(role)) {
                roles.add(new SummitFile.RoleDefaultPart(role.name(), b.roleDefaults().get(role)));
            }
        }
        List<SummitFile.QuotaPart> quotas = new ArrayList<>();
        new TreeMap<>(b.quotas()).forEach((nation, byCategory) -> new TreeMap<>(byCategory).forEach((category, quota) ->
                quotas.add(new SummitFile.QuotaPart(nation, category, quota))));
        List<SummitFile.OwnBadgePart> own = new ArrayList<>();
        for (Attendee a : attendees) {
            String category = b.attendeeCategories().get(a.id());
            String zone = b.attendeeZones().get(a.id());
            if (category != null || zone != null) {
                own.add(new SummitFile.OwnBadgePart(keys.get(a.id()), category, zone));
            }
        }
        return new SummitFile.BadgesPart(categories, roles.isEmpty() ? null : roles, quotas.isEmpty() ? null : quotas,
                own.isEmpty() ? null : own);
    }

    /** The plans in the order of the agenda. */
    private static List<SummitFile.PlanPart> seating(List<SeatingPlan> plans, List<AgendaItem> agenda,
                                                     Map<Long, String> itemKeys, Map<Long, String> attendeeKeys) {
        Map<Long, SeatingPlan> byItem = new HashMap<>();
        plans.forEach(p -> byItem.put(p.agendaItemId(), p));
        List<SummitFile.PlanPart> parts = new ArrayList<>();
        for (AgendaItem item : agenda) {
            SeatingPlan plan = byItem.get(item.id());
            if (plan != null) {
                parts.add(new SummitFile.PlanPart(itemKeys.get(item.id()), plan.layout().name(),
                        plan.seats().stream().map(seat -> new SummitFile.SeatPart(seat.place(), seat.tier(),
                                seat.nation(), seat.attendeeId() == null ? null : attendeeKeys.get(seat.attendeeId())))
                                .toList()));
            }
        }
        return parts.isEmpty() ? null : parts;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String local(Instant instant, Summit s) {
        return instant == null ? null : s.toLocal(instant).toString();
    }

    /** Each row's key, inventing "prefix + id" (made unique) for rows that have none. */
    private static <T> Map<Long, String> keys(List<T> rows, Function<T, Long> id, Function<T, String> key,
                                              String prefix) {
        Set<String> taken = new HashSet<>();
        rows.forEach(r -> {
            if (key.apply(r) != null) {
                taken.add(key.apply(r));
            }
        });
        Map<Long, String> keys = new HashMap<>();
        List<T> keyless = new ArrayList<>();
        for (T r : rows) {
            if (key.apply(r) != null) {
                keys.put(id.apply(r), key.apply(r));
            } else {
                keyless.add(r);
            }
        }
        for (T r : keyless) {
            String candidate = prefix + id.apply(r);
            while (!taken.add(candidate)) {
                candidate = candidate + "x";
            }
            keys.put(id.apply(r), candidate);
        }
        return keys;
    }
}
