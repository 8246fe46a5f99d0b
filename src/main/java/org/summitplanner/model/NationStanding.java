package org.summitplanner.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A nation's standing for one summit as the nations screen lists it: the participation row if
 * there is one (a nation without one is not invited), and its delegation.
 *
 * @param participation null when the summit holds no row for the nation
 * @param delegationSize how many attendees of the nation the summit holds
 * @param headName display name of the head of delegation, null when there is none
 */
public record NationStanding(Nation nation, Participation participation, int delegationSize, String headName) {

    public NationStanding {
        Objects.requireNonNull(nation, "nation");
        if (participation != null && !participation.nation().equals(nation.code())) {
            throw new IllegalArgumentException("participation of " + participation.nation() + " given for "
                    + nation.code());
        }
        headName = Nfc.of(headName);
    }

    public String code() {
        return nation.code();
    }

    public ParticipationStatus status() {
        return participation == null ? ParticipationStatus.NOT_INVITED : participation.status();
    }

    public LocalDate invitedOn() {
        return participation == null ? null : participation.invitedOn();
    }

    public LocalDate respondedOn() {
        return participation == null ? null : participation.respondedOn();
    }

    public String notes() {
        return participation == null ? null : participation.notes();
    }

    public NationStanding withParticipation(Participation now) {
        return new NationStanding(nation, now, delegationSize, headName);
    }

    /**
     * The participation this nation should have after moving to {@code status} on {@code today}, as a
     * protocol office records it: an invitation gets today's date unless it has one; a reply
     * (confirmed, declined, observer) gets today's date unless it has one, and never a date before
     * the invitation; "invited" means no reply yet, so a reply date goes; "not invited" has no dates.
     * Notes stay. Returns null when the nation has no row and is to stay not invited (nothing to store).
     */
    public Participation movedTo(ParticipationStatus status, LocalDate today) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(today, "today");
        Participation p = participation;
        if (p == null && status == ParticipationStatus.NOT_INVITED) {
            return null;
        }
        long id = p == null ? 0 : p.id();
        int version = p == null ? 0 : p.version();
        String notes = p == null ? null : p.notes();
        if (p != null && p.status() == status) {
            return p;
        }
        return switch (status) {
            case NOT_INVITED -> new Participation(id, code(), status, null, null, notes, version);
            case INVITED -> new Participation(id, code(), status, invitedOrToday(today), null, notes, version);
            case CONFIRMED, DECLINED, OBSERVER -> {
                LocalDate invited = invitedOrToday(today);
                LocalDate responded = respondedOn() != null ? respondedOn()
                        : today.isBefore(invited) ? invited : today;
                yield new Participation(id, code(), status, invited, responded, notes, version);
            }
        };
    }

    private LocalDate invitedOrToday(LocalDate today) {
        return invitedOn() != null ? invitedOn() : today;
    }
}
