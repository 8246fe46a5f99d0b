package org.summitplanner.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A place where things happen.
 *
 * @param key optional external key, unique within the summit's rooms
 * @param nameFr the French name ("Salon des Ambassadeurs" for "Ambassadors' Room"), null when none
 * @param bilaterals whether protocol would hold a closed bilateral meeting here (false for a press room,
 *                   a courtyard, the plenary hall): the bilateral solver proposes no meeting where it is false
 * @param buildingFr the building in French ("Palais de l'Élysée" for "Élysée Palace"), null when none
 */
public record Room(long id, String key, String name, String building, int capacity, int version, String nameFr,
                   boolean bilaterals, String buildingFr) {

    /** A room without a French building name. */
    public Room(long id, String key, String name, String building, int capacity, int version, String nameFr,
                boolean bilaterals) {
        this(id, key, name, building, capacity, version, nameFr, bilaterals, null);
    }

    /** A room without a French name, usable for bilaterals. */
    public Room(long id, String key, String name, String building, int capacity, int version) {
        this(id, key, name, building, capacity, version, null);
    }

    /** A room usable for bilaterals. */
    public Room(long id, String key, String name, String building, int capacity, int version, String nameFr) {
        this(id, key, name, building, capacity, version, nameFr, true);
    }

    public Room {
        Objects.requireNonNull(name, "name");
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be above zero: " + capacity);
        }
        key = Nfc.of(key);
        name = Nfc.of(name);
        building = Nfc.of(building);
        nameFr = Nfc.of(Texts.blankToNull(nameFr));
        buildingFr = Nfc.of(Texts.blankToNull(buildingFr));
    }

    public Room withVersion(int newVersion) {
        return new Room(id, key, name, building, capacity, newVersion, nameFr, bilaterals, buildingFr);
    }

    public Room withNameFr(String newNameFr) {
        return new Room(id, key, name, building, capacity, version, newNameFr, bilaterals, buildingFr);
    }

    public Room withBilaterals(boolean usable) {
        return new Room(id, key, name, building, capacity, version, nameFr, usable, buildingFr);
    }

    /** The name in a language: the French one in French when there is one. */
    public String nameIn(Locale locale) {
        return Texts.french(locale) && nameFr != null ? nameFr : name;
    }

    /** The building in a language: the French one in French when there is one (null when none). */
    public String buildingIn(Locale locale) {
        return Texts.french(locale) && buildingFr != null ? buildingFr : building;
    }
}
