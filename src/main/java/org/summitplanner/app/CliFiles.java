package org.summitplanner.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks the commands make before they write a file. */
final class CliFiles {

    private CliFiles() {
    }

    /** The absolute path to write, after checking that its folder exists. */
    static Path writableTarget(Path file) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new Cli.UserError("No such folder: " + folder);
        }
        if (Files.isDirectory(target)) {
            throw new Cli.UserError("Is a folder, not a file: " + file);
        }
        return target;
    }
}
