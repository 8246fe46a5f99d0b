package org.summitplanner.importing;

/** What the import does with a row. */
public enum Outcome {
    /** A person not in the summit yet: added. */
    NEW,
    /** A person already in the summit (same email, or same name and nation) with changed fields: updated. */
    UPDATE,
    /** A person already in the summit exactly as the row says: nothing to do. */
    UNCHANGED,
    /** The same person as an earlier row of the file: not written again. */
    DUPLICATE,
    /** A row that cannot be imported as it is (see its problems). */
    ERROR,
    /** A row that describes no one, such as a total line under the list ("Total: 12"): left out, blocks nothing. */
    NOT_A_PERSON;

    /** Whether the commit writes rows with this outcome. */
    public boolean writes() {
        return this == NEW || this == UPDATE;
    }
}
