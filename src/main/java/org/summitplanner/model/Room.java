package org.summitplanner.model;

import java.util.Objects;

/**
 * A place where things happen.
 *
 * @param key optional external key, unique within the summit's rooms
 */
public record Room(long id, String key, String name, String building, int capacity, int version) {

    public Room {
        Objects.requireNonNull(name, "name");
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be above zero: " + capacity);
        }
        key = Nfc.of(key);
        name = Nfc.of(name);
        building = Nfc.of(building);
    }

    public Room withVersion(int newVersion) {
        return new Room(id, key, name, building, capacity, newVersion);
    }
}
