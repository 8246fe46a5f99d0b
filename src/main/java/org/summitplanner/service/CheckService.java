package org.summitplanner.service;

import java.time.Clock;
import org.summitplanner.model.Acknowledgement;
import org.summitplanner.schedule.Finding;
import org.summitplanner.schedule.SummitCheck;
import org.summitplanner.store.AcknowledgementStore;
import org.summitplanner.store.SummitStore;

/** Checking a stored summit, and acknowledging its findings. Blocking: callers run it off the FX thread. */
public final class CheckService {

    private final SummitStore summits;
    private final AcknowledgementStore acknowledgements;
    private final Clock clock;

    public CheckService(SummitStore summits, AcknowledgementStore acknowledgements, Clock clock) {
        this.summits = summits;
        this.acknowledgements = acknowledgements;
        this.clock = clock;
    }

    /** Reads the summit and checks it with its own transfer time. */
    public SummitCheck check(long summitId) {
        return SummitCheck.of(summits.read(summitId), acknowledgements.acknowledgements(summitId));
    }

    /** Acknowledges a finding as it is now: it lapses when its facts change. */
    public Acknowledgement acknowledge(long summitId, Finding finding, String reason) {
        return acknowledgements.insert(summitId, new Acknowledgement(0, finding.rule().name(), finding.subject(),
                finding.fingerprint(), reason, clock.instant()));
    }

    public void withdraw(Acknowledgement acknowledgement) {
        acknowledgements.delete(acknowledgement.id());
    }
}
