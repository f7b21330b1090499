package na64.sim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import na64.core.Progress;
import na64.event.McTruth;
import na64.event.SimEvent;
import na64.event.SimEventReader;
import na64.physics.Mediator;
import na64.sim.downstream.CascadeDownstreamFactory;
import na64.sim.run.RunOptions;
import na64.sim.run.SimulationOptions;
import na64.sim.run.SimulationRun;
import na64.detector.Setup;
import na64.detector.Setups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Simulate with a signal, write the truth as HepMC3 and the events as Parquet, read the HepMC3 back
 * with the test's own reader and compare every event with the Parquet truth.
 */
class TruthRecordRoundTripTest {
    private static final double MASS = 0.0167;
    /** PDG 2024 masses [GeV] of the beam species, written here independently of the simulation's constants. */
    private static final Map<Integer, Double> MASSES = Map.of(11, 0.51099895e-3, -11, 0.51099895e-3, 13, 0.1056583755,
            -13, 0.1056583755, -211, 0.13957039, 211, 0.13957039, -321, 0.493677, 321, 0.493677, 2212, 0.93827208816);

    private record Run(List<SimEvent> events, HepMC3Reader hepmc, String text) {
    }

    private static Run simulate(Path dir, String setupName, double energy, SimulationOptions options, int events, long seed)
            throws Exception {
        Setup setup = Setups.load(setupName);
        setup = setup.withBeam(setup.beam().with(setup.beam().type(), energy));
        RunOptions run = new RunOptions(setupName, "e-", energy, (long) events, seed, 1, options);
        Path parquet = dir.resolve(setupName + ".parquet");
        Path hepmc = dir.resolve(setupName + ".hepmc3");
        try (HepMC3TruthFile truth = HepMC3TruthFile.open(hepmc, TruthRecord.of(setup, options), run, "test")) {
            SimulationRun.toFile(run, setup, new CascadeDownstreamFactory(), parquet, Progress.silent(events), truth);
            truth.commit();
        }
        try (SimEventReader r = SimEventReader.open(parquet)) {
            String text = Files.readString(hepmc);
            return new Run(r.readAll(), new HepMC3Reader(text), text);
        }
    }

    @Test
    void invisibleSignalRecordsTheBeamParticleTheEmitterAndX(@TempDir Path dir) throws Exception {
        // B = 1e10 at eps = 1e-4: a sizeable fraction of the events emit
        SimulationOptions options = new SimulationOptions(Mediator.VECTOR, SimulationOptions.SignalDecay.INVISIBLE, MASS, 1e-4,
                1e10, null, null, 2.0);
        Run run = simulate(dir, "na64e-2022", 100, options, 200, 11);
        Setup setup = Setups.load("na64e-2022");
        HepMC3Reader read = run.hepmc();
        assertThat(read.ended).isTrue();
        assertThat(read.weightNames).containsExactly("Default");
        assertThat(read.tool).containsExactly("na64", "test", "detector simulation truth record (na64 simulate)");
        assertThat(read.runAttributes.get("na64_run")).contains("seed: 11");
        assertThat(read.events).hasSize(run.events().size()).hasSize(200);
        int emissions = 0;
        for (int i = 0; i < run.events().size(); i++) {
            SimEvent e = run.events().get(i);
            McTruth t = e.truth();
            HepMC3Reader.Event r = read.events.get(i);
            assertThat(r.number).isEqualTo(e.event());
            assertThat(r.momentumUnit).isEqualTo("GEV");
            assertThat(r.lengthUnit).isEqualTo("MM");
            assertThat(r.weights).containsExactly(t.weight());
            assertThat(r.attributes).doesNotContainKey("GenCrossSection");
            assertThat(r.declaredParticles).isEqualTo(r.particles.size());
            assertThat(r.declaredVertices).isEqualTo(r.vertices.size());
            checkBeamParticle(r, t, setup);
            assertThat(Double.parseDouble(r.attributes.get("na64_escaped_invisible"))).isEqualTo(t.escapedInvisible());
            assertThat(Double.parseDouble(r.attributes.get("na64_deposited_true"))).isEqualTo(t.depositedTrue());
            assertThat(Integer.parseInt(r.attributes.get("na64_incident_pdg"))).isEqualTo(t.incidentPdg());
            assertThat(r.attributes.get("na64_dimuon")).isEqualTo(t.dimuon() ? "1" : "0");
            if (t.emission() == null) {
                assertThat(r.particles).hasSize(1);
                assertThat(r.vertices).isEmpty();
                assertThat(r.attributes).doesNotContainKey("na64_emission");
                continue;
            }
            emissions++;
            assertThat(r.particles).hasSize(3);
            assertThat(r.vertices).hasSize(1);
            HepMC3Reader.Particle x = checkEmission(r, t);
            // invisible X leaves the setup: final state
            assertThat(x.status()).isEqualTo(1);
        }
        assertThat(emissions).as("events with an emission").isBetween(20, 199);
    }

    @Test
    void visibleDecaysEndXInADecayVertexOnItsLine(@TempDir Path dir) throws Exception {
        SimulationOptions options = new SimulationOptions(Mediator.VECTOR, SimulationOptions.SignalDecay.VISIBLE, MASS, 1e-3,
                1e9, null, null, 2.0);
        Run run = simulate(dir, "na64e-visible", 150, options, 150, 12);
        int decays = 0;
        for (int i = 0; i < run.events().size(); i++) {
            McTruth t = run.events().get(i).truth();
            HepMC3Reader.Event r = run.hepmc().events.get(i);
            if (t.emission() == null) {
                continue;
            }
            HepMC3Reader.Particle x = checkEmission(r, t);
            if (t.decayZ() == null) {
                assertThat(x.status()).isEqualTo(1);
                assertThat(r.vertices).hasSize(1);
                continue;
            }
            decays++;
            assertThat(x.status()).isEqualTo(2);
            assertThat(r.vertices).hasSize(2);
            HepMC3Reader.Vertex end = r.vertices.get(-2);
            assertThat(end.incoming()).containsExactly(3);
            assertThat(end.position()[2]).isCloseTo(10 * t.decayZ(), within(1e-9));
            assertThat(Double.parseDouble(r.attributes.get("na64_decay_z"))).isEqualTo(10 * t.decayZ());
            // on the line of X from the emission point: (decay - emission) along the stored direction of X
            double[] from = r.vertices.get(-1).position();
            double dz = end.position()[2] - from[2];
            double tol = 1e-9 * Math.abs(dz) + 1e-9;
            assertThat(end.position()[0] - from[0]).isCloseTo(dz * t.emissionDirX() / t.emissionDirZ(), within(tol));
            assertThat(end.position()[1] - from[1]).isCloseTo(dz * t.emissionDirY() / t.emissionDirZ(), within(tol));
            // no decay products in the record
            assertThat(r.particles.values()).noneMatch(p -> p.parent() == -2);
        }
        assertThat(decays).as("visible decays").isPositive();
    }

    /** Particle 1: the beam particle at the start of the beam line. */
    private static void checkBeamParticle(HepMC3Reader.Event r, McTruth t, Setup setup) {
        HepMC3Reader.Particle beam = r.particles.get(1);
        assertThat(beam.pdg()).isEqualTo(t.primaryPdg());
        assertThat(beam.status()).isEqualTo(4);
        assertThat(beam.parent()).isZero();
        double[] p = beam.p();
        assertThat(p[3]).isEqualTo(t.primaryEnergy());
        double m = MASSES.get(beam.pdg());
        assertThat(beam.mass()).isCloseTo(m, within(1e-9 * m));
        double p2 = p[0] * p[0] + p[1] * p[1] + p[2] * p[2];
        assertThat(p2).isCloseTo(p[3] * p[3] - m * m, within(1e-12 * p[3] * p[3]));
        assertThat(p[0] / p[2]).isCloseTo(t.primaryThetaX(), within(1e-12));
        assertThat(p[1] / p[2]).isCloseTo(t.primaryThetaY(), within(1e-12));
        String[] pos = r.attributes.get("na64_primary_position").split(" ");
        assertThat(Double.parseDouble(pos[0])).isCloseTo(10 * t.primaryX(), within(1e-12));
        assertThat(Double.parseDouble(pos[1])).isCloseTo(10 * t.primaryY(), within(1e-12));
        assertThat(Double.parseDouble(pos[2])).isCloseTo(-10 * setup.beam().upstreamLength(), within(1e-9));
    }

    /** Particles 2 (emitter) and 3 (X) and vertex -1; returns X. */
    private static HepMC3Reader.Particle checkEmission(HepMC3Reader.Event r, McTruth t) {
        assertThat(r.attributes.get("na64_emission")).isEqualTo(t.emission());
        HepMC3Reader.Particle emitter = r.particles.get(2);
        assertThat(emitter.pdg()).isEqualTo(t.emitterPdg());
        assertThat(emitter.status()).isEqualTo(4);
        assertThat(emitter.parent()).isZero();
        assertThat(emitter.p()[3]).isEqualTo(t.emitterEnergy());
        HepMC3Reader.Vertex v = r.vertices.get(-1);
        assertThat(v.incoming()).containsExactly(2);
        assertThat(v.position()[0]).isCloseTo(10 * t.emissionX(), within(1e-9));
        assertThat(v.position()[1]).isCloseTo(10 * t.emissionY(), within(1e-9));
        assertThat(v.position()[2]).isCloseTo(10 * t.emissionZ(), within(1e-9));
        HepMC3Reader.Particle x = r.particles.get(3);
        assertThat(x.pdg()).isEqualTo(5000022);
        assertThat(x.parent()).isEqualTo(-1);
        assertThat(x.mass()).isEqualTo(MASS);
        double e = x.p()[3];
        assertThat(e).isEqualTo(t.emissionEnergy());
        double p2 = x.p()[0] * x.p()[0] + x.p()[1] * x.p()[1] + x.p()[2] * x.p()[2];
        if (e < MASS) {
            // the simulation's sub-shower annihilation can store E_X < m_X (even < 0): written as stored, with p = 0
            assertThat(t.emission()).isEqualTo("annihilation");
            assertThat(p2).isZero();
            return x;
        }
        assertThat(p2).isCloseTo(e * e - MASS * MASS, within(1e-12 * e * e));
        double p = Math.sqrt(p2);
        assertThat(x.p()[0] / p).isCloseTo(t.emissionDirX(), within(1e-12));
        assertThat(x.p()[1] / p).isCloseTo(t.emissionDirY(), within(1e-12));
        assertThat(x.p()[2] / p).isCloseTo(t.emissionDirZ(), within(1e-12));
        // the angle between the emitter and X is the stored theta
        double[] q = emitter.p();
        double cos = (q[0] * x.p()[0] + q[1] * x.p()[1] + q[2] * x.p()[2])
                / Math.sqrt((q[0] * q[0] + q[1] * q[1] + q[2] * q[2]) * p2);
        assertThat(Math.acos(Math.min(1, cos))).isCloseTo(t.emissionTheta(), within(1e-6 + 1e-6 * t.emissionTheta()));
        return x;
    }
}
