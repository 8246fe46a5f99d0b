package org.summitplanner.importing;

import java.util.EnumMap;
import java.util.Map;

/**
 * What planning a file found: its mapping, how many rows got each outcome, and a digest of every
 * row's outcome, so that a second reading of the same file can prove it plans the same.
 */
public record PlanSummary(ColumnMapping mapping, Map<Outcome, Integer> totals, long digest) {

    public PlanSummary {
        Map<Outcome, Integer> all = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            all.put(o, totals.getOrDefault(o, 0));
        }
        totals = Map.copyOf(all);
    }

    public int total(Outcome outcome) {
        return totals.get(outcome);
    }

    public int rows() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many rows the commit writes. */
    public int writes() {
        return total(Outcome.NEW) + total(Outcome.UPDATE);
    }

    /**
     * "12 new, 3 update, 1 unchanged, 0 duplicate, 2 error", as scripts read it; ", 1 not a person"
     * follows only when a row is one, so that the line stays the same for every other file.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Outcome o : Outcome.values()) {
            if (o == Outcome.NOT_A_PERSON) {
                if (total(o) > 0) {
                    sb.append(", ").append(total(o)).append(" not a person");
                }
                continue;
            }
            sb.append(sb.length() > 0 ? ", " : "").append(total(o)).append(' ')
                    .append(o.name().toLowerCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }
}
