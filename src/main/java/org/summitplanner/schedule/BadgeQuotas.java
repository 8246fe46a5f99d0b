package org.summitplanner.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.BadgeCategory;
import org.summitplanner.model.BadgeScheme;
import org.summitplanner.model.SummitContent;

/**
 * The badge quota check: a delegation with more badges of a category than its quota allows. Pure; it
 * reads the badge scheme beside the summit, so it runs beside the schedule checks (CheckService adds its
 * findings), not inside them. Linear in the attendees.
 */
public final class BadgeQuotas {

    private BadgeQuotas() {
    }

    /** The findings, in the checks' order (rule, then subject). */
    public static List<Finding> check(SummitContent content, BadgeScheme scheme) {
        List<Finding> out = new ArrayList<>();
        if (scheme.quotas().isEmpty()) {
            return out;
        }
        for (Map.Entry<String, Map<String, Integer>> nation : scheme.quotas().entrySet()) {
            for (Map.Entry<String, Integer> quota : nation.getValue().entrySet()) {
                BadgeCategory category = scheme.category(quota.getKey());
                if (!category.code().equals(quota.getKey())) {
                    continue;   // a quota of a category the summit no longer has limits nothing
                }
                List<Long> holders = new ArrayList<>();
                for (Attendee a : content.attendees()) {
                    if (a.nation().equals(nation.getKey()) && scheme.categoryOf(a).code().equals(category.code())) {
                        holders.add(a.id());
                    }
                }
                if (holders.size() > quota.getValue()) {
                    holders.sort(null);
                    out.add(new Finding(Rule.BADGE_QUOTA_EXCEEDED,
                            "nation:" + nation.getKey() + " badge:" + category.code(), List.of(nation.getKey()),
                            holders, List.of(), List.of(),
                            List.of(nation.getKey(), category.labelEn(),
                                    category.labelFr() == null ? category.labelEn() : category.labelFr(),
                                    holders.size(), quota.getValue()),
                            SummitFacts.fingerprint("Q", quota.getValue(), holders.toString())));
                }
            }
        }
        out.sort(Finding.ORDER);
        return out;
    }
}
