package org.summitplanner.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A new file made whole under a partial name beside its target, then put in place without ever writing over
 * anything: a hard link to the target's name (which fails when the name is taken), then the partial name is
 * removed. A process killed before that leaves no file at the target, only a partial file that the next write
 * into the folder removes (see {@link PartialFiles}). Used by {@code load} for a new database file, which is
 * filled whole before anyone can see it.
 */
public final class PartialFile {

    private final Path partial;
    private final Path target;

    private PartialFile(Path partial, Path target) {
        this.partial = partial;
        this.target = target;
    }

    /**
     * A fresh partial name for a new database file {@code target} ({@code x.mv.db}), in its folder; the partial
     * files of stopped processes in that folder are removed first. The folder may not exist yet.
     */
    public static PartialFile forDatabase(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        PartialFiles.sweep(folder);
        return new PartialFile(PartialFiles.register(folder, PartialFiles.DATABASE_ENDING), target.toAbsolutePath());
    }

    /** Where to write: the partial file. */
    public Path path() {
        return partial;
    }

    /**
     * Puts the partial file in place and syncs the folder.
     *
     * @throws FileAlreadyExistsException when a file of the target's name appeared meanwhile: it is left as it
     *         is, and so is the partial file (the caller discards it)
     */
    public void moveIntoPlace() throws IOException {
        boolean linked;
        try {
            Files.createLink(target, partial);
            linked = true;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            linked = false;
        }
        if (linked) {
            // the database is in place: a partial name that cannot be removed is only a leftover
            PartialFiles.discard(partial);
        } else {
            // no hard links here (FAT, some network shares): a move without REPLACE_EXISTING refuses a taken name
            Files.move(partial, target);
        }
        OutputTarget.syncFolder(target.getParent());
    }

    /** Removes the partial file if it is still there. */
    public void discard() {
        PartialFiles.discard(partial);
    }
}
