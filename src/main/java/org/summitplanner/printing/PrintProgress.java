package org.summitplanner.printing;

/**
 * Progress of a long print job (all itineraries of a summit), and the way to stop it: the writer
 * asks {@link #cancelled()} between pages and stops with {@link PrintCancelledException}.
 */
public interface PrintProgress {

    PrintProgress NONE = new PrintProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean cancelled();
}
