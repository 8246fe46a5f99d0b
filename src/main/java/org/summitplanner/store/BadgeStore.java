package org.summitplanner.store;

import static org.summitplanner.store.jooq.Tables.ATTENDEE;
import static org.summitplanner.store.jooq.Tables.ATTENDEE_BADGE;
import static org.summitplanner.store.jooq.Tables.BADGE_CATEGORY;
import static org.summitplanner.store.jooq.Tables.BADGE_QUOTA;
import static org.summitplanner.store.jooq.Tables.BADGE_ROLE_DEFAULT;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.summitplanner.model.BadgeCategory;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.Role;

/**
 * A summit's badge categories, role defaults, attendees' own categories and zones, and quotas. A summit
 * with no categories stored has the standard scheme ({@link BadgeScheme#standard()}).
 */
public final class BadgeStore {

    private final DSLContext dsl;

    public BadgeStore(Database database) {
        this.dsl = database.dsl();
    }

    public BadgeScheme scheme(long summitId) {
        return dsl.transactionResult(tx -> read(tx.dsl(), summitId));
    }

    /** The summit's scheme, in the caller's transaction; null when it has none of its own (the standard one). */
    static BadgeScheme stored(DSLContext db, long summitId) {
        return db.fetchExists(BADGE_CATEGORY, BADGE_CATEGORY.SUMMIT_ID.eq(summitId)) ? read(db, summitId) : null;
    }

    static BadgeScheme read(DSLContext db, long summitId) {
        {
            List<BadgeCategory> categories = db.selectFrom(BADGE_CATEGORY).where(BADGE_CATEGORY.SUMMIT_ID.eq(summitId))
                    .orderBy(BADGE_CATEGORY.ID)
                    .fetch(r -> new BadgeCategory(r.getCode(), r.getLabelEn(), r.getLabelFr(), r.getColour(),
                            r.getAccessZone()));
            BadgeScheme standard = BadgeScheme.standard();
            Map<Role, String> roles = new EnumMap<>(Role.class);
            if (categories.isEmpty()) {
                categories = standard.categories();
                roles.putAll(standard.roleDefaults());
            } else {
                db.selectFrom(BADGE_ROLE_DEFAULT).where(BADGE_ROLE_DEFAULT.SUMMIT_ID.eq(summitId))
                        .forEach(r -> roles.put(Role.valueOf(r.getRole()), r.getCategoryCode()));
            }
            Map<Long, String> own = new HashMap<>();
            Map<Long, String> zones = new HashMap<>();
            db.select(ATTENDEE_BADGE.ATTENDEE_ID, ATTENDEE_BADGE.CATEGORY_CODE, ATTENDEE_BADGE.ACCESS_ZONE)
                    .from(ATTENDEE_BADGE).join(ATTENDEE).on(ATTENDEE.ID.eq(ATTENDEE_BADGE.ATTENDEE_ID))
                    .where(ATTENDEE.SUMMIT_ID.eq(summitId))
                    .forEach(r -> {
                        if (r.value2() != null) {
                            own.put(r.value1(), r.value2());
                        }
                        if (r.value3() != null) {
                            zones.put(r.value1(), r.value3());
                        }
                    });
            Map<String, Map<String, Integer>> quotas = new LinkedHashMap<>();
            db.selectFrom(BADGE_QUOTA).where(BADGE_QUOTA.SUMMIT_ID.eq(summitId))
                    .orderBy(BADGE_QUOTA.NATION_CODE, BADGE_QUOTA.CATEGORY_CODE)
                    .forEach(r -> quotas.computeIfAbsent(r.getNationCode(), k -> new LinkedHashMap<>())
                            .put(r.getCategoryCode(), r.getQuota()));
            return new BadgeScheme(categories, roles, own, zones, quotas);
        }
    }

    /** Replaces the summit's whole scheme in one transaction. */
    public void write(long summitId, BadgeScheme scheme) {
        dsl.transaction(tx -> write(tx.dsl(), summitId, scheme));
    }

    /** Replaces the summit's whole scheme in the caller's transaction. */
    static void write(DSLContext db, long summitId, BadgeScheme scheme) {
        {
            db.deleteFrom(BADGE_CATEGORY).where(BADGE_CATEGORY.SUMMIT_ID.eq(summitId)).execute();
            db.deleteFrom(BADGE_ROLE_DEFAULT).where(BADGE_ROLE_DEFAULT.SUMMIT_ID.eq(summitId)).execute();
            db.deleteFrom(BADGE_QUOTA).where(BADGE_QUOTA.SUMMIT_ID.eq(summitId)).execute();
            db.deleteFrom(ATTENDEE_BADGE).where(ATTENDEE_BADGE.ATTENDEE_ID.in(
                    db.select(ATTENDEE.ID).from(ATTENDEE).where(ATTENDEE.SUMMIT_ID.eq(summitId)))).execute();
            for (BadgeCategory c : scheme.categories()) {
                db.insertInto(BADGE_CATEGORY).set(BADGE_CATEGORY.SUMMIT_ID, summitId).set(BADGE_CATEGORY.CODE, c.code())
                        .set(BADGE_CATEGORY.LABEL_EN, c.labelEn()).set(BADGE_CATEGORY.LABEL_FR, c.labelFr())
                        .set(BADGE_CATEGORY.COLOUR, c.colour()).set(BADGE_CATEGORY.ACCESS_ZONE, c.accessZone()).execute();
            }
            for (Map.Entry<Role, String> e : scheme.roleDefaults().entrySet()) {
                db.insertInto(BADGE_ROLE_DEFAULT).set(BADGE_ROLE_DEFAULT.SUMMIT_ID, summitId)
                        .set(BADGE_ROLE_DEFAULT.ROLE, e.getKey().name())
                        .set(BADGE_ROLE_DEFAULT.CATEGORY_CODE, e.getValue()).execute();
            }
            java.util.Set<Long> people = new java.util.TreeSet<>(scheme.attendeeCategories().keySet());
            people.addAll(scheme.attendeeZones().keySet());
            for (Long id : people) {
                db.insertInto(ATTENDEE_BADGE).set(ATTENDEE_BADGE.ATTENDEE_ID, id)
                        .set(ATTENDEE_BADGE.CATEGORY_CODE, scheme.attendeeCategories().get(id))
                        .set(ATTENDEE_BADGE.ACCESS_ZONE, scheme.attendeeZones().get(id)).execute();
            }
            scheme.quotas().forEach((nation, byCategory) -> byCategory.forEach((category, quota) ->
                    db.insertInto(BADGE_QUOTA).set(BADGE_QUOTA.SUMMIT_ID, summitId).set(BADGE_QUOTA.NATION_CODE, nation)
                            .set(BADGE_QUOTA.CATEGORY_CODE, category).set(BADGE_QUOTA.QUOTA, quota).execute()));
        }
    }
}
