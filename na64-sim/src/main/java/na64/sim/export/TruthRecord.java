package na64.sim.export;

import java.util.List;
import na64.event.McTruth;
import na64.sim.beam.BeamGenerator;
import na64.sim.generator.GeneratorEvent;
import na64.physics.ParticleType;
import na64.sim.run.SimulationOptions;
import na64.detector.Setup;

/**
 * The Monte Carlo truth of one simulated event ({@link McTruth}) as a HepMC3 event record, holding
 * only what the simulation stores (na64 does not keep the shower history):
 * <ul>
 * <li>particle 1: the beam particle at the start of the simulated beam line, status 4, momentum from
 *     its energy and slopes; its position is the attribute {@code na64_primary_position} (it has no
 *     vertex: where it ends is not stored);</li>
 * <li>with a dark-sector emission: particle 2, the emitter just before the emission (status 4, with
 *     its stored direction), ending in vertex -1 at the emission point, and particle 3, X (PDG 5000022,
 *     the run's mass), leaving it. X has status 1 if it escaped or decays invisibly; status 2 if it
 *     decayed visibly (vertex -2 on its line at z = decay_z) or semi-visibly (X -> chi1 chi2 at once:
 *     vertex -2 at the emission point). Decay vertices have no outgoing particles: the products
 *     went into the cascade and are not stored;</li>
 * <li>the other truth scalars as event attributes {@code na64_*}.</li>
 * </ul>
 * Lengths in mm (the truth is in cm), energies in GeV; times are not stored, so vertex c t is 0.
 */
public final class TruthRecord {
    private static final double MM_PER_CM = 10;

    private final double beamStartZ;
    private final Double xMass;
    private final SimulationOptions.SignalDecay decay;

    /**
     * @param beamStartZ z where beam particles start [cm]
     * @param xMass      the mass of X [GeV], null without a signal
     * @param decay      how X decays, null without a signal
     */
    public TruthRecord(double beamStartZ, Double xMass, SimulationOptions.SignalDecay decay) {
        this.beamStartZ = beamStartZ;
        this.xMass = xMass;
        this.decay = decay;
    }

    /** The record of a run of {@code setup} (with the run's beam) and {@code options}. */
    public static TruthRecord of(Setup setup, SimulationOptions options) {
        return new TruthRecord(new BeamGenerator(setup.beam()).startZ(), options.mass(),
                options.hasSignal() ? options.signalDecay() : null);
    }

    public GeneratorEvent event(long number, McTruth t) {
        GeneratorEvent.Builder b = new GeneratorEvent.Builder();
        double norm = Math.sqrt(1 + t.primaryThetaX() * t.primaryThetaX() + t.primaryThetaY() * t.primaryThetaY());
        incoming(b, t.primaryPdg(), t.primaryEnergy(), t.primaryThetaX() / norm, t.primaryThetaY() / norm, 1 / norm);
        b.attribute("na64_primary_position", number(mm(t.primaryX())) + " " + number(mm(t.primaryY())) + " "
                + number(mm(beamStartZ)));
        b.attribute("na64_incident_pdg", Integer.toString(t.incidentPdg()));
        b.attribute("na64_incident_energy", number(t.incidentEnergy()));
        if (t.beamDecayZ() != null) {
            b.attribute("na64_beam_decay_z", number(mm(t.beamDecayZ())));
            b.attribute("na64_beam_decay_channel", t.beamDecayChannel());
        }
        b.attribute("na64_synchrotron_photons", Integer.toString(t.synchrotronPhotons()));
        b.attribute("na64_synchrotron_energy", number(t.synchrotronEnergy()));
        b.attribute("na64_upstream_bremsstrahlung", number(t.upstreamBremsstrahlung()));
        if (t.emission() != null) {
            emission(b, t);
        }
        b.attribute("na64_dimuon", t.dimuon() ? "1" : "0");
        b.attribute("na64_photonuclear", t.photonuclear() ? "1" : "0");
        b.attribute("na64_deposited_true", number(t.depositedTrue()));
        b.attribute("na64_escaped_invisible", number(t.escapedInvisible()));
        b.attribute("na64_escaped_leakage", number(t.escapedLeakage()));
        b.attribute("na64_lost_upstream", number(t.lostUpstream()));
        return b.build(number, t.weight());
    }

    private void emission(GeneratorEvent.Builder b, McTruth t) {
        if (xMass == null) {
            throw new IllegalStateException("event with a dark-sector emission in a run without a signal");
        }
        int emitter = incoming(b, t.emitterPdg(), t.emitterEnergy(), t.emitterDirX(), t.emitterDirY(), t.emitterDirZ());
        double x = mm(t.emissionX());
        double y = mm(t.emissionY());
        double z = mm(t.emissionZ());
        int vertex = b.vertex(x, y, z, 0, List.of(emitter));
        double p = momentum(t.emissionEnergy(), xMass);
        int boson = b.outgoing(vertex, ParticleType.DARK_BOSON.pdg(), p * t.emissionDirX(), p * t.emissionDirY(),
                p * t.emissionDirZ(), t.emissionEnergy(), xMass);
        b.attribute("na64_emission", t.emission());
        b.attribute("na64_emission_theta", number(t.emissionTheta()));
        if (t.decayZ() != null) {
            // visible: where X decayed; semi-visible: where chi2 decayed
            b.attribute("na64_decay_z", number(mm(t.decayZ())));
        }
        if (decay == SimulationOptions.SignalDecay.SEMI_VISIBLE) {
            b.vertex(x, y, z, 0, List.of(boson));
            b.decayed(boson);
        } else if (decay == SimulationOptions.SignalDecay.VISIBLE && t.decayZ() != null && t.emissionDirZ() != 0) {
            // X flies straight from the emission point to its decay
            double s = (t.decayZ() - t.emissionZ()) / t.emissionDirZ();
            b.vertex(mm(t.emissionX() + s * t.emissionDirX()), mm(t.emissionY() + s * t.emissionDirY()), mm(t.decayZ()), 0,
                    List.of(boson));
            b.decayed(boson);
        }
    }

    /** An incoming particle (status 4) of energy e along the unit vector u. */
    private static int incoming(GeneratorEvent.Builder b, int pdg, double e, double ux, double uy, double uz) {
        double m = ParticleType.byPdg(pdg).mass();
        double p = momentum(e, m);
        return b.incoming(pdg, p * ux, p * uy, p * uz, e, m);
    }

    /** |p| from E and m; 0 for E <= m (the stored truth can hold such energies: written as they are, at rest). */
    private static double momentum(double e, double m) {
        return e > m ? Math.sqrt((e - m) * (e + m)) : 0;
    }

    private static double mm(double cm) {
        return cm * MM_PER_CM;
    }

    private static String number(double x) {
        return HepMC3Writer.number(x);
    }
}
