package na64.sim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import na64.sim.beam.BeamGenerator;
import na64.sim.beam.DecayChannel;
import na64.sim.beam.DecaySampler;
import na64.sim.beam.ForcedDecay;
import na64.sim.beam.Track;
import na64.sim.event.EnergyDeposits;
import na64.sim.event.EventRecord;
import na64.sim.event.EventTruth;
import na64.sim.particle.Particle;
import na64.physics.ParticleType;
import na64.detector.Calorimeter;
import na64.detector.Setup;
import na64.sim.spectrometer.BeamLineTransport;
import na64.sim.spectrometer.PhotonBuffer;
import na64.sim.spectrometer.Smearing;
import na64.sim.spectrometer.TransportState;
import na64.sim.spectrometer.UpstreamInteractions;
import na64.sim.spectrometer.UpstreamNuclearOptions;

/**
 * The beam-line part of an event: a beam particle is drawn ({@link BeamGenerator}), may decay in
 * flight anywhere between the start of the simulated beam line and the handover plane
 * ({@link DecaySampler}), and it and everything it produces (decay products, bremsstrahlung and
 * synchrotron photons) are transported through counters, trackers, magnets and the SRD
 * ({@link BeamLineTransport}); a {@link ForcedDecay} makes every unstable beam particle decay in its
 * region, with the weight that undoes it; its unstable products and the hadrons of upstream
 * interactions decay in flight too (naturally); electrons and positrons may interact electronuclearly in
 * the material ({@link UpstreamInteractions}, biased as the options say). Returns the particles that
 * reach the handover plane.
 *
 * <p>Energy bookkeeping per event: primary energy = energy of the particles handed over +
 * {@code escapedInvisible} (neutrinos) + deposits in the upstream detectors ({@code depositedTrue})
 * + {@code lostUpstream} (ionisation in passive material, soft photons, particles leaving the
 * beam line).
 *
 * <p>Immutable and thread-safe; per-thread state lives in a {@link TransportState}.
 */
public final class UpstreamSimulator {
    private final Setup setup;
    private final BeamGenerator generator;
    private final BeamLineTransport transport;
    private final int srdIndex;
    private final double srdStochastic;
    /** Biasing of decays in flight, or null for natural decays. */
    private final ForcedDecay forcedDecay;
    private final UpstreamNuclearOptions nuclear;

    public UpstreamSimulator(Setup setup) {
        this(setup, null, UpstreamNuclearOptions.NATURAL);
    }

    /**
     * With the decays in flight forced ({@link ForcedDecay}; null: natural decays) and the
     * electronuclear interactions in the beam-line material as the options say.
     */
    public UpstreamSimulator(Setup setup, ForcedDecay forcedDecay, UpstreamNuclearOptions nuclear) {
        this.setup = setup;
        this.forcedDecay = forcedDecay;
        this.nuclear = nuclear;
        this.generator = new BeamGenerator(setup.beam());
        this.transport = BeamLineTransport.upstream(setup, nuclear);
        List<String> names = setup.detectors().stream().map(Setup.Detector::name).toList();
        Calorimeter srd = setup.srd();
        this.srdIndex = srd == null ? -1 : names.indexOf(srd.name());
        this.srdStochastic = srd == null ? 0 : srd.resolution().stochastic();
    }

    public Setup setup() {
        return setup;
    }

    public BeamLineTransport transport() {
        return transport;
    }

    /**
     * Simulates the beam line of one event into {@code event} (whose truth must be cleared) and
     * returns the particles crossing the handover plane, the leading one (id 0) first.
     */
    public List<Particle> simulate(RandomGenerator rng, EventRecord event, TransportState state) {
        EventTruth truth = event.truth();
        state.reset(rng, event, 1);
        UpstreamInteractions interactions = state.startInteractions(nuclear);
        Track primary = generator.next(rng);
        truth.primaryPdg = primary.type.pdg();
        truth.primaryEnergy = primary.energy;
        truth.primaryX = primary.x;
        truth.primaryY = primary.y;
        truth.primaryThetaX = primary.tx;
        truth.primaryThetaY = primary.ty;

        List<Track> arrived = new ArrayList<>(8);
        ForcedDecay.Decay forced = forcedDecay == null ? null
                : forcedDecay.sample(primary.type, primary.z, transport.zEnd(), primary.momentum(), rng);
        double zDecay;
        DecayChannel channel = null;
        if (forced != null) {
            zDecay = forced.z(); // NaN: the region is not on this particle's path (weight 0)
            channel = forced.channel();
            truth.weight *= forced.weight();
        } else {
            zDecay = primary.z + DecaySampler.samplePath(primary.type, primary.momentum(), rng);
        }
        Track leading = primary;
        if (zDecay < transport.zEnd()) {
            transport.transport(primary, zDecay, state);
            if (primary.alive) {
                leading = decay(primary, zDecay, channel, rng, truth, state);
            }
        }
        if (leading != null && leading.alive) {
            follow(leading, leading != primary, rng, truth, state);
            if (leading.alive) {
                arrived.add(leading);
            }
        }
        List<Track> spawned = state.spawned();
        for (int i = 0; i < spawned.size(); i++) {
            Track t = spawned.get(i);
            if (t.alive) {
                follow(t, true, rng, truth, state);
                if (t.alive) {
                    arrived.add(t);
                }
            }
        }
        List<Particle> out = new ArrayList<>(arrived.size() + 8);
        for (Track t : arrived) {
            out.add(t.toParticle());
        }
        PhotonBuffer photons = state.photons();
        Track scratch = new Track(ParticleType.PHOTON, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (int i = 0; i < photons.size(); i++) {
            photons.load(i, scratch);
            transport.transport(scratch, state);
            if (scratch.alive) {
                out.add(scratch.toParticle());
            }
        }
        truth.weight *= interactions.weight();
        smearSrd(event.deposits(), rng);
        double maxEnergy = -1;
        for (Particle p : out) {
            if (p.energy() > maxEnergy) {
                maxEnergy = p.energy();
                truth.incidentPdg = p.type().pdg();
                truth.incidentEnergy = p.energy();
            }
        }
        return out;
    }

    /**
     * Transports a track to the handover plane; a secondary (a decay product, a hadron of an upstream
     * interaction) that is unstable decays in flight on the way at its exponential path length, its
     * products spawned (transported in turn), its neutrinos booked as invisible.
     */
    private void follow(Track t, boolean secondary, RandomGenerator rng, EventTruth truth, TransportState state) {
        if (secondary) {
            double zDecay = t.z + DecaySampler.samplePath(t.type, t.momentum(), rng) / t.pathPerZ();
            if (zDecay < transport.zEnd()) {
                transport.transport(t, zDecay, state);
                if (t.alive) {
                    List<Track> products = new ArrayList<>(4);
                    DecaySampler.decay(t, rng, products);
                    t.alive = false;
                    for (Track p : products) {
                        if (p.type == ParticleType.NEUTRINO) {
                            truth.escapedInvisible += p.energy;
                        } else {
                            state.spawn(p);
                        }
                    }
                }
                return;
            }
        }
        transport.transport(t, state);
    }

    /**
     * Decays the primary; returns its leading product (the most energetic charged one, which keeps
     * id 0; null if none), after spawning the others and booking the neutrinos as invisible.
     */
    private static Track decay(Track primary, double zDecay, DecayChannel forcedChannel, RandomGenerator rng, EventTruth truth,
                               TransportState state) {
        List<Track> products = new ArrayList<>(4);
        DecayChannel channel = forcedChannel == null ? DecaySampler.decay(primary, rng, products)
                : DecaySampler.decay(primary, forcedChannel, rng, products);
        primary.alive = false;
        truth.beamDecayZ = zDecay;
        truth.beamDecayChannel = channel.label();
        Track leading = null;
        for (Track p : products) {
            if (p.type.charge() != 0 && (leading == null || p.energy > leading.energy)) {
                leading = p;
            }
        }
        for (Track p : products) {
            if (p.type == ParticleType.NEUTRINO) {
                truth.escapedInvisible += p.energy;
                p.alive = false;
            } else if (p == leading) {
                p.id = 0;
            } else {
                state.spawn(p);
            }
        }
        return leading;
    }

    /** Sampling fluctuations of the SRD (its stochastic term), applied to the summed true deposit per cell. */
    private void smearSrd(EnergyDeposits deposits, RandomGenerator rng) {
        if (srdIndex < 0 || srdStochastic <= 0) {
            return;
        }
        double[] cells = deposits.channels(srdIndex);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] > 0) {
                cells[c] = Smearing.stochastic(cells[c], srdStochastic, rng);
            }
        }
    }
}
