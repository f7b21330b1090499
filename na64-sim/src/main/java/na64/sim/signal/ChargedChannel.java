package na64.sim.signal;

import java.util.random.RandomGenerator;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.Track;

/**
 * A rare process of electrons or positrons in continuous slowing down, described by its
 * (unbiased) optical depth D(E) = int^E Sigma(E')/L(E') dE' per volume, so that the depth crossed
 * by a step from E0 to E1 is D(E0) - D(E1). Each channel has its own exponential clock, counted
 * in biased depth B D. One instance per thread (the tables behind it are shared).
 */
abstract class ChargedChannel {
    final BiasGroup group;
    final ProcessClock clock;

    ChargedChannel(BiasGroup group) {
        this.group = group;
        this.clock = new ProcessClock(group);
    }

    /** Whether the channel acts on positrons (true) or electrons (false). */
    abstract boolean acts(boolean positron);

    /** D(E) in volume {@code volume} (unbiased); need not vanish at any particular energy. */
    abstract double depth(int volume, boolean positron, double energy);

    /** The energy E with D(E) = d in the volume (D is non-decreasing in E). */
    abstract double energyAtDepth(int volume, boolean positron, double d);

    /** Performs the process at the track's position and energy; false if the track is gone. */
    abstract boolean fire(Track track, CascadeContext context);

    void startEvent(RandomGenerator rng) {
        clock.start(rng);
    }

    /** The energy in (eEnd, eStart] at which this clock rings, or -1. */
    double fireEnergy(int volume, boolean positron, double eStart, double eEnd) {
        if (group.occurred() || !acts(positron)) {
            return -1;
        }
        double need = clock.remaining() / group.bias();
        double dStart = depth(volume, positron, eStart);
        double available = dStart - depth(volume, positron, eEnd);
        if (!(available > 0) || need > available) {
            return -1;
        }
        return energyAtDepth(volume, positron, dStart - need);
    }

    void advance(int volume, boolean positron, double eStart, double eEnd) {
        if (group.occurred() || !acts(positron)) {
            return;
        }
        clock.add(group.bias() * Math.max(0, depth(volume, positron, eStart) - depth(volume, positron, eEnd)));
    }
}
