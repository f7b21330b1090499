package na64.sim.spectrometer;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import na64.physics.sm.Electronuclear;
import na64.physics.sm.Photonuclear;
import na64.physics.sm.PhotonuclearFinalState;
import na64.sim.beam.DecaySampler;
import na64.sim.beam.Track;
import na64.sim.cascade.Directions;
import na64.sim.signal.BiasGroup;
import na64.sim.signal.ProcessClock;

/**
 * Electronuclear interactions e A -> e X of the electrons and positrons crossing the beam-line
 * material ({@link ElectronuclearTable}): the lepton gives a virtual photon's energy nu
 * ({@link Electronuclear#sampleTransfer}) to a nucleus and goes on with E - nu in its direction;
 * the nucleus's hadrons ({@link PhotonuclearFinalState}) are new tracks of the beam line, followed
 * through its counters, trackers and magnets and handed over to the calorimeters like any other
 * particle; those at large angles leave the setup. These are the upstream interactions of the
 * invisible search's background (iii). At most one per event, on one exponential clock in biased
 * optical depth with its own {@link BiasGroup} (weight exact, {@link #weight}); the options
 * restrict it to a range of transfer and of z. One instance per thread, {@link #start} per event.
 */
public final class UpstreamInteractions {
    private final UpstreamNuclearOptions options;
    private final BiasGroup group;
    private final ProcessClock clock;
    private final List<Track> products = new ArrayList<>();
    private final double[] direction = new double[3];

    public UpstreamInteractions(UpstreamNuclearOptions options) {
        this.options = options;
        this.group = new BiasGroup("upstream electronuclear", options.bias());
        this.clock = new ProcessClock(group);
    }

    public UpstreamNuclearOptions options() {
        return options;
    }

    public void start(RandomGenerator rng) {
        group.reset();
        clock.start(rng);
    }

    /** Whether an interaction happened in this event. */
    public boolean occurred() {
        return group.occurred();
    }

    /** The event's weight from this process's bias (1 when unbiased; 0 without an interaction when forced). */
    public double weight() {
        return options.forced() && !group.occurred() ? 0 : group.weight();
    }

    /**
     * A lepton has crossed {@code massThickness} [g/cm^2] of the table's material: counts the biased
     * optical depth and, if the clock rings, the lepton interacts at its present position.
     */
    void cross(Track t, ElectronuclearTable table, double massThickness, TransportState state) {
        if (group.occurred() || !options.covers(t.z)) {
            return;
        }
        double depth = options.bias() * table.perGram(t.energy) * massThickness;
        if (!(depth > 0)) {
            return;
        }
        double remaining = clock.remaining();
        if (depth < remaining) {
            clock.add(depth);
            return;
        }
        clock.add(Math.max(remaining, 0));
        interact(t, table, state);
    }

    private void interact(Track t, ElectronuclearTable table, TransportState state) {
        RandomGenerator rng = state.rng();
        int element = table.element(t.energy, rng.nextDouble());
        Electronuclear nucleus = table.nucleus(element);
        double lowest = Math.max(table.minTransfer(), Photonuclear.threshold());
        if (t.energy * nucleus.maxFraction() <= lowest) {
            return; // only where the table interpolates over the edge of the cross section: the clock rings again at the next chance
        }
        group.occur();
        double nu = Math.min(nucleus.sampleTransfer(t.energy, table.minTransfer(), rng), t.energy - t.mass);
        t.energy -= nu;
        var truth = state.event().truth();
        truth.electronuclear = true;
        truth.upstreamInteractionZ = t.z;
        double[] u = t.direction();
        products.clear();
        for (PhotonuclearFinalState.Hadron h : table.finalState(element).sample(nu, rng)) {
            if (h.fromNucleus()) {
                state.loseEnergy(-h.type().mass()); // a knocked-out nucleon's rest energy comes out of the nucleus
            }
            Directions.rotate(u[0], u[1], u[2], h.cosTheta(), h.phi(), direction);
            double p = h.momentum();
            double[] p4 = {h.energy(), p * direction[0], p * direction[1], p * direction[2]};
            DecaySampler.emit(h.type(), h.type().mass(), p4, t, rng, products);
        }
        for (Track product : products) {
            state.spawn(product);
        }
    }
}
