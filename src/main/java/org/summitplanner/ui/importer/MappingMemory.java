package org.summitplanner.ui.importer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.summitplanner.ui.common.Settings;
import org.summitplanner.importing.ColumnMapping;

/**
 * Remembers the columns mapped by hand for the next file with the same headers, in the user's
 * settings file (not the database: it is the user's habit, not the summit's data).
 */
final class MappingMemory {

    private static final String PREFIX = "import.mapping.";
    private static final String SEPARATOR = "\n";

    private final Settings settings;

    MappingMemory(Settings settings) {
        this.settings = settings;
    }

    private static String key(List<String> headers) {
        return PREFIX + UUID.nameUUIDFromBytes(ColumnMapping.headerKey(headers).getBytes(StandardCharsets.UTF_8));
    }

    /** The hand choices made for a file with these headers, header to field key or "ignore". */
    Map<String, String> recall(List<String> headers) {
        return settings.get(key(headers)).map(text -> {
            try {
                return ColumnMapping.parseChoices(Arrays.asList(text.split(SEPARATOR)));
            } catch (IllegalArgumentException e) {
                return Map.<String, String>of();
            }
        }).orElse(Map.of());
    }

    void remember(List<String> headers, Map<String, String> choices) {
        Map<String, String> kept = new LinkedHashMap<>(choices);
        settings.put(key(headers), kept.isEmpty() ? null : String.join(SEPARATOR,
                kept.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        settings.save();
    }
}
