package org.summitplanner.files;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summitplanner.files.OutputRefusedException.Reason;

/**
 * The one rule for every file Summit Planner writes where a user said: a command's output, a
 * screen's Save dialog. It refuses database files (by name and by the H2 header), the file being
 * read, folders, devices, FIFOs and other special files; it writes to a partial file beside the
 * target and moves it into place atomically, so the target is either the old file or the whole
 * new one; the partial file is removed when the writing fails or the program is stopped (see
 * {@link PartialFiles}).
 *
 * <pre>
 * OutputTarget target = OutputTarget.check(file, Access.SHARED, input);   // early: before any work
 * target.write(out -&gt; printing.pdf(..., out));                             // checked again, then written
 * </pre>
 *
 * A symbolic link is followed: the file it points to is replaced and the link stays.
 */
public final class OutputTarget {

    /** Who may read what is written, on POSIX file systems. */
    public enum Access {
        /**
         * Owner only (0600): files that hold personal data the user did not mean to hand out, such as
         * summit files (emails, phones) and import reports.
         */
        PRIVATE,
        /**
         * Documents meant to be handed out (PDFs, calendars): a new file gets the permissions the
         * user's umask gives every file; a replaced file keeps the permissions it had.
         */
        SHARED
    }

    /** Name endings of the files of an H2 database. */
    static final List<String> DATABASE_ENDINGS = List.of(".mv.db", ".trace.db", ".lock.db", ".h2.db", ".mv.db.tempfile");

    private final Path named;
    private final Access access;
    private final List<Path> inputs;
    private final Path target;

    private OutputTarget(Path named, Access access, List<Path> inputs, Path target) {
        this.named = named;
        this.access = access;
        this.inputs = inputs;
        this.target = target;
    }

    /**
     * Checks that {@code file} may be written; call it before any work, so that a refusal changes
     * nothing.
     *
     * @param inputs the files the command reads (the database, an imported list); null entries are skipped
     * @throws OutputRefusedException naming the file and why
     */
    public static OutputTarget check(Path file, Access access, Path... inputs) throws OutputRefusedException {
        List<Path> read = new ArrayList<>();
        for (Path input : inputs) {
            if (input != null) {
                read.add(input);
            }
        }
        return new OutputTarget(file, access, List.copyOf(read), resolve(file, read));
    }

    /** The file that will be replaced (absolute, links followed). */
    public Path path() {
        return target;
    }

    /** The file as the user named it, for messages. */
    public Path named() {
        return named;
    }

    /** Writes through {@code body} into a partial file and moves it into place; returns what the body returned. */
    public <T> T write(Body<T> body) throws IOException {
        try (Pending pending = open()) {
            T result = body.write(pending.stream());
            pending.commit();
            return result;
        }
    }

    /**
     * Opens a partial file for a writer that needs to stay open (an import report written row by
     * row). {@link Pending#commit()} moves it into place; closing it uncommitted removes it.
     */
    public Pending open() throws IOException {
        Path current = resolve(named, inputs);
        Path folder = current.getParent();
        PartialFiles.sweep(folder);
        Path partial = PartialFiles.register(folder);
        try {
            createPartial(partial, current);
            return new Pending(partial, FileChannel.open(partial, StandardOpenOption.WRITE));
        } catch (IOException | RuntimeException e) {
            PartialFiles.discard(partial);
            throw e;
        }
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Body<T> {
        T write(OutputStream out) throws IOException;
    }

    /** A partial file being written; see {@link #open()}. */
    public final class Pending implements Closeable {
        private final Path partial;
        private final FileChannel channel;
        private final OutputStream stream;
        private boolean closed;
        private boolean committed;

        private Pending(Path partial, FileChannel channel) {
            this.partial = partial;
            this.channel = channel;
            // closing the stream must not close the channel before commit forces it to the disk
            this.stream = new BufferedOutputStream(new FilterOutputStream(Channels.newOutputStream(channel)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, 1 << 16);
        }

        /** The partial file's stream; closing it does not commit. */
        public OutputStream stream() {
            return stream;
        }

        /** Checks the target again, syncs the partial file to the disk and moves it into place. */
        public void commit() throws IOException {
            if (closed) {
                throw new IOException("already closed: " + named);
            }
            stream.flush();
            channel.force(true);
            channel.close();
            closed = true;
            Path current = resolve(named, inputs);
            try {
                Files.move(partial, current, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, current, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
            syncFolder(current.getParent());
        }

        /** Removes the partial file unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                channel.close();
            }
            if (!committed) {
                PartialFiles.discard(partial);
            }
        }
    }

    /** The absolute file to replace, after every check; throws when it must not be written. */
    private static Path resolve(Path file, List<Path> inputs) throws OutputRefusedException {
        Path absolute = file.toAbsolutePath().normalize();
        refuseDatabaseName(file, absolute);
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OutputRefusedException(file, Reason.NO_FOLDER, folder);
        }
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return absolute;
        }
        if (!Files.exists(absolute)) {
            throw new OutputRefusedException(file, Reason.DANGLING_LINK, null);
        }
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (IOException e) {
            throw new OutputRefusedException(file, Reason.DANGLING_LINK, null);
        }
        refuseDatabaseName(file, real);
        if (Files.isDirectory(real)) {
            throw new OutputRefusedException(file, Reason.FOLDER, null);
        }
        if (!Files.isRegularFile(real)) {
            throw new OutputRefusedException(file, special(real), null);
        }
        for (Path input : inputs) {
            if (isSameFile(real, input)) {
                throw new OutputRefusedException(file, Reason.INPUT, input);
            }
        }
        if (startsWithH2Header(real)) {
            throw new OutputRefusedException(file, Reason.DATABASE_CONTENT, null);
        }
        return real;
    }

    private static void refuseDatabaseName(Path named, Path path) throws OutputRefusedException {
        Path name = path.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (String ending : DATABASE_ENDINGS) {
            if (lower.endsWith(ending)) {
                throw new OutputRefusedException(named, Reason.DATABASE_NAME, null);
            }
        }
    }

    private static boolean isSameFile(Path real, Path input) {
        try {
            return Files.exists(input) && Files.isSameFile(real, input);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** An H2 2.x MVStore file starts with a text header "H:2," (in braces in some versions). */
    static boolean startsWithH2Header(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
        } catch (IOException | SecurityException e) {
            // unreadable: then it cannot be checked, and is not ours to judge; writing will say if it fails
            return false;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        return text.startsWith("H:2,") || text.startsWith("{H:2,");
    }

    /** Which kind of special file, from the POSIX file mode where the platform gives it. */
    static Reason special(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> Reason.FIFO;
                case 0020000, 0060000 -> Reason.DEVICE;
                default -> Reason.SPECIAL;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return Reason.SPECIAL;
        }
    }

    private void createPartial(Path partial, Path current) throws IOException {
        if (!PrivateFiles.isPosix(partial)) {
            Files.createFile(partial);
            return;
        }
        if (access == Access.PRIVATE) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(PrivateFiles.FILE);
            Files.createFile(partial, ownerOnly);
            return;
        }
        Files.createFile(partial);
        if (Files.isRegularFile(current)) {
            try {
                Files.setPosixFilePermissions(partial, Files.getPosixFilePermissions(current));
            } catch (IOException | UnsupportedOperationException e) {
                // replaced meanwhile, or a file system that keeps no permissions (FAT): the default will do
            }
        }
    }

    /** So that the rename survives a power cut; not every platform can open a folder (Windows cannot). */
    static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }
}
