package org.summitplanner.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders that hold personal data (the database, the logs, the settings) are the
 * owner's alone on POSIX systems: files 0600, folders 0700. Elsewhere (Windows) the folder's
 * inherited access rules apply and these calls do nothing.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Creates {@code folder} and any missing parent as owner-only folders; existing ones are left as they are. */
    public static void createFolders(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (isPosix(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        } else {
            Files.createDirectories(folder);
        }
    }

    /**
     * Makes an existing folder of ours (the data folder, the logs) owner-only, as an older version
     * may have made it readable by everyone. Never used on a folder the user chose.
     */
    public static void restrictFolder(Path folder) throws IOException {
        if (isPosix(folder) && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
    }

    /** Makes an existing regular file owner-only (0600). */
    public static void restrictFile(Path file) throws IOException {
        if (isPosix(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
