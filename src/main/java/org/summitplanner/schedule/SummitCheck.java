package org.summitplanner.schedule;

import java.util.ArrayList;
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
        // by a number made from each acknowledgement's subject, once: a finding's subject and fingerprint are
        // written as text (and its facts hashed) only when an acknowledgement is about its subject
        Map<Long, List<Acknowledgement>> bySubject = new HashMap<>();
        for (Acknowledgement a : acknowledgements) {
            bySubject.computeIfAbsent(Finding.subjectKey(a.subject()), k -> new ArrayList<>()).add(a);
        }
        List<CheckedFinding> checked = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            List<Acknowledgement> candidates = bySubject.isEmpty() ? null : bySubject.get(f.subjectKey());
            Acknowledgement holding = null;
            if (candidates != null) {
                String rule = f.rule().name();
                // later ones win: the store lists them oldest first
                for (Acknowledgement a : candidates) {
                    if (a.rule().equals(rule) && a.subject().equals(f.subject())
                            && a.fingerprint().equals(f.fingerprint())) {
                        holding = a;
                    }
                }
            }
            checked.add(new CheckedFinding(f, holding));
        }
        return new SummitCheck(content, checked);
    }

    /** How many findings of the severity nobody acknowledged. */
    public int open(Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity && !f.acknowledged()).count();
    }

    public int acknowledged() {
        return (int) findings.stream().filter(CheckedFinding::acknowledged).count();
    }
}
