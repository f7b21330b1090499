package na64.reco.digitize;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Where the digitisation takes the beam particles it overlays as pile-up: a pool of simulated
 * beam events (read from a simulated file, by default the input itself, or generated with the
 * simulation API). Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface PileupSource {
    /** A beam event to overlay on event {@code eventNumber} (never that event itself, if the pool holds it). */
    TrueEvent pick(RandomGenerator rng, long eventNumber);

    /**
     * A pool of up to {@code max} simulated beam events, converted to the digitiser's input without
     * their truth (pile-up particles carry no truth link of their own).
     */
    static PileupSource fromSimulated(SimEventInput input, Iterable<na64.event.SimEvent> events, int max) {
        List<TrueEvent> pool = new java.util.ArrayList<>();
        for (na64.event.SimEvent e : events) {
            if (pool.size() >= max) {
                break;
            }
            TrueEvent t = input.toTrue(e);
            pool.add(new TrueEvent(t.eventNumber(), t.deposits(), t.hits(), null, t.efficiencyApplied()));
        }
        return pool.isEmpty() ? null : pool(pool);
    }

    /** A pool of events; picks uniformly among those with another event number. */
    static PileupSource pool(List<TrueEvent> events) {
        List<TrueEvent> copy = List.copyOf(events);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("the pile-up pool is empty");
        }
        return (rng, eventNumber) -> {
            for (int attempt = 0; attempt < 100; attempt++) {
                TrueEvent e = copy.get(rng.nextInt(copy.size()));
                if (e.eventNumber() != eventNumber || copy.size() == 1) {
                    return e;
                }
            }
            return copy.get(0);
        };
    }
}
