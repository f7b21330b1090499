package na64.sim.run;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import na64.sim.event.EventRecord;
import na64.sim.particle.Particle;
import na64.detector.Setup;

/**
 * Everything that happens from the handover plane ({@link Setup#handoverZ()}, the front of the
 * first calorimeter) downstream: the cascade in the calorimeters, dark-sector emission and
 * biasing, hadronic showers, muons, downstream counters, vetoes and trackers, detector response.
 *
 * <p>The event loop (na64.sim.run) simulates the beam line (beam, decays in flight,
 * spectrometer, synchrotron radiation, SRD) and then calls {@link #simulate} with every particle
 * that reached the handover plane, in the order the beam line produced them (the beam particle
 * or its charged decay product first; then photons from upstream bremsstrahlung, pi0 decays,
 * synchrotron radiation that missed the SRD, ...). The list may be empty (all energy lost
 * upstream). Positions, directions and times are in the setup frame at z = handoverZ.
 *
 * <p>Threading: the event loop creates one instance per worker thread through the
 * {@link Factory}, so an implementation may keep per-thread scratch state; it must not share
 * mutable state between instances. All randomness must come from {@code rng}, so that an event
 * is a pure function of (run seed, event number).
 */
public interface DownstreamSimulator {

    /**
     * Simulates one event downstream of the beam line.
     *
     * @param incoming particles crossing the handover plane
     * @param rng      this event's random stream for the downstream part
     * @param event    the event being built: add calorimeter and counter deposits to
     *                 {@code event.deposits()} (detectors are registered in {@link Setup#detectors()}
     *                 order), downstream tracker hits to {@code event.hits()}, and fill the
     *                 emission, dimuon/photonuclear flags, weight and energy bookkeeping
     *                 ({@code depositedTrue}, {@code escapedInvisible}, {@code escapedLeakage})
     *                 of {@code event.truth()}. The beam-line part of the truth is already filled.
     */
    void simulate(List<Particle> incoming, RandomGenerator rng, EventRecord event);

    /**
     * Key-value pairs written into the output file's metadata (biasing factors actually used,
     * cut energy, model versions). Keys are prefixed "na64.downstream." by the writer.
     */
    default Map<String, String> metadata() {
        return Map.of();
    }

    /**
     * Creates one simulator per worker thread. The production one is the cascade
     * ({@code na64.sim.downstream.CascadeDownstreamFactory}), passed explicitly by who runs the
     * simulation (the command line, the study); tests pass stand-ins the same way.
     */
    @FunctionalInterface
    interface Factory {
        DownstreamSimulator create(Setup setup, SimulationOptions options);

        /** The implementation's name, for the output's metadata. */
        default String name() {
            return getClass().getSimpleName();
        }
    }
}
