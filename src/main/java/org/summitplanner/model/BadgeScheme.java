package org.summitplanner.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A summit's badges: the categories, the category each role gets, what single attendees get instead,
 * and how many badges of a category each delegation may have.
 *
 * @param roleDefaults the category code of each role; a role without one gets the first category
 * @param attendeeCategories an attendee's own category code, by attendee id
 * @param attendeeZones an attendee's own access zone, by attendee id
 * @param quotas badges allowed per nation code, then category code; a missing entry has no limit
 */
public record BadgeScheme(List<BadgeCategory> categories, Map<Role, String> roleDefaults,
                          Map<Long, String> attendeeCategories, Map<Long, String> attendeeZones,
                          Map<String, Map<String, Integer>> quotas) {

    public BadgeScheme {
        categories = List.copyOf(categories);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a badge scheme needs at least one category");
        }
        roleDefaults = roleDefaults.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(roleDefaults));
        attendeeCategories = Map.copyOf(attendeeCategories);
        attendeeZones = Map.copyOf(attendeeZones);
        Map<String, Map<String, Integer>> q = new LinkedHashMap<>();
        quotas.forEach((nation, byCategory) -> q.put(nation, Map.copyOf(byCategory)));
        quotas = Map.copyOf(q);
    }

    /**
     * The scheme a summit has until someone sets its own: principals (heads of state and government,
     * ministers) red in zone A (everywhere), delegates blue in B, support staff green in C, press orange in P
     * (zones are letters, the same in every language); no quotas. The French labels fit women and men alike
     * (« Délégation », not « Délégué »): the category is printed on everyone's badge, and nothing in the data says
     * which form a person takes (a woman general's honorific is "Gen.").
     */
    public static BadgeScheme standard() {
        List<BadgeCategory> categories = List.of(
                new BadgeCategory("PRINCIPAL", "Principal", "Personnalité", "#B71C1C", "A"),
                new BadgeCategory("DELEGATE", "Delegate", "Délégation", "#1565C0", "B"),
                new BadgeCategory("SUPPORT", "Support staff", "Personnel d’appui", "#2E7D32", "C"),
                new BadgeCategory("PRESS", "Press", "Presse", "#E65100", "P"));
        Map<Role, String> roles = new EnumMap<>(Role.class);
        roles.put(Role.HEAD_OF_STATE, "PRINCIPAL");
        roles.put(Role.HEAD_OF_GOVERNMENT, "PRINCIPAL");
        roles.put(Role.MINISTER, "PRINCIPAL");
        roles.put(Role.MILITARY, "DELEGATE");
        roles.put(Role.OFFICIAL, "DELEGATE");
        roles.put(Role.ADVISER, "DELEGATE");
        roles.put(Role.INTERPRETER, "SUPPORT");
        roles.put(Role.SECURITY, "SUPPORT");
        roles.put(Role.PRESS, "PRESS");
        return new BadgeScheme(categories, roles, Map.of(), Map.of(), Map.of());
    }

    /** The attendee's category: their own, else their role's, else the first. */
    public BadgeCategory categoryOf(Attendee attendee) {
        String code = attendeeCategories.get(attendee.id());
        if (code == null) {
            code = roleDefaults.get(attendee.role());
        }
        return category(code);
    }

    /** The attendee's access zone: their own, else their category's (null when neither has one). */
    public String zoneOf(Attendee attendee) {
        String own = attendeeZones.get(attendee.id());
        return own != null ? own : categoryOf(attendee).accessZone();
    }

    /** The category with the code; the first category when there is none with it. */
    public BadgeCategory category(String code) {
        for (BadgeCategory c : categories) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        return categories.get(0);
    }

    /** The same scheme with one delegation's quota of a category (null: no limit). */
    public BadgeScheme withQuota(String nation, String categoryCode, Integer quota) {
        Objects.requireNonNull(nation, "nation");
        Map<String, Map<String, Integer>> q = new LinkedHashMap<>();
        quotas.forEach((n, m) -> q.put(n, new LinkedHashMap<>(m)));
        Map<String, Integer> of = q.computeIfAbsent(nation, k -> new LinkedHashMap<>());
        if (quota == null) {
            of.remove(categoryCode);
        } else {
            of.put(categoryCode, quota);
        }
        return new BadgeScheme(categories, roleDefaults, attendeeCategories, attendeeZones, q);
    }
}
