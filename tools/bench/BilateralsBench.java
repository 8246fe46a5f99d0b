import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.summitplanner.model.BilateralRequest;
import org.summitplanner.model.BilateralStatus;
import org.summitplanner.model.Participation;
import org.summitplanner.model.SummitContent;
import org.summitplanner.schedule.bilaterals.BilateralSolver;
import org.summitplanner.schedule.bilaterals.Proposal;
import org.summitplanner.service.ScaleSummit;
import org.summitplanner.store.Database;
import org.summitplanner.store.SummitStore;

/**
 * The solver at UN scale (issue 13, Speed): the synthetic UN week (service.ScaleSummit: 193 delegations,
 * 5,000 attendees, 40 rooms, 2,000 agenda items) with REQUESTS bilateral requests drawn with a fixed seed
 * between nations of every standing, 20 to 60 minutes, priorities 1 to 5, a quarter asking for an
 * interpreter. Prints the time to the proposal, the share placed, the score and the hard breaks.
 * Run by tools/bench/bilaterals-bench.sh.
 */
public class BilateralsBench {

    public static void main(String[] args) {
        int requests = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        SummitContent un;
        try (Database db = Database.openInMemory("bench")) {
            un = new ScaleSummit(new SummitStore(db).nations()).generate();
        }
        List<String> codes = un.participations().stream().map(Participation::nation).toList();
        Random random = new Random(20_251_206L);
        int[] minutes = {20, 30, 30, 45, 60};
        String[] languages = {"en", "fr", "es", "ar"};
        List<BilateralRequest> list = new ArrayList<>();
        while (list.size() < requests) {
            String a = codes.get(random.nextInt(codes.size()));
            String b = codes.get(random.nextInt(codes.size()));
            if (a.equals(b)) {
                continue;
            }
            List<String> language = random.nextInt(4) == 0 ? List.of(languages[random.nextInt(languages.length)]) : List.of();
            list.add(new BilateralRequest(list.size() + 1L, a, b, minutes[random.nextInt(minutes.length)],
                    1 + random.nextInt(5), language, BilateralStatus.REQUESTED, null, null, 0));
        }
        SummitContent content = new SummitContent(un.summit(), un.participations(), un.rooms(), un.attendees(),
                un.agenda(), list);
        long start = System.nanoTime();
        long[] firstFeasible = {-1};
        Proposal p = new BilateralSolver().propose(content,
                BilateralSolver.Settings.defaults().withLimit(Duration.ofSeconds(seconds)), (f, placed, total) -> { });
        double s = (System.nanoTime() - start) / 1e9;
        long notTakingPart = p.unplaced().stream().filter(u -> u.reason().name().equals("NATION_NOT_TAKING_PART")).count();
        System.out.printf("requests %d, placed %d (%.1f %%; %.1f %% of the %d between nations taking part), hard breaks %d%n",
                p.requests(), p.meetings().size(), 100.0 * p.sharePlaced(),
                100.0 * p.meetings().size() / (p.requests() - notTakingPart), p.requests() - notTakingPart, p.hardBroken());
        System.out.printf("score %s, proposal in %.2f s (limit %d s)%n", p.score(), s, seconds);
        java.util.Map<String, Long> reasons = new java.util.TreeMap<>();
        p.unplaced().forEach(u -> reasons.merge(u.reason().name(), 1L, Long::sum));
        System.out.println("not placed: " + reasons);
    }
}
