package org.summitplanner.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.summitplanner.model.Attendee;
import org.summitplanner.model.DelegationRule;
import org.summitplanner.model.DelegationSummary;
import org.summitplanner.model.Nation;
import org.summitplanner.model.Precedence;
import org.summitplanner.model.PrecedenceOrder;
import org.summitplanner.model.Summit;
import org.summitplanner.store.AttendeeStore;
import org.summitplanner.store.PrecedenceStore;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.store.SummitStore;

/**
 * A summit's order of precedence: its rule (stored, or the default for its host), the delegations
 * and their people in that order, the draw of a lot and the places set by hand. Blocking: callers run
 * it off the FX thread.
 *
 * <p>The delegations are those the delegations screen lists: every nation with a standing for the
 * summit and every nation with people in it, whatever its status (callers that seat or print only
 * some of them filter).
 */
public final class PrecedenceService {

    private final PrecedenceStore store;
    private final SummitStore summits;
    private final AttendeeStore attendees;
    private final SummitService nations;

    public PrecedenceService(PrecedenceStore store, SummitStore summits, AttendeeStore attendees,
                             SummitService nations) {
        this.store = store;
        this.summits = summits;
        this.attendees = attendees;
        this.nations = nations;
    }

    /** The summit's order: the stored one, or the default for its host (version 0) when none is stored. */
    public Precedence precedence(long summitId) {
        return store.read(summitId).orElseGet(() -> Precedence.defaultFor(summit(summitId).hostNation()));
    }

    /**
     * Stores the summit's order ({@code p.version()} 0 for the first time).
     *
     * @throws StaleDataException if someone else stored another order meanwhile
     */
    public Precedence save(long summitId, Precedence p) {
        return store.save(summitId, p);
    }

    /** Stores {@code p} over whatever is stored now (the user chose to overwrite a change made elsewhere). */
    public Precedence overwrite(long summitId, Precedence p) {
        Optional<Precedence> now = store.read(summitId);
        return store.save(summitId, p.withVersion(now.map(Precedence::version).orElse(0)));
    }

    /**
     * Forgets the summit's stored order: the default applies again (undo of the first save).
     *
     * @throws StaleDataException if the stored order changed since {@code stored} was read
     */
    public void reset(long summitId, Precedence stored) {
        store.delete(summitId, stored.version());
    }

    /** Nation codes of the summit's delegations in precedence order. */
    public List<String> delegationOrder(long summitId) {
        return delegationOrder(precedence(summitId), delegationCodes(summitId));
    }

    /** The given nations in the order {@code p} gives them (for callers that hold the summit in memory). */
    public List<String> delegationOrder(Precedence p, Collection<String> codes) {
        Map<String, Nation> known = new HashMap<>();
        nations.nations().forEach(n -> known.put(n.code(), n));
        List<Nation> present = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            Nation n = known.get(code);
            if (n != null) {
                present.add(n);
            } else {
                unknown.add(code);
            }
        }
        List<String> order = new ArrayList<>(PrecedenceOrder.delegations(present, known.values(), p));
        // the store's foreign keys keep codes known; should one not be, it goes last rather than lost
        unknown.stream().distinct().sorted().forEach(order::add);
        return order;
    }

    /** A delegation's people in order (empty when it has nobody). */
    public List<Attendee> membersInOrder(long summitId, String nationCode) {
        List<Attendee> members = attendees.attendees(summitId).stream()
                .filter(a -> a.nation().equals(nationCode)).toList();
        return PrecedenceOrder.members(members, precedence(summitId).members());
    }

    /** Everyone of the summit, delegation by delegation in precedence order, each in its order. */
    public List<Attendee> everyoneInOrder(long summitId) {
        Precedence p = precedence(summitId);
        return PrecedenceOrder.everyone(attendees.attendees(summitId), delegationOrder(p, delegationCodes(summitId)),
                p.members());
    }

    /**
     * The order with a nation drawn by lot among the summit's delegations, not yet stored: the same
     * seed over the same delegations draws the same nation.
     *
     * @throws IllegalArgumentException when the summit has no delegation to draw from
     */
    public Precedence drawLot(long summitId, long seed) {
        Precedence p = precedence(summitId);
        List<String> codes = delegationCodes(summitId);
        List<Nation> present = nations.nations().stream().filter(n -> codes.contains(n.code())).toList();
        String drawn = PrecedenceOrder.drawNation(present, p.locale(), seed);
        return p.withRule(DelegationRule.LOT).withLot(drawn, null, seed);
    }

    /**
     * Gives a delegation's people the places of the list, 1 first, in one transaction; people of
     * the delegation not in the list lose their place.
     *
     * @param inOrder the people as read, in the new order
     * @return the people as stored, in the order given
     * @throws StaleDataException if one of them changed or went since read
     */
    public List<Attendee> placeMembers(List<Attendee> inOrder) {
        List<Attendee> changed = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            Attendee a = inOrder.get(i);
            changed.add(a.withProtocol(a.protocol().withHandPosition(i + 1)));
        }
        return attendees.updateAll(changed);
    }

    /** Writes the people as given (undo of {@link #placeMembers}), in one transaction, versions checked. */
    public List<Attendee> restoreMembers(List<Attendee> people) {
        return attendees.updateAll(people);
    }

    /** The summit's delegations by nation code, as the delegations screen lists them. */
    public List<String> delegationCodes(long summitId) {
        return attendees.delegations(summitId).stream().map(DelegationSummary::nation).toList();
    }

    private Summit summit(long summitId) {
        return summits.summit(summitId).orElseThrow(() -> new StaleDataException("summit", summitId, true));
    }
}
