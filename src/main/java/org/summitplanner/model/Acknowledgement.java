package org.summitplanner.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A planner's word that a finding of the scheduling checks is known and accepted. It holds for the
 * finding with this rule and subject only while the facts behind it have this fingerprint.
 *
 * @param rule the rule's name (schedule.Rule), kept as text so that the model knows nothing of the checks
 * @param subject what the finding is about ("attendee:5 item:3 item:9")
 */
public record Acknowledgement(long id, String rule, String subject, String fingerprint, String reason,
                              Instant acknowledgedAt) {

    public Acknowledgement {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        reason = Nfc.of(reason);
    }
}
