package org.summitplanner.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.summitplanner.model.Acknowledgement;
import org.summitplanner.model.SummitContent;
import org.summitplanner.schedule.BadgeQuotas;
import org.summitplanner.schedule.Finding;
import org.summitplanner.schedule.ScheduleChecks;
import org.summitplanner.schedule.SummitCheck;
import org.summitplanner.store.AcknowledgementStore;
import org.summitplanner.store.BadgeStore;

/** Checking a stored summit, and acknowledging its findings. Blocking: callers run it off the FX thread. */
public final class CheckService {

    private final SummitMemory memory;
    private final AcknowledgementStore acknowledgements;
    private final Clock clock;
    private final BadgeStore badges;

    public CheckService(SummitMemory memory, AcknowledgementStore acknowledgements, Clock clock, BadgeStore badges) {
        this.memory = memory;
        this.acknowledgements = acknowledgements;
        this.clock = clock;
        this.badges = badges;
    }

    /**
     * The summit as stored now, checked with its own transfer time. The summit is kept in memory between
     * calls: a later call reads only the rows changed since and re-checks only what they touch.
     */
    public SummitCheck check(long summitId) {
        SummitMemory.Snapshot now = memory.current(summitId);
        // the badge quotas come from the badge scheme, beside the content: checked in full, linear in the attendees
        List<Finding> quotas = BadgeQuotas.check(now.content(), badges.scheme(summitId));
        List<Finding> findings = now.findings();
        if (!quotas.isEmpty()) {
            findings = new ArrayList<>(findings);
            findings.addAll(quotas);
            findings.sort(Finding.ORDER);
        }
        return SummitCheck.of(now.content(), findings, acknowledgements.acknowledgements(summitId));
    }

    /**
     * The summit as stored now, read and checked whole, nothing kept in memory: for one check (the
     * {@code check} command), where keeping the summit for later checks would only cost.
     */
    public SummitCheck checkOnce(long summitId) {
        SummitContent content = memory.readOnce(summitId);
        List<Finding> findings = new ArrayList<>(new ScheduleChecks().check(content, content.summit().transferTime()));
        // the badge quotas come from the badge scheme beside the content (as in check)
        findings.addAll(BadgeQuotas.check(content, badges.scheme(summitId)));
        findings.sort(Finding.ORDER);
        return SummitCheck.of(content, findings, acknowledgements.acknowledgements(summitId));
    }

    /** The open summit kept in memory; tell it what changed elsewhere, or let the next check find out. */
    public SummitMemory memory() {
        return memory;
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
