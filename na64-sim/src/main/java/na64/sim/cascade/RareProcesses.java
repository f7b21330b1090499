package na64.sim.cascade;

import java.util.random.RandomGenerator;
import na64.physics.ParticleType;

/**
 * Rare processes that compete with the electromagnetic cascade (dark-sector emission, gamma ->
 * mu+ mu-, photonuclear interactions), usually with biased cross sections. Each process group
 * keeps its own optical-depth clock for the event (an exponential threshold drawn at the start
 * of the event), so that biasing can be undone exactly by an event weight.
 *
 * <p>The transport asks first where a clock would ring within a step it is about to take
 * ({@link #chargedFireEnergy}, {@link #photonFireDistance}), takes the step up to the earliest
 * event, reports the step it actually took ({@link #chargedAdvance}, {@link #photonAdvance}), and
 * calls {@link #fire} if a clock rang there.
 */
public interface RareProcesses {

    /** No rare process at all. */
    RareProcesses NONE = new RareProcesses() {
    };

    /** A new event starts. */
    default void startEvent(RandomGenerator rng) {
    }

    /**
     * For an electron or positron slowing down continuously in {@code volume} from eStart to eEnd
     * [GeV]: the energy at which a clock rings, or a negative number if none rings in the step.
     */
    default double chargedFireEnergy(int volume, boolean positron, double eStart, double eEnd) {
        return -1;
    }

    /** The charged step from eStart to eEnd was taken: advance the clocks. */
    default void chargedAdvance(int volume, boolean positron, double eStart, double eEnd) {
    }

    /** For a photon of energy k in {@code volume}: the distance [cm] within dMax at which a clock rings, or +infinity. */
    default double photonFireDistance(int volume, double k, double dMax) {
        return Double.POSITIVE_INFINITY;
    }

    /** The photon step of {@code distance} [cm] was taken: advance the clocks. */
    default void photonAdvance(int volume, double k, double distance) {
    }

    /**
     * Performs the process whose clock rang, at the track's current position and energy: may push
     * products to the stack and change the track's energy; returns false if the track is gone.
     */
    default boolean fire(Track track, CascadeContext context) {
        return true;
    }

    /**
     * A parameterised shower of energy E [GeV] started by a particle of type {@code type} (e- kinetic,
     * e+ plus annihilation, or photon) is about to be deposited at (x, y, z) along u; {@code softRadiation}
     * marks the soft bremsstrahlung a track collected below the cut (many photons of energies up to
     * the cut). Returns the energy [GeV] a rare process takes from it (e.g. resonant annihilation of
     * one of its positrons), 0 if none.
     */
    default double subShower(ParticleType type, double energy, boolean softRadiation, double x, double y, double z,
                             double ux, double uy, double uz, CascadeContext context) {
        return 0;
    }

    /** The event ends: finalise the weight and truth. */
    default void endEvent(CascadeContext context) {
    }

    /** Key-value pairs describing the biasing actually used (for file metadata). */
    default java.util.Map<String, String> metadata() {
        return java.util.Map.of();
    }
}
