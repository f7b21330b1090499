package na64.sim.cascade;

/**
 * Sees every explicit step of the electromagnetic cascade and the muons and hadrons that leave the
 * setup (track-length scoring, validation).
 * Steps are reported per volume; energies are total energies [GeV].
 */
public interface CascadeObserver {

    /**
     * An electron or positron slowed down continuously from eStart to eEnd over {@code length} [cm]
     * in {@code volume}, whose tables are {@code tables}.
     */
    default void chargedStep(int volume, boolean positron, double eStart, double eEnd, double length, EmTables tables) {
    }

    /** A photon of energy k travelled {@code length} [cm] in {@code volume}. */
    default void photonStep(int volume, double k, double length) {
    }

    /** A muon or hadron of total energy {@code energy} leaves the setup (leakage, punch-through). */
    default void left(na64.physics.ParticleType type, double energy) {
    }
}
