package na64.sim.hadron;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import na64.core.InputException;

/**
 * Biasing of punch-through: when the event's first hadronic interaction happens inside the region
 * [zMin, zMax], it always emits its leading neutral hadron (n; K0L for kaons), which then leaves
 * the setup without interacting. The event stands for the natural events in which both happen,
 * with the weight
 * <pre>
 *   w = P(leading neutral) x exp(-Lambda),   Lambda = sum over the volumes crossed of length / lambda_I,
 * </pre>
 * the probability that the interaction emits it times that of crossing the rest of the setup
 * along its straight line without a nuclear interaction. The rest of the event is simulated as
 * usual. An event without such an escape (no hadronic interaction, the first one outside the
 * region or too soft to emit a leading hadron) has weight 0: a forced sample measures exactly the
 * punch-through part of a source, the natural sample the rest. The region keeps the weights of
 * similar size: a leading neutral from deep in the setup escapes far more easily and would
 * dominate the sample with a few large weights.
 *
 * @param zMin start of the interaction region [cm] (null: unbounded)
 * @param zMax end of the interaction region [cm] (null: unbounded)
 */
public record ForcedPunchThrough(Double zMin, Double zMax) implements java.io.Serializable {

    /** The first interaction anywhere. */
    public static final ForcedPunchThrough EVERYWHERE = new ForcedPunchThrough(null, null);

    public ForcedPunchThrough {
        if (zMin != null && zMax != null && !(zMax > zMin)) {
            throw new InputException("force-punch-through", String.format(Locale.ROOT,
                    "force-punch-through: the interaction region must have zMin < zMax, got [%s, %s] cm", zMin, zMax));
        }
    }

    /** True if an interaction at z is forced. */
    boolean contains(double z) {
        return (zMin == null || z >= zMin) && (zMax == null || z <= zMax);
    }

    /** Key-value pairs for file metadata, in a fixed order. */
    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("force_punch_through_z_min_cm", zMin == null ? "" : Double.toString(zMin));
        m.put("force_punch_through_z_max_cm", zMax == null ? "" : Double.toString(zMax));
        return m;
    }

    /** The region in words ("z = 2650-2710 cm"), for sample descriptions and reports. */
    public String describeRegion() {
        if (zMin == null && zMax == null) {
            return "the whole setup";
        }
        return String.format(Locale.ROOT, "z = %s-%s cm", zMin == null ? "" : String.format(Locale.ROOT, "%.0f", zMin),
                zMax == null ? "" : String.format(Locale.ROOT, "%.0f", zMax));
    }

    /** The per-thread state of one event (reset by {@link #startEvent}). */
    public static final class Event {
        private final ForcedPunchThrough region;
        private boolean done;
        private double weight;

        public Event(ForcedPunchThrough region) {
            this.region = region;
        }

        /** A new event: its first hadronic interaction is still to come. */
        public void startEvent() {
            done = false;
            weight = 0;
        }

        /** True until the event's first hadronic interaction. */
        boolean pending() {
            return !done;
        }

        ForcedPunchThrough region() {
            return region;
        }

        /** The first interaction emitted a leading neutral that escapes with probability {@code probability}. */
        void escaped(double probability) {
            done = true;
            weight = probability;
        }

        /** The first interaction was not forced (outside the region, or too soft). */
        void notForced() {
            done = true;
            weight = 0;
        }

        /** The factor of the event weight: the escape probability, 0 if there was none. */
        public double weight() {
            return weight;
        }
    }
}
