package org.summitplanner.importing;

/** The user cancelled the import; nothing was written. */
public final class ImportCancelledException extends RuntimeException {

    public ImportCancelledException() {
        super("The import was cancelled; nothing was written.");
    }
}
