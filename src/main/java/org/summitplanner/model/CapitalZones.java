package org.summitplanner.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The time zone of a nation's capital (an organisation's seat), by nation code: a new summit's zone
 * before the user picks one. A country with several zones has its capital's (Moscow for RU, Ottawa's for CA).
 */
public final class CapitalZones {

    private static final Map<String, ZoneId> ZONES = load();

    private CapitalZones() {
    }

    /** The zone of the capital of {@code nationCode}; empty for an unknown code or one without a capital (AQ). */
    public static Optional<ZoneId> of(String nationCode) {
        return nationCode == null ? Optional.empty()
                : Optional.ofNullable(ZONES.get(nationCode.strip().toUpperCase(Locale.ROOT)));
    }

    private static Map<String, ZoneId> load() {
        Properties table = new Properties();
        try (InputStream in = CapitalZones.class.getResourceAsStream("capital-zones.properties")) {
            if (in == null) {
                throw new IllegalStateException("capital-zones.properties is missing from the build");
            }
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a Java older than the table's tz data may lack a newer name (Europe/Kyiv before 2022b): no default then
        Set<String> known = ZoneId.getAvailableZoneIds();
        return table.stringPropertyNames().stream().filter(code -> known.contains(table.getProperty(code)))
                .collect(Collectors.toUnmodifiableMap(code -> code, code -> ZoneId.of(table.getProperty(code))));
    }
}
