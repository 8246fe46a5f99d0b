package org.summitplanner.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.summitplanner.model.AgendaItem;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.Nation;
import org.summitplanner.model.SummitContent;
import org.summitplanner.schedule.bilaterals.BilateralSolver;
import org.summitplanner.schedule.bilaterals.Proposal;
import org.summitplanner.schedule.bilaterals.ProposedMeeting;
import org.summitplanner.store.BilateralStore;
import org.summitplanner.errors.StaleDataException;
import org.summitplanner.store.SummitStore;

/**
 * What the bilaterals screen and command do: list, add, change and delete requests; propose times and
 * rooms for the open ones; accept all or some of a proposal as agenda items in one transaction, and
 * undo that. Blocking: callers run it off the FX thread.
 */
public final class BilateralService {

    private final BilateralStore store;
    private final SummitStore summits;
    private final SummitMemory memory;

    public BilateralService(BilateralStore store, SummitStore summits, SummitMemory memory) {
        this.store = store;
        this.summits = summits;
        this.memory = memory;
    }

    public List<BilateralRequest> requests(long summitId) {
        return store.requests(summitId);
    }

    public BilateralRequest add(long summitId, BilateralRequest request) {
        return store.insert(summitId, request);
    }

    /** @throws StaleDataException if someone else changed or deleted the request since it was read */
    public BilateralRequest update(BilateralRequest request) {
        return store.update(request);
    }

    /** Saves {@code request} over whatever is stored now (the user chose to overwrite a change made elsewhere). */
    public BilateralRequest overwrite(long summitId, BilateralRequest request) {
        return store.current(request.id())
                .map(now -> store.update(request.withVersion(now.version())))
                .orElseGet(() -> store.insert(summitId, request));
    }

    public BilateralRequest reload(BilateralRequest request) {
        return store.current(request.id())
                .orElseThrow(() -> new StaleDataException("bilateral_request", request.id(), true));
    }

    /** @throws StaleDataException if someone else changed or deleted the request since it was read */
    public void delete(BilateralRequest request) {
        store.delete(request);
    }

    /** Puts a deleted request back under its id. */
    public BilateralRequest restore(long summitId, BilateralRequest request) {
        return store.insert(summitId, request);
    }

    /** The summit as the checks see it now, with its requests: what a proposal is made from. */
    public SummitContent content(long summitId) {
        SummitContent c = memory != null ? memory.content(summitId) : summits.read(summitId);
        return new SummitContent(c.summit(), c.participations(), c.rooms(), c.attendees(), c.agenda(),
                store.requests(summitId));
    }

    /**
     * Proposes times and rooms for the summit's open requests; writes nothing.
     *
     * @param solver the solver to run (the caller keeps it to cancel)
     */
    public Proposal propose(long summitId, BilateralSolver solver, BilateralSolver.Settings settings,
                            BilateralSolver.Progress progress) {
        return solver.propose(content(summitId), settings, progress);
    }

    /** What an acceptance wrote, enough to take it back: the stored items and requests, and the requests before. */
    public record Accepted(long summitId, List<BilateralStore.Placement> placements, List<BilateralRequest> before,
                           List<ProposedMeeting> meetings) {

        public Accepted {
            placements = List.copyOf(placements);
            before = List.copyOf(before);
            meetings = List.copyOf(meetings);
        }

        public List<AgendaItem> items() {
            return placements.stream().map(BilateralStore.Placement::item).toList();
        }
    }

    /**
     * Puts proposed meetings on the agenda, all in one transaction: a bilateral item for each (titled
     * with the two nations' names in English and French, the heads and free interpreters named), and
     * the requests marked placed.
     *
     * @throws StaleDataException if a request changed since it was proposed (nothing is written then)
     */
    public Accepted accept(long summitId, List<ProposedMeeting> meetings) {
        Map<String, Nation> nations = summits.nations().stream()
                .collect(Collectors.toMap(Nation::code, n -> n, (a, b) -> a));
        List<BilateralStore.Placement> placements = new ArrayList<>();
        List<BilateralRequest> before = new ArrayList<>();
        for (ProposedMeeting m : meetings) {
            BilateralRequest r = m.request();
            String en = title(nations, r, Locale.ENGLISH);
            String fr = title(nations, r, Locale.FRENCH);
            String description = r.languages().isEmpty() ? null
                    : "Interpreters: " + String.join(", ", r.languages())
                    + (m.missingLanguages().isEmpty() ? "" : " (none free for " + String.join(", ", m.missingLanguages()) + ")");
            // a French agenda printed "Interpreters: de, uk" under « Entretien bilatéral … »
            String descriptionFr = r.languages().isEmpty() ? null
                    : "Interprètes : " + String.join(", ", r.languages())
                    + (m.missingLanguages().isEmpty() ? "" : " (aucun de libre pour " + String.join(", ", m.missingLanguages()) + ")");
            placements.add(new BilateralStore.Placement(r, m.agendaItem(0, en, fr, description, descriptionFr)));
            before.add(r);
        }
        List<BilateralStore.Placement> stored = store.accept(summitId, placements);
        return new Accepted(summitId, stored, before, meetings);
    }

    /**
     * Takes an acceptance back in one transaction: its agenda items deleted, its requests as they were.
     *
     * @throws StaleDataException if one of its items or requests changed since
     */
    public void unaccept(Accepted accepted) {
        store.unaccept(accepted.placements(), accepted.before());
    }

    /** Accepts the same meetings again (redo), with the requests as they are now. */
    public Accepted reaccept(Accepted undone) {
        Map<Long, BilateralRequest> now = new HashMap<>();
        store.requests(undone.summitId()).forEach(r -> now.put(r.id(), r));
        List<ProposedMeeting> meetings = undone.meetings().stream().map(m -> {
            BilateralRequest r = now.get(m.request().id());
            if (r == null) {
                throw new StaleDataException("bilateral_request", m.request().id(), true);
            }
            return new ProposedMeeting(r, m.time(), m.room(), m.attendeeIds(), m.interpreterIds(),
                    m.missingLanguages(), m.closed());
        }).toList();
        return accept(undone.summitId(), meetings);
    }

    private static String title(Map<String, Nation> nations, BilateralRequest r, Locale locale) {
        String label = Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? "Entretien bilatéral " : "Bilateral ";
        return label + name(nations, r.nation(), locale) + " – " + name(nations, r.withNation(), locale);
    }

    private static String name(Map<String, Nation> nations, String code, Locale locale) {
        Nation n = nations.get(code);
        return n == null ? code : n.name(locale);
    }
}
