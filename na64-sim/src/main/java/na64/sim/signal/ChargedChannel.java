package na64.sim.signal;

import java.util.random.RandomGenerator;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.Track;

/**
 * A rare process of electrons or positrons in continuous slowing down, described by its
 * (unbiased) {@link OpticalDepth} D(E) = int^E Sigma(E')/L(E') dE' per volume, so that the depth
 * crossed by a step from E0 to E1 is D(E0) - D(E1). Each channel has its own exponential clock,
 * counted in biased depth B D. One instance per thread (the tables behind it are shared).
 */
abstract class ChargedChannel {
    final BiasGroup group;
    final ProcessClock clock;
    private final OpticalDepth optical;

    ChargedChannel(BiasGroup group, OpticalDepth optical) {
        this.group = group;
        this.clock = new ProcessClock(group);
        this.optical = optical;
    }

    /** Whether the channel acts on positrons (true) or electrons (false). */
    abstract boolean acts(boolean positron);


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
        double dStart = optical.depth(volume, positron, eStart);
        double available = dStart - optical.depth(volume, positron, eEnd);
        if (!(available > 0) || need > available) {
            return -1;
        }
        // the inverse table is interpolated apart from the depth table: near the step's start it can return an
        // energy above it, which would give the lepton energy it never had
        return Math.min(eStart, optical.energyAtDepth(volume, positron, dStart - need));
    }

    void advance(int volume, boolean positron, double eStart, double eEnd) {
        if (group.occurred() || !acts(positron)) {
            return;
        }
        clock.add(group.bias() * Math.max(0, optical.depth(volume, positron, eStart) - optical.depth(volume, positron, eEnd)));
    }
}
