package org.summitplanner.model;

import java.util.Locale;

/**
 * What a member of a team may do on a shared database. The server enforces it (PostgreSQL roles and
 * grants, see store.TeamRoles); the window only greys out what would be refused anyway. On an H2 file
 * the one user is the organiser.
 */
public enum TeamRole {
    /** Edits everything. */
    ORGANISER,
    /** Imports and edits attendees; reads the rest. */
    PLANNER,
    /** Reads and prints. */
    PRINTING;

    public boolean mayEditSummit() {
        return this == ORGANISER;
    }

    public boolean mayEditAttendees() {
        return this != PRINTING;
    }

    /** The name used on the command line (organiser, planner, printing). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the roles there are */
    public static TeamRole parse(String text) {
        for (TeamRole role : values()) {
            if (role.label().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role \"" + text + "\"; the roles are: organiser, planner, printing");
    }
}
