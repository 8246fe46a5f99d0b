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
@JsonPropertyOrder({"format", "summit", "participations", "rooms", "attendees", "agenda", "bilaterals", "precedence"})
record SummitFile(String format, SummitPart summit, List<ParticipationPart> participations,
                  List<RoomPart> rooms, List<AttendeePart> attendees, List<AgendaPart> agenda,
                  List<BilateralPart> bilaterals, PrecedencePart precedence) {

    static final String FORMAT = "summit-planner/1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** @param transferMinutes left out when it is the default (30), so older files read and write unchanged */
    @JsonPropertyOrder({"name", "hostNation", "city", "venue", "firstDay", "lastDay", "timeZone", "transferMinutes"})
    record SummitPart(String name, String hostNation, String city, String venue, String firstDay,
                      String lastDay, String timeZone, Integer transferMinutes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"nation", "status", "invitedOn", "respondedOn", "notes"})
    record ParticipationPart(String nation, String status, String invitedOn, String respondedOn, String notes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** @param nameFr the French name; left out when there is none (so are the other French texts) */
    @JsonPropertyOrder({"key", "name", "nameFr", "building", "capacity"})
    record RoomPart(String key, String name, String nameFr, String building, Integer capacity) {
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
}
