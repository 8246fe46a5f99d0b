package org.summitplanner.printing;

import java.util.Objects;
import org.summitplanner.model.BadgeCategory;

/**
 * What one badge or tent card says about one attendee, already in the document's language.
 *
 * @param key what the QR code holds (the attendee's key; their id when they have none)
 * @param name the person as addressed on cards ({@link Cards#addressed})
 * @param role the position, else the role in words
 */
public record Card(String key, String name, String nationCode, String nation, String role,
                   BadgeCategory category, String zone) {

    public Card {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(category, "category");
    }
}
