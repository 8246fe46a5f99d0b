package org.summitplanner.store;

import java.util.UUID;

/** A fresh, migrated in-memory database per test: tests never share rows. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database fresh() {
        return Database.openInMemory("test-" + UUID.randomUUID());
    }
}
