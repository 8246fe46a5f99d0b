package org.summitplanner.app;

import java.io.IOException;
import java.nio.file.Path;
import org.summitplanner.files.PrivateFiles;

/**
 * Where Summit Planner keeps its data: the folder ".summit-planner" in the user's home, or the
 * folder named by the system property {@code summitplanner.home} (tests use that).
 */
public record AppPaths(Path dataFolder) {

    public static AppPaths fromSystem() {
        String override = System.getProperty("summitplanner.home");
        Path folder = override != null && !override.isBlank()
                ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".summit-planner");
        return new AppPaths(folder.toAbsolutePath());
    }

    /**
     * Creates the data and log folders owner-only (0700) and narrows them if an older version made
     * them readable by others: they hold the database, the logs and the settings. Best effort
     * before logging exists: a folder that cannot be made is reported when it is first used.
     */
    public void makePrivate() {
        try {
            PrivateFiles.createFolders(logFolder());
            PrivateFiles.restrictFolder(dataFolder);
            PrivateFiles.restrictFolder(logFolder());
        } catch (IOException | RuntimeException e) {
            System.err.println("Cannot make " + dataFolder + " private: " + e.getMessage());
        }
    }

    public Path defaultDatabase() {
        return dataFolder.resolve("planner.mv.db");
    }

    public Path logFolder() {
        return dataFolder.resolve("logs");
    }

    public Path settingsFile() {
        return dataFolder.resolve("settings.properties");
    }
}
