package org.summitplanner.store;

import org.summitplanner.errors.DatabaseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.summitplanner.files.InputFile;
import org.summitplanner.files.PrivateFiles;

/** The checks on a database file before H2 sees it, and its permissions. */
final class DatabaseFiles {

    private DatabaseFiles() {
    }

    /** A FIFO or device would make H2 (or our header check) wait forever or read garbage: refuse at once. */
    static void requireOrdinaryFile(Path dataFile) {
        try {
            InputFile.requireFile(dataFile);
        } catch (IOException e) {
            throw new DatabaseException(e.getMessage().replace("Cannot read ", "Cannot open the database "), e);
        }
    }

    /**
     * Why an existing database cannot be written, or null. The permission bits count even for root
     * (who could write anyway): a file someone made read-only (chmod a-w) is meant to stay as it is.
     */
    static String readOnlyReason(Path dataFile) {
        Path folder = dataFile.toAbsolutePath().getParent();
        if (!writable(dataFile)) {
            return "the file's permissions do not allow writing";
        }
        if (folder != null && !writable(folder)) {
            return "its folder " + folder + " does not allow writing";
        }
        return null;
    }

    private static boolean writable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        try {
            return !PrivateFiles.isPosix(path) || Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    /** Creates the folders of a new database owner-only; refuses a read-only folder before H2 tries. */
    static void createFolderFor(Path dataFile) {
        Path folder = dataFile.toAbsolutePath().getParent();
        try {
            PrivateFiles.createFolders(folder);
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the folder for " + dataFile + ": " + e.getMessage(), e);
        }
        if (!writable(folder)) {
            throw new DatabaseException("Cannot create " + dataFile + ": its folder " + folder
                    + " is read only. Nothing was changed.");
        }
    }

    /** A new database file is the owner's alone (0600): it holds names, emails and phone numbers. */
    static void makePrivate(Path dataFile) {
        try {
            PrivateFiles.restrictFile(dataFile);
        } catch (IOException e) {
            throw new DatabaseException("Cannot make " + dataFile + " private: " + e.getMessage(), e);
        }
    }
}
