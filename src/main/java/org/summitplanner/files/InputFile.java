package org.summitplanner.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The check before a file named by a user is read (a summit file, an attendee list, a database):
 * it must be an ordinary file. A FIFO would block the reader until someone writes to it, a device
 * such as /dev/zero would fill the memory; both are refused at once.
 */
public final class InputFile {

    private InputFile() {
    }

    /**
     * @throws NoSuchFileException when there is nothing there
     * @throws InputRefusedException for a folder, FIFO, device or other special file
     */
    public static void requireFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            // the full path: a relative name says nothing of the folder it was looked for in
            throw new NoSuchFileException(file.toAbsolutePath().normalize().toString());
        }
        if (Files.isDirectory(file)) {
            throw new InputRefusedException(file, "it is a folder");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputRefusedException(file, kind(file));
        }
    }

    /** "it is a named pipe (FIFO), not a file" and the like, from the POSIX file mode where there is one. */
    static String kind(Path file) {
        return switch (OutputTarget.special(file)) {
            case FIFO -> "it is a named pipe (FIFO), not a file";
            case DEVICE -> "it is a device, not a file";
            default -> "it is not an ordinary file";
        };
    }

    /** A file that is not an ordinary file where one is read. Nothing was read or changed. */
    public static final class InputRefusedException extends IOException {
        private final transient Path path;

        InputRefusedException(Path path, String why) {
            super("Cannot read " + path + ": " + why + ". Nothing was changed.");
            this.path = path;
        }

        public Path path() {
            return path;
        }
    }
}
