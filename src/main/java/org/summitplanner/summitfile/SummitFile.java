package org.summitplanner.summitfile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The summit file as it is written on disk ("summit-planner/1"): the interchange and fixture
 * format. Dates, times, enums and codes are kept as text here so that a bad value can be reported
 * with its place; {@link SummitFileReader} turns this into model values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "summit", "participations", "rooms", "attendees", "agenda", "bilaterals", "precedence",
        "badges", "seating"})
record SummitFile(String format, SummitPart summit, List<ParticipationPart> participations,
                  List<RoomPart> rooms, List<AttendeePart> attendees, List<AgendaPart> agenda,
                  List<BilateralPart> bilaterals, PrecedencePart precedence, BadgesPart badges,
                  List<PlanPart> seating) {

    static final String FORMAT = "summit-planner/1";

    /** A file without the optional sections (bilaterals, precedence, badges, seating), as files were before them. */
    SummitFile(String format, SummitPart summit, List<ParticipationPart> participations, List<RoomPart> rooms,
               List<AttendeePart> attendees, List<AgendaPart> agenda) {
        this(format, summit, participations, rooms, attendees, agenda, null, null, null, null);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** @param transferMinutes left out when it is the default (30), so older files read and write unchanged */
    @JsonPropertyOrder({"name", "nameFr", "hostNation", "city", "venue", "venueFr", "firstDay", "lastDay", "timeZone",
        "transferMinutes"})
    record SummitPart(String name, String nameFr, String hostNation, String city, String venue, String venueFr,
                      String firstDay, String lastDay, String timeZone, Integer transferMinutes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"nation", "status", "invitedOn", "respondedOn", "notes"})
    record ParticipationPart(String nation, String status, String invitedOn, String respondedOn, String notes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /**
     * @param nameFr the French name; left out when there is none (so are the other French texts)
     * @param bilaterals false for a room not used for bilateral meetings; left out when true (the default), so
     *                   older files read and write unchanged
     */
    @JsonPropertyOrder({"key", "name", "nameFr", "building", "buildingFr", "capacity", "bilaterals"})
    record RoomPart(String key, String name, String nameFr, String building, String buildingFr, Integer capacity,
                    Boolean bilaterals) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** @param style ... handPosition: the protocol details, each left out when not recorded (older files have none) */
    @JsonPropertyOrder({"key", "nation", "givenName", "familyName", "honorific", "position", "positionFr", "role",
            "headOfDelegation", "email", "phone", "languages", "arrivesAt", "departsAt", "notes", "style", "styleEn",
            "styleFr", "tookOffice", "handPosition"})
    record AttendeePart(String key, String nation, String givenName, String familyName, String honorific,
                        String position, String positionFr, String role, Boolean headOfDelegation, String email, String phone,
                        List<String> languages, String arrivesAt, String departsAt, String notes, String style,
                        String styleEn, String styleFr, String tookOffice, Integer handPosition) {
    }

    /**
     * The summit's order of precedence; the section is left out when none is stored (the default
     * applies), so older files read and write unchanged.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"delegations", "language", "lotNation", "lotLetter", "lotSeed", "members", "handOrder"})
    record PrecedencePart(String delegations, String language, String lotNation, String lotLetter, Long lotSeed,
                          String members, List<String> handOrder) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"key", "title", "titleFr", "kind", "start", "end", "room", "closed", "description",
            "descriptionFr", "attendees", "nations"})
    record AgendaPart(String key, String title, String titleFr, String kind, String start, String end, String room,
                      Boolean closed, String description, String descriptionFr, List<String> attendees,
                      List<String> nations) {
    }

    /**
     * A requested bilateral meeting (optional section: left out when a summit has none, so older files
     * read and write unchanged).
     *
     * @param item key of the agenda item that holds the meeting once placed
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"nation", "with", "minutes", "priority", "languages", "status", "item", "notes"})
    record BilateralPart(String nation, String with, Integer minutes, Integer priority, List<String> languages,
                         String status, String item, String notes) {
    }

    /**
     * The summit's own badge scheme; left out when it has the standard one.
     *
     * @param attendees attendees' own categories and zones, in the order of the attendees
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"categories", "roleDefaults", "quotas", "attendees"})
    record BadgesPart(List<CategoryPart> categories, List<RoleDefaultPart> roleDefaults, List<QuotaPart> quotas,
                      List<OwnBadgePart> attendees) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"code", "labelEn", "labelFr", "colour", "accessZone"})
    record CategoryPart(String code, String labelEn, String labelFr, String colour, String accessZone) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"role", "category"})
    record RoleDefaultPart(String role, String category) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"nation", "category", "quota"})
    record QuotaPart(String nation, String category, Integer quota) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"attendee", "category", "accessZone"})
    record OwnBadgePart(String attendee, String category, String accessZone) {
    }

    /** The seating plan of an agenda item (by its key); seats by place then tier. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"item", "layout", "seats"})
    record PlanPart(String item, String layout, List<SeatPart> seats) {
    }

    /** @param attendee the key of who sits there; left out for the delegation's chair without a named person */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"place", "tier", "nation", "attendee"})
    record SeatPart(Integer place, Integer tier, String nation, String attendee) {
    }
}
