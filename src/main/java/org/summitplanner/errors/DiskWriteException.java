package org.summitplanner.errors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The database file could not be written (most often: the disk is full). What was being saved was
 * not saved; the database keeps its state from before. The message names the file and its disk.
 */
public final class DiskWriteException extends DatabaseException {

    private final boolean full;
    private final String folder;

    private DiskWriteException(String message, boolean full, String folder, Throwable cause) {
        super(message, cause);
        this.full = full;
        this.folder = folder;
    }

    /** Describes a failed write of {@code dataFile}, from the failure H2 recorded. */
    public static DiskWriteException of(Path dataFile, Throwable failure) {
        String reason = rootMessage(failure);
        long free = usableSpace(dataFile);
        boolean full = reason.toLowerCase(java.util.Locale.ROOT).contains("no space left")
                || reason.toLowerCase(java.util.Locale.ROOT).contains("disk full")
                || free >= 0 && free < 1024 * 1024;
        String where = dataFile.toAbsolutePath().getParent() == null ? dataFile.toString()
                : dataFile.toAbsolutePath().getParent().toString();
        String message = full
                ? "No space left on the disk holding " + where + " (writing " + dataFile.getFileName()
                        + (free >= 0 ? ", " + space(free) + " free" : "") + "). Nothing was saved; the database "
                        + "keeps what it held before. Free some space and try again."
                : "Cannot write " + dataFile + " (" + reason + "). Nothing was saved; the database keeps what it "
                        + "held before.";
        return new DiskWriteException(message, full, where, failure);
    }

    /**
     * The same failure said of {@code target}, a new database file that was being built beside it under the
     * partial name {@code partial} (and is not made): the user named the target, never the partial file.
     */
    public DiskWriteException ofNewFile(Path target, Path partial) {
        String reason = renamed(rootMessage(getCause()), partial, target);
        long free = usableSpace(target);
        String message = full
                ? "No space left on the disk holding " + folder + " (writing " + target.getFileName()
                        + (free >= 0 ? ", " + space(free) + " free" : "") + "). Nothing was saved and no database "
                        + "was made at " + target + ". Free some space and try again."
                : "Cannot write " + target + " (" + reason + "). Nothing was saved and no database was made.";
        DiskWriteException named = new DiskWriteException(message, full, folder, getCause());
        named.setStackTrace(getStackTrace());
        return named;
    }

    /**
     * {@code text} with the database file {@code from} (its path, else its name) said as {@code to}; H2 names a
     * database with or without its ".mv.db", so the stems are swapped.
     */
    public static String renamed(String text, Path from, Path to) {
        return text.replace(stem(from.toString()), stem(to.toString()))
                .replace(stem(from.getFileName().toString()), stem(to.getFileName().toString()));
    }

    /** A database file's name or path without H2's ending {@code .mv.db}. */
    public static String stem(String file) {
        return file.endsWith(".mv.db") ? file.substring(0, file.length() - ".mv.db".length()) : file;
    }

    /** The same failure, with a sentence added to its message. */
    public DiskWriteException with(String sentence) {
        DiskWriteException more = new DiskWriteException(getMessage() + " " + sentence, full, folder, getCause());
        more.setStackTrace(getStackTrace());
        return more;
    }

    /** The folder of the database file, naming the disk for the user. */
    public String folder() {
        return folder;
    }

    /** Whether the disk was full (rather than failing otherwise). */
    public boolean diskFull() {
        return full;
    }

    /** The DiskWriteException behind {@code error}, among its causes and suppressed exceptions. */
    public static Optional<DiskWriteException> in(Throwable error) {
        Set<Throwable> seen = new HashSet<>();
        return find(error, seen);
    }

    private static Optional<DiskWriteException> find(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return Optional.empty();
        }
        if (t instanceof DiskWriteException d) {
            return Optional.of(d);
        }
        for (Throwable s : t.getSuppressed()) {
            Optional<DiskWriteException> found = find(s, seen);
            if (found.isPresent()) {
                return found;
            }
        }
        return find(t.getCause(), seen);
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        String message = String.valueOf(failure);
        Set<Throwable> seen = new HashSet<>();
        while (t != null && seen.add(t)) {
            if (t instanceof IOException && t.getMessage() != null) {
                return t.getMessage();
            }
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
            t = t.getCause();
        }
        return message;
    }

    private static String space(long bytes) {
        return bytes >= 10L * 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private static long usableSpace(Path dataFile) {
        try {
            Path existing = dataFile.toAbsolutePath();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing == null ? -1 : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
