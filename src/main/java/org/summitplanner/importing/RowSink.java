package org.summitplanner.importing;

import java.util.List;

/** Receives a table as it is read, row by row, so that a large file is never held whole. */
public interface RowSink {

    /** The header row, called once before any {@link #row}. */
    void header(List<String> headers) throws ImportException;

    /** A data row; blank rows are not passed. */
    void row(RawRow row) throws ImportException;

    /**
     * How far the reading is, between 0 and 1; also where a cancelled reading stops.
     *
     * @throws ImportCancelledException to stop reading
     */
    default void progress(double fraction) {
    }
}
