package org.summitplanner.importing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a column of an attendee list can hold, with the headers that name it in English and French.
 * {@link #key()} is the name used in a hand mapping ("Nom de famille=family_name").
 */
public enum ImportField {
    GIVEN_NAME("given_name", 100, "first name", "firstname", "given name", "given names", "forename", "prenom",
            "prenoms"),
    FAMILY_NAME("family_name", 100, "last name", "lastname", "surname", "family name", "nom", "nom de famille"),
    FULL_NAME("name", 201, "name", "full name", "fullname", "nom complet", "nom et prenom", "prenom et nom",
            "participant", "attendee"),
    NATION("nation", 100, "country", "nation", "delegation", "pays", "country code", "country of delegation",
            "code pays", "affiliation country"),
    EMAIL("email", 254, "email", "e mail", "email address", "e mail address", "mail", "courriel", "adresse email",
            "adresse e mail", "adresse electronique", "adresse de courriel"),
    POSITION("position", 200, "position", "function", "job title", "fonction", "poste", "titre du poste"),
    HONORIFIC("title", 50, "title", "honorific", "civilite", "salutation", "titre", "prefix"),
    ROLE("role", 40, "role", "category", "categorie", "type"),
    HEAD("head", 20, "head of delegation", "head", "chef de delegation", "chef"),
    PHONE("phone", 50, "phone", "telephone", "phone number", "mobile", "tel", "numero de telephone", "portable"),
    ARRIVAL("arrival", 40, "arrival", "arrivee", "arrival date", "date d arrivee", "arrives", "arrival time"),
    DEPARTURE("departure", 40, "departure", "depart", "departure date", "date de depart", "departs",
            "departure time"),
    LANGUAGES("languages", 100, "languages", "language", "langues", "langue", "working languages"),
    NOTES("notes", 2000, "notes", "note", "remarks", "comments", "comment", "remarques", "commentaires");

    private static final Map<String, ImportField> BY_HEADER = new HashMap<>();

    static {
        for (ImportField f : values()) {
            for (String h : f.headers) {
                BY_HEADER.put(Text.compact(h), f);
            }
        }
    }

    private final String key;
    private final int maxLength;
    private final List<String> headers;

    ImportField(String key, int maxLength, String... headers) {
        this.key = key;
        this.maxLength = maxLength;
        this.headers = List.of(headers);
    }

    public String key() {
        return key;
    }

    /** The longest value the field takes (the database column's width). */
    public int maxLength() {
        return maxLength;
    }

    /** The field a header names, ignoring case, accents and punctuation ("E-mail", "Prénom"). */
    public static Optional<ImportField> recognise(String header) {
        return Optional.ofNullable(BY_HEADER.get(Text.compact(header)));
    }

    /** The field with this key ("family_name"), also accepting the enum name and recognised headers. */
    public static Optional<ImportField> forKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(k) || f.name().equalsIgnoreCase(k)).findFirst()
                .or(() -> recognise(key));
    }

    /** "given_name, family_name, ..." for messages. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(ImportField::key).toList()) + ", ignore";
    }
}
