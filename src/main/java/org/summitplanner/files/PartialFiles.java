package org.summitplanner.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary files an output is written to before it is moved into place, and their cleaning.
 *
 * <p>A partial file is removed when its writing fails (by {@link OutputTarget}), when the JVM is
 * stopped by SIGTERM or SIGINT (the JDK's delete-on-exit list, which the JVM's own shutdown sequence
 * works through: no thread of ours), and, since {@code kill -9} runs no code, by the
 * next write into the same folder: the name carries the writing process's id and start time
 * ({@code .summit-planner-<pid>-<start>-<random>.tmp}, and {@code .tmp.mv.db} for a database that a
 * {@code load} fills before linking it into place: see {@link PartialFile}), so a partial file whose process is gone
 * (no such pid, or a pid now used by a process that started at another time) is known to be stale.
 * The files the build before this one left ({@code .print-<uuid>.pdf}, {@code .ics-<uuid>.ics},
 * {@code .<name>.<uuid>.tmp}) are removed once they are an hour old.
 */
final class PartialFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PartialFiles.class);

    static final String PREFIX = ".summit-planner-";
    static final String SUFFIX = ".tmp";
    /** The ending H2 gives a database file: a partial database is {@code <partial name>.mv.db}. */
    static final String DATABASE_ENDING = ".mv.db";
    private static final Pattern OURS = Pattern.compile(
            Pattern.quote(PREFIX) + "(\\d+)-([0-9a-z]+)-[0-9a-z]+" + Pattern.quote(SUFFIX)
                    + "(?:" + Pattern.quote(DATABASE_ENDING) + ")?");
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern EARLIER_BUILD = Pattern.compile(
            "\\.print-" + UUID + "\\.pdf|\\.ics-" + UUID + "\\.ics|\\..+\\." + UUID + "\\.tmp");
    private static final Duration EARLIER_BUILD_AGE = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SELF = ProcessHandle.current().pid() + "-" + startTag(ProcessHandle.current());

    private PartialFiles() {
    }

    /**
     * A fresh partial-file name in {@code folder}, registered for removal on SIGTERM/SIGINT. The name is
     * never used again, so once the file is moved into place or discarded the registration finds nothing
     * to delete at exit.
     */
    static Path register(Path folder) {
        return register(folder, "");
    }

    /** As {@link #register(Path)}, the name followed by {@code ending} ("" or {@link #DATABASE_ENDING}). */
    static Path register(Path folder, String ending) {
        Path partial = folder.resolve(PREFIX + SELF + "-" + Long.toString(RANDOM.nextLong() >>> 1, 36) + SUFFIX + ending);
        if (partial.getFileSystem() == FileSystems.getDefault()) {
            partial.toFile().deleteOnExit();
        }
        return partial;
    }

    /** Deletes the partial file if it is still there, and forgets it. */
    static void discard(Path partial) {
        try {
            if (partial.getParent() != null && !Files.isDirectory(partial.getParent())) {
                return; // its folder was never made (or is a file): there is nothing to remove
            }
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            LOG.warn("Could not remove the partial file {}: {}", partial, e.getMessage());
        }
    }

    /** Removes the partial files of processes that are gone from {@code folder}; returns how many. */
    static int sweep(Path folder) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*")) {
            for (Path entry : entries) {
                if (isStale(entry) && Files.deleteIfExists(entry)) {
                    LOG.info("Removed {}, left by an earlier run that was stopped while writing", entry);
                    removed++;
                }
            }
        } catch (IOException | SecurityException e) {
            // cleaning is a courtesy; a folder we cannot list is not a reason to refuse the write
            LOG.debug("Could not look for stale partial files in {}: {}", folder, e.toString());
        }
        return removed;
    }

    static boolean isStale(Path file) throws IOException {
        String name = file.getFileName().toString();
        Matcher ours = OURS.matcher(name);
        if (ours.matches()) {
            if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Optional<ProcessHandle> writer = ProcessHandle.of(Long.parseLong(ours.group(1)));
            return writer.isEmpty() || !startTag(writer.get()).equals(ours.group(2));
        }
        if (EARLIER_BUILD.matcher(name).matches() && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toInstant().isBefore(Instant.now().minus(EARLIER_BUILD_AGE));
        }
        return false;
    }

    /**
     * A process's start time in milliseconds, base 36; "0" where the platform does not tell. Linux
     * derives it from /proc in whole clock ticks, so every JVM computes the same value for a process.
     */
    static String startTag(ProcessHandle process) {
        return process.info().startInstant().map(i -> Long.toString(i.toEpochMilli(), 36)).orElse("0");
    }
}
