package org.summitplanner.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file Summit Planner will not write, and why. Nothing was written when this is thrown. The
 * message is English (the command line prints it); a screen words it from its bundle by
 * {@link #reason()} with {@link #path()} and {@link #other()} as arguments.
 */
public final class OutputRefusedException extends IOException {

    /** Why a target was refused. */
    public enum Reason {
        /** the name ends like an H2 database file (.mv.db, .trace.db, .lock.db, .h2.db) */
        DATABASE_NAME("it has the name of a database file"),
        /** the file starts with the H2 header */
        DATABASE_CONTENT("it is a database"),
        /** the same file as one being read (also through a link) */
        INPUT("it is the file being read"),
        FOLDER("it is a folder"),
        DEVICE("it is a device, not a file"),
        FIFO("it is a named pipe (FIFO), not a file"),
        /** a socket or another special file */
        SPECIAL("it is not an ordinary file"),
        /** a symbolic link whose file does not exist */
        DANGLING_LINK("it is a link to a file that does not exist"),
        NO_FOLDER("its folder does not exist");

        private final String english;

        Reason(String english) {
            this.english = english;
        }
    }

    private final transient Path path;
    private final transient Path other;
    private final Reason reason;

    OutputRefusedException(Path path, Reason reason, Path other) {
        super("Refused to write " + path + ": " + reason.english
                + (other != null && !other.equals(path) ? " (" + other + ")" : "") + ". Nothing was written.");
        this.path = path;
        this.reason = reason;
        this.other = other;
    }

    /** The file that was named. */
    public Path path() {
        return path;
    }

    public Reason reason() {
        return reason;
    }

    /** The input it is the same file as, or the folder that does not exist; may be null. */
    public Path other() {
        return other;
    }
}
