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
        // by the fingerprint's numbers, read once from each acknowledgement's text: a finding's subject and
        // fingerprint are written as text only when an acknowledgement has its fingerprint
        Map<Long, List<Acknowledgement>> byNumbers = new HashMap<>();
        Map<String, List<Acknowledgement>> byText = new HashMap<>();
        for (Acknowledgement a : acknowledgements) {
            long[] digest = Finding.parseFingerprint(a.fingerprint());
            (digest == null ? byText.computeIfAbsent(a.fingerprint(), k -> new ArrayList<>())
                    : byNumbers.computeIfAbsent(digest[0] ^ digest[1], k -> new ArrayList<>())).add(a);
        }
        List<CheckedFinding> checked = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            List<Acknowledgement> candidates = f.hashed() ? byNumbers.get(f.fingerprintHigh() ^ f.fingerprintLow())
                    : byText.get(f.fingerprint());
            Acknowledgement holding = null;
            if (candidates != null) {
                String rule = f.rule().name();
                // later ones win: the store lists them oldest first
                for (Acknowledgement a : candidates) {
                    if (a.rule().equals(rule) && a.fingerprint().equals(f.fingerprint())
                            && a.subject().equals(f.subject())) {
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
