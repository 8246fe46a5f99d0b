package org.summitplanner.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A person in a delegation.
 *
 * @param key optional external key, unique within the summit's attendees
 * @param nation code of the nation whose delegation the person belongs to
 * @param languages ISO 639-1 codes, in order of preference
 * @param positionFr the position in French ("ministre des Affaires étrangères"), null when none
 * @param protocol style of address, taking of office and place by hand (never null: NONE when nothing)
 */
public record Attendee(long id, String key, String nation, String givenName, String familyName,
                       String honorific, String position, Role role, boolean headOfDelegation,
                       String email, String phone, List<String> languages,
                       Instant arrivesAt, Instant departsAt, String notes, int version, String positionFr,
                       ProtocolDetails protocol) {

    /** An attendee without protocol details. */
    public Attendee(long id, String key, String nation, String givenName, String familyName, String honorific,
                    String position, Role role, boolean headOfDelegation, String email, String phone,
                    List<String> languages, Instant arrivesAt, Instant departsAt, String notes, int version,
                    String positionFr) {
        this(id, key, nation, givenName, familyName, honorific, position, role, headOfDelegation, email, phone,
                languages, arrivesAt, departsAt, notes, version, positionFr, ProtocolDetails.NONE);
    }

    /** An attendee without a French position. */
    public Attendee(long id, String key, String nation, String givenName, String familyName, String honorific,
                    String position, Role role, boolean headOfDelegation, String email, String phone,
                    List<String> languages, Instant arrivesAt, Instant departsAt, String notes, int version) {
        this(id, key, nation, givenName, familyName, honorific, position, role, headOfDelegation, email, phone,
                languages, arrivesAt, departsAt, notes, version, null);
    }

    public Attendee {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(role, "role");
        languages = languages == null ? List.of() : List.copyOf(languages);
        key = Nfc.of(key);
        givenName = Nfc.of(givenName);
        familyName = Nfc.of(familyName);
        honorific = Nfc.of(honorific);
        position = Nfc.of(position);
        email = Nfc.of(email);
        phone = Nfc.of(phone);
        notes = Nfc.of(notes);
        positionFr = Nfc.of(Texts.blankToNull(positionFr));
        protocol = protocol == null ? ProtocolDetails.NONE : protocol;
    }

    public Attendee withVersion(int newVersion) {
        return new Attendee(id, key, nation, givenName, familyName, honorific, position, role, headOfDelegation,
                email, phone, languages, arrivesAt, departsAt, notes, newVersion, positionFr, protocol);
    }

    public Attendee withPositionFr(String newPositionFr) {
        return new Attendee(id, key, nation, givenName, familyName, honorific, position, role, headOfDelegation,
                email, phone, languages, arrivesAt, departsAt, notes, version, newPositionFr, protocol);
    }

    public Attendee withProtocol(ProtocolDetails newProtocol) {
        return new Attendee(id, key, nation, givenName, familyName, honorific, position, role, headOfDelegation,
                email, phone, languages, arrivesAt, departsAt, notes, version, positionFr, newProtocol);
    }

    public Attendee withHead(boolean head) {
        return new Attendee(id, key, nation, givenName, familyName, honorific, position, role, head,
                email, phone, languages, arrivesAt, departsAt, notes, version, positionFr, protocol);
    }

    /** The position in a language (null when none): the French one in French when there is one. */
    public String positionIn(Locale locale) {
        return Texts.french(locale) && positionFr != null ? positionFr : position;
    }

    /** "H.E. Jean Dupont" style: honorific (when given), given name, family name. */
    public String displayName() {
        StringBuilder sb = new StringBuilder();
        if (honorific != null && !honorific.isBlank()) {
            sb.append(honorific).append(' ');
        }
        sb.append(givenName);
        if (!givenName.isEmpty() && !familyName.isEmpty()) {
            sb.append(' ');
        }
        return sb.append(familyName).toString();
    }
}
