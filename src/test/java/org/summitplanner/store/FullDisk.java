package org.summitplanner.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that runs out of space, for tests: H2's pluggable file systems let the database files go
 * through this wrapper (registered under the scheme {@code fulldisk}), which passes everything to
 * the real files but refuses, with the operating system's own words ("No space left on device"),
 * every write that would grow the files by more than the space left. Space given back by
 * truncating counts again, as on a real disk.
 *
 * <p>{@link #install(long)} makes every database the application opens from then on use it, until
 * {@link #close()}: the code under test runs unchanged, only H2's file channel differs.
 */
public final class FullDisk extends FilePathWrapper implements AutoCloseable {

    private static final String SCHEME = "fulldisk";
    private static final AtomicLong FREE = new AtomicLong(Long.MAX_VALUE);

    /** Public for H2, which makes its paths by reflection; use {@link #install(long)}. */
    public FullDisk() {
    }

    /** From now on databases open on a disk with {@code freeBytes} left (Long.MAX_VALUE: plenty). */
    public static FullDisk install(long freeBytes) {
        FREE.set(freeBytes);
        FullDisk disk = new FullDisk();
        FilePath.register(disk);
        Database.fileSystem = SCHEME;
        return disk;
    }

    /** Leaves {@code bytes} free from now on. */
    public void setFree(long bytes) {
        FREE.set(bytes);
    }

    public long free() {
        return FREE.get();
    }

    @Override
    public void close() {
        Database.fileSystem = Database.DEFAULT_FILE_SYSTEM;
        FilePath.unregister(this);
        FREE.set(Long.MAX_VALUE);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    private static final class Channel extends FileBase {
        private final FileChannel file;

        Channel(FileChannel file) {
            this.file = file;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return file.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return file.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int written = write(src, file.position());
            file.position(file.position() + written);
            return written;
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            long growth = position + src.remaining() - file.size();
            if (growth > 0 && FREE.get() != Long.MAX_VALUE) {
                long left = FREE.get();
                if (growth > left) {
                    throw new IOException("No space left on device");
                }
                FREE.addAndGet(-growth);
            }
            return file.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public synchronized FileChannel truncate(long size) throws IOException {
            long before = file.size();
            file.truncate(size);
            if (size < before && FREE.get() != Long.MAX_VALUE) {
                FREE.addAndGet(before - size);
            }
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            file.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
