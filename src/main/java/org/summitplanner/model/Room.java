package org.summitplanner.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A place where things happen.
 *
 * @param key optional external key, unique within the summit's rooms
 * @param nameFr the French name ("Salon des Ambassadeurs" for "Ambassadors' Room"), null when none
 */
public record Room(long id, String key, String name, String building, int capacity, int version, String nameFr) {

    /** A room without a French name. */
    public Room(long id, String key, String name, String building, int capacity, int version) {
        this(id, key, name, building, capacity, version, null);
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
    }

    public Room withVersion(int newVersion) {
        return new Room(id, key, name, building, capacity, newVersion, nameFr);
    }

    public Room withNameFr(String newNameFr) {
        return new Room(id, key, name, building, capacity, version, newNameFr);
    }

    /** The name in a language: the French one in French when there is one. */
    public String nameIn(Locale locale) {
        return Texts.french(locale) && nameFr != null ? nameFr : name;
    }
}
