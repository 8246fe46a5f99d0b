package org.summitplanner.app;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * A database file that a command is about to create (load into a new --db): when the command is refused
 * (a summit file with problems), the file and the folders made for it are removed again, so that a refused
 * command leaves nothing behind. Taken before the database is opened; {@link #discard} after it closed.
 */
final class NewDatabaseFile {

    private final Path dataFile;
    /** The outermost folder that did not exist yet (made for the file), or null when the folder existed. */
    private final Path firstNewFolder;

    private NewDatabaseFile(Path dataFile, Path firstNewFolder) {
        this.dataFile = dataFile;
        this.firstNewFolder = firstNewFolder;
    }

    /** The database file if it does not exist yet, else null (nothing of an existing database is ever removed). */
    static NewDatabaseFile ifMissing(Path dataFile) {
        if (dataFile == null || Files.exists(dataFile)) {
            return null;
        }
        Path missing = null;
        for (Path folder = dataFile.toAbsolutePath().getParent(); folder != null && !Files.exists(folder);
             folder = folder.getParent()) {
            missing = folder;
        }
        return new NewDatabaseFile(dataFile.toAbsolutePath(), missing);
    }

    /** Removes the file this command created and the folders made for it (only while empty). */
    void discard() {
        try {
            Files.deleteIfExists(dataFile);
            if (firstNewFolder != null) {
                for (Path folder = dataFile.getParent(); folder != null && folder.startsWith(firstNewFolder);
                     folder = folder.getParent()) {
                    Files.deleteIfExists(folder);
                }
            }
        } catch (DirectoryNotEmptyException | NoSuchFileException e) {
            // something else is in the folder now: it stays
        } catch (IOException e) {
            LoggerFactory.getLogger(NewDatabaseFile.class).warn("Cannot remove the new database {}", dataFile, e);
        }
    }
}
