package na64.sim.signal;

import java.util.random.RandomGenerator;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.Track;

/**
 * A rare photon process with macroscopic cross section Sigma(k) [1/cm] per volume and its own
 * exponential clock in biased optical depth B Sigma d. One instance per thread.
 */
abstract class PhotonChannel {
    final BiasGroup group;
    final ProcessClock clock;

    PhotonChannel(BiasGroup group) {
        this.group = group;
        this.clock = new ProcessClock(group);
    }

    /** Unbiased macroscopic cross section [1/cm] of a photon of energy k in the volume. */
    abstract double sigma(int volume, double k);

    /** Performs the process at the track's position; false if the photon is gone. */
    abstract boolean fire(Track track, CascadeContext context);

    void startEvent(RandomGenerator rng) {
        clock.start(rng);
    }

    /** Distance [cm] within dMax at which this clock rings, or +infinity. */
    double fireDistance(int volume, double k, double dMax) {
        if (group.occurred()) {
            return Double.POSITIVE_INFINITY;
        }
        double rate = group.bias() * sigma(volume, k);
        if (!(rate > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double d = clock.remaining() / rate;
        return d <= dMax ? Math.max(d, 0) : Double.POSITIVE_INFINITY;
    }

    void advance(int volume, double k, double distance) {
        if (group.occurred()) {
            return;
        }
        clock.add(group.bias() * sigma(volume, k) * distance);
    }

}
