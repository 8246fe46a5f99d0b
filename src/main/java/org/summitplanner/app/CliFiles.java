package org.summitplanner.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.summitplanner.files.OutputRefusedException;
import org.summitplanner.files.OutputTarget;

/** The commands' words for files. */
final class CliFiles {

    private CliFiles() {
    }

    /**
     * The absolute path to write, after the output rule's checks.
     *
     * @deprecated write through {@link OutputTarget} (check it early, then {@code target.write(...)}):
     *             it also writes atomically and removes its partial file when stopped
     */
    @Deprecated
    static Path writableTarget(Path file) {
        try {
            return OutputTarget.check(file, OutputTarget.Access.SHARED).path();
        } catch (OutputRefusedException e) {
            throw new Cli.UserError(e.getMessage());
        }
    }

    /** A file error as one line for stderr: which file and what went wrong, without Java's class names. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "Cannot read or write " + a.getFile() + ": permission denied.";
        }
        if (e instanceof NoSuchFileException n) {
            return "No such file: " + n.getFile();
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return "Cannot read or write " + f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "failed");
        }
        return "Cannot read or write a file: " + e.getMessage();
    }
}
