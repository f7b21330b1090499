package na64.sim.signal;

/**
 * Processes that bias together and may happen at most once per event (the dark-sector signal:
 * bremsstrahlung and resonant annihilation; or gamma -> mu+ mu-; or photonuclear interactions).
 * Their cross sections are multiplied by the bias B; each channel of the group has its own
 * exponential clock, and the group records the summed biased optical depth Lambda_b that the
 * event's particles have crossed. The event weight that undoes the biasing exactly (importance
 * sampling: true over biased probability density of what happened) is
 * <pre>
 *   with an occurrence at optical depth Lambda_b:  w = exp[(1 - 1/B) Lambda_b] / B
 *   without:                                       w = exp[(1 - 1/B) Lambda_b,total]
 * </pre>
 * (true density sigma e^(-Lambda), biased B sigma e^(-B Lambda), Lambda = Lambda_b/B). For
 * Lambda_b of a few per cent this is DMG4's convention w = 1/B for the events with an occurrence and
 * 1 for the others to within Lambda_b; the exact form stays unbiased when B is chosen so large that
 * most events have an occurrence (which makes yields precise with few events). One instance per
 * thread.
 */
public final class BiasGroup {
    private final String name;
    private final double bias;
    private double lambda;
    private boolean occurred;
    private double lambdaAtOccurrence;

    public BiasGroup(String name, double bias) {
        if (!(bias > 0) || !Double.isFinite(bias)) {
            throw new IllegalArgumentException("bias of " + name + " must be > 0: " + bias);
        }
        this.name = name;
        this.bias = bias;
    }

    public String name() {
        return name;
    }

    public double bias() {
        return bias;
    }

    public void reset() {
        lambda = 0;
        occurred = false;
        lambdaAtOccurrence = 0;
    }

    /** Whether the group's process already happened in this event (then it is switched off). */
    public boolean occurred() {
        return occurred;
    }

    /** Adds biased optical depth crossed by a particle. */
    void add(double biasedDepth) {
        if (!occurred) {
            lambda += biasedDepth;
        }
    }

    /** Marks the occurrence (at the optical depth accumulated so far). */
    public void occur() {
        occurred = true;
        lambdaAtOccurrence = lambda;
    }

    /** Biased optical depth crossed in this event (up to the occurrence, if any). */
    public double biasedDepth() {
        return occurred ? lambdaAtOccurrence : lambda;
    }

    /** The weight of this event for this group (see the class comment). */
    public double weight() {
        double w = Math.exp((1 - 1 / bias) * biasedDepth());
        return occurred ? w / bias : w;
    }
}
