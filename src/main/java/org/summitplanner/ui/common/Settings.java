package org.summitplanner.ui.common;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import org.summitplanner.files.OutputTarget;
import org.summitplanner.files.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between runs (its size, the last database, the last summit), in a
 * properties file in the data folder. A missing or unreadable file means defaults, never a failure.
 */
public final class Settings {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private final Path file;
    private final Properties values = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable settings {}: {}", file, e.getMessage());
            }
        }
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public OptionalDouble getDouble(String key) {
        try {
            return get(key).map(v -> OptionalDouble.of(Double.parseDouble(v))).orElse(OptionalDouble.empty());
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    public void putDouble(String key, double value) {
        put(key, Double.toString(value));
    }

    public void save() {
        try {
            PrivateFiles.createFolders(file.getParent());
            // whole or not at all: a window closed while the disk is full must not leave half a file
            OutputTarget.check(file, OutputTarget.Access.PRIVATE).write(stream -> {
                Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                values.store(out, "Summit Planner settings");
                out.flush();
                return null;
            });
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}: {}", file, e.getMessage());
        }
    }
}
