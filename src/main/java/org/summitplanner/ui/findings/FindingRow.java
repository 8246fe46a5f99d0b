package org.summitplanner.ui.findings;

import java.time.LocalDate;
import java.util.List;
import org.summitplanner.schedule.CheckedFinding;
import org.summitplanner.schedule.Finding;

/**
 * A finding as the screen lists it: its words in the screen's language and what it involves, by name.
 *
 * @param day the summit day of its first item, or null when it involves no item
 * @param targets where the user can go to fix it, the most useful first
 */
public record FindingRow(CheckedFinding checked, String severity, String rule, String message, String involves,
                         LocalDate day, List<Target> targets) {

    public Finding finding() {
        return checked.finding();
    }

    public boolean acknowledged() {
        return checked.acknowledged();
    }

    /** The acknowledgement's reason, or "". */
    public String reason() {
        return checked.acknowledged() ? checked.acknowledgement().reason() : "";
    }

    /**
     * Something a finding involves, in the screen that edits it.
     *
     * @param screen the navigation id of that screen
     * @param what the id (Long) or nation code (String) the screen reveals
     * @param label "Agenda: “Opening plenary”"
     */
    public record Target(String screen, Object what, String label) {
    }
}
