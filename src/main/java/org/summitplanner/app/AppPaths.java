package org.summitplanner.app;

import java.nio.file.Path;

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
