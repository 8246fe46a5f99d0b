package org.summitplanner.printing;

/** A print job stopped because the user cancelled it; nothing complete was written. */
public final class PrintCancelledException extends RuntimeException {

    public PrintCancelledException() {
        super("cancelled");
    }
}
