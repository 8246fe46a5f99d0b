package org.summitplanner.app;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.LoggerFactory;
import org.summitplanner.errors.DatabaseException;
import org.summitplanner.errors.DiskWriteException;
import org.summitplanner.files.PartialFile;
import org.summitplanner.model.Summit;
import org.summitplanner.service.OpenServices;
import org.summitplanner.service.Services;
import org.summitplanner.service.SummitService;
import org.summitplanner.summitfile.SummitFileException;
import org.summitplanner.summitfile.SummitFileReader;

/**
 * A database file that {@code load} is about to create (a new --db). It is made whole under a partial name and
 * put in place at the end ({@link #load}): a refused {@code load} (a summit file with problems) leaves nothing
 * behind, not even the folders made for it, and a killed one leaves no database at all, never an empty or
 * half-filled one.
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

    /**
     * Loads a summit file into this new database file: the file is made and migrated under a partial name on a
     * thread of its own while this thread reads and checks the summit file (the checks wait for the database
     * only for the nation codes it knows), the summit is stored, the database closed, and the file linked into
     * place, never over a file that appeared meanwhile. On any failure nothing is left: no partial file, no
     * database at the target, no folder made for it.
     */
    Summit load(Path summitFile) throws IOException, SummitFileException {
        PartialFile partial = PartialFile.forDatabase(dataFile);
        ExecutorService maker = Executors.newSingleThreadExecutor(DaemonThreads.named("summit-planner-new-database"));
        try {
            Future<OpenServices> opening = maker.submit(() -> Services.openNewForAddingSummit(partial.path(), s -> { }));
            SummitFileReader.Loaded loaded;
            try {
                loaded = SummitService.read(summitFile, () -> opened(opening).summits().nationCodes());
            } catch (IOException | SummitFileException | RuntimeException | Error e) {
                // a database that cannot be made is said first, as when it was made before the reading
                opened(opening).close();
                throw e;
            }
            Summit summit;
            try (OpenServices database = opened(opening)) {
                summit = database.summits().store(loaded, summitFile);
            }
            partial.moveIntoPlace();
            return summit;
        } catch (IOException | SummitFileException | RuntimeException | Error e) {
            partial.discard();
            discardFolders();
            if (e instanceof FileAlreadyExistsException) {
                throw new Cli.UserError(dataFile + " was created by another program while the summit was loaded: it "
                        + "was left as it is, and nothing was loaded. Load into another file.");
            }
            RuntimeException named = ofTarget(e, partial.path());
            if (named != null) {
                throw named;
            }
            throw e;
        } finally {
            maker.shutdown();
        }
    }

    /**
     * A failure said of the file the user named rather than of the partial name it was being built under (a full
     * disk, a folder that cannot be written), or null when the failure does not name the partial file.
     */
    private RuntimeException ofTarget(Throwable e, Path partial) {
        var diskWrite = DiskWriteException.in(e);
        if (diskWrite.isPresent()) {
            return diskWrite.get().ofNewFile(dataFile, partial);
        }
        String said = e instanceof IOException io ? CliFiles.describe(io)
                : e instanceof DatabaseException || e instanceof Cli.UserError ? e.getMessage() : null;
        String partialName = DiskWriteException.stem(partial.getFileName().toString());
        if (said == null || !said.contains(partialName)) {
            return null;
        }
        Cli.UserError named = new Cli.UserError(DiskWriteException.renamed(said, partial, dataFile));
        named.initCause(e);
        return named;
    }

    /** What the maker's task gave: the open database, or its failure rethrown here. */
    private static OpenServices opened(Future<OpenServices> opening) {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the new database was made", e);
        }
    }

    /** Removes the folders made for the file (only while empty). */
    private void discardFolders() {
        try {
            if (firstNewFolder != null) {
                for (Path folder = dataFile.getParent(); folder != null && folder.startsWith(firstNewFolder);
                     folder = folder.getParent()) {
                    Files.deleteIfExists(folder);
                }
            }
        } catch (DirectoryNotEmptyException | NoSuchFileException e) {
            // something else is in the folder now: it stays
        } catch (IOException e) {
            LoggerFactory.getLogger(NewDatabaseFile.class).warn("Cannot remove the folders made for {}", dataFile, e);
        }
    }
}
