package org.summitplanner.errors;

/**
 * A nation's participation was changed, removed or created elsewhere since it was read. Names the
 * nation, because a row created elsewhere has an id the reader never saw. Nothing was written.
 */
public class StaleStandingException extends StaleDataException {

    private final String nation;

    public StaleStandingException(String nation, long id, boolean deleted) {
        super("participation", id, deleted);
        this.nation = nation;
    }

    /** The code of the nation whose participation moved on. */
    public String nation() {
        return nation;
    }
}
