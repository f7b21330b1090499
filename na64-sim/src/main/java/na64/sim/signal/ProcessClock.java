package na64.sim.signal;

import java.util.random.RandomGenerator;

/**
 * The exponential clock of one rare-process channel, counted in biased optical depth: it rings
 * when the depth crossed reaches an exponential variate drawn at the start of the event. The depth
 * also enters the channel's {@link BiasGroup}, which makes the event weight from it. One instance
 * per channel and thread (in the cascade's channels and for the upstream interactions of the beam
 * line, {@link na64.sim.spectrometer.UpstreamInteractions}).
 */
public final class ProcessClock {
    private final BiasGroup group;
    private double threshold;
    private double lambda;

    public ProcessClock(BiasGroup group) {
        this.group = group;
    }

    public void start(RandomGenerator rng) {
        threshold = -Math.log(1 - rng.nextDouble());
        lambda = 0;
    }

    /** The biased depth left before the clock rings. */
    public double remaining() {
        return threshold - lambda;
    }

    /** Counts biased depth crossed (nothing once the group's process has happened in this event). */
    public void add(double biasedDepth) {
        if (group.occurred()) {
            return;
        }
        lambda += biasedDepth;
        group.add(biasedDepth);
    }

    /**
     * Adds the (unbiased) expected number of occurrences {@code mu} of a parameterised shower, which
     * the explicit transport does not follow, at the group's bias; true if the clock rang.
     */
    boolean addExpected(double mu) {
        if (!(mu > 0) || group.occurred()) {
            return false;
        }
        add(group.bias() * mu);
        return lambda >= threshold;
    }
}
