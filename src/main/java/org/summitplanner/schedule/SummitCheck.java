package org.summitplanner.schedule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitplanner.model.Acknowledgement;
import org.summitplanner.model.SummitContent;

/**
 * The outcome of checking one summit: its findings in the checks' order, each with the acknowledgement
 * that holds for it. An acknowledgement holds only for the same rule, subject and fingerprint, so one
 * made before the facts changed matches nothing and has lapsed.
 */
public record SummitCheck(SummitContent content, List<CheckedFinding> findings) {

    public SummitCheck {
        findings = List.copyOf(findings);
    }

    /** Checks the summit with its own transfer time and matches the acknowledgements to the findings. */
    public static SummitCheck of(SummitContent content, List<Acknowledgement> acknowledgements) {
        return of(content, new ScheduleChecks().check(content, content.summit().transferTime()), acknowledgements);
    }

    public static SummitCheck of(SummitContent content, List<Finding> findings, List<Acknowledgement> acknowledgements) {
        Map<String, Acknowledgement> byFacts = new HashMap<>();
        // later ones win: the store lists them oldest first
        acknowledgements.forEach(a -> byFacts.put(key(a.rule(), a.subject(), a.fingerprint()), a));
        return new SummitCheck(content, findings.stream()
                .map(f -> new CheckedFinding(f, byFacts.get(key(f.rule().name(), f.subject(), f.fingerprint()))))
                .toList());
    }

    private static String key(String rule, String subject, String fingerprint) {
        return rule + '\n' + subject + '\n' + fingerprint;
    }

    /** How many findings of the severity nobody acknowledged. */
    public int open(Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity && !f.acknowledged()).count();
    }

    public int acknowledged() {
        return (int) findings.stream().filter(CheckedFinding::acknowledged).count();
    }
}
