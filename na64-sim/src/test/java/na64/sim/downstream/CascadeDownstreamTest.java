package na64.sim.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import na64.core.RandomStreams;
import na64.physics.Mediator;
import na64.sim.event.EnergyDeposits;
import na64.sim.event.EventRecord;
import na64.sim.event.EventTruth;
import na64.sim.particle.Particle;
import na64.physics.ParticleType;
import na64.sim.run.DownstreamSimulator;
import na64.sim.run.SimulationOptions;
import na64.detector.Setup;
import na64.detector.Setups;
import org.junit.jupiter.api.Test;

class CascadeDownstreamTest {

    @Test
    void eventLoopGivesTheSameEventsWithOneAndTwoThreads() {
        // the event loop of na64.sim.run with this simulator: events depend on (seed, event) only
        java.util.List<na64.event.SimEvent> one = new java.util.ArrayList<>();
        java.util.List<na64.event.SimEvent> two = new java.util.ArrayList<>();
        new na64.sim.run.EventLoop(SETUP, SimulationOptions.standardModel(), new CascadeDownstreamFactory())
                .run(150, 7, 1, na64.core.Progress.silent(150), one::add);
        new na64.sim.run.EventLoop(SETUP, SimulationOptions.standardModel(), new CascadeDownstreamFactory())
                .run(150, 7, 2, na64.core.Progress.silent(150), two::add);
        assertThat(two).isEqualTo(one);
        // and the bookkeeping holds for whole events (beam line + cascade)
        for (na64.event.SimEvent e : one) {
            var t = e.truth();
            double sum = t.depositedTrue() + t.escapedInvisible() + t.escapedLeakage() + t.lostUpstream();
            assertThat(sum).isCloseTo(t.primaryEnergy(), within(1e-9 * t.primaryEnergy()));
        }
    }
    private static final Setup SETUP = Setups.load("na64e-2022");

    private static double detector(EnergyDeposits d, String group) {
        double s = 0;
        for (int i = 0; i < d.detectorNames().size(); i++) {
            if (d.detectorNames().get(i).startsWith(group)) {
                s += d.total(i);
            }
        }
        return s;
    }

    private static Particle beam(Setup setup, ParticleType type, double energy) {
        return Particle.of(type, energy, 0.1, -0.2, setup.handoverZ() - 1e-3, 0, 0, 1, 0);
    }

    @Test
    void everyEventConservesEnergyForEverySpecies() {
        DownstreamSimulator sim = new CascadeDownstreamFactory().create(SETUP, SimulationOptions.standardModel());
        EventRecord rec = new EventRecord(EnergyDeposits.forSetup(SETUP));
        for (ParticleType t : new ParticleType[] {ParticleType.ELECTRON, ParticleType.POSITRON, ParticleType.PION_MINUS,
                ParticleType.MUON, ParticleType.KAON_MINUS, ParticleType.PROTON}) {
            for (int i = 0; i < 40; i++) {
                rec.reset(i);
                sim.simulate(List.of(beam(SETUP, t, 100)), RandomStreams.forEvent(81, i), rec);
                EventTruth tr = rec.truth();
                double sum = tr.depositedTrue + tr.escapedInvisible + tr.escapedLeakage;
                assertThat(sum).as("%s event %d", t, i).isCloseTo(100, within(1e-9));
            }
        }
    }

    /**
     * Photons and virtual photons absorbed by nuclei give explicit hadrons (PhotonuclearProducts),
     * whose nucleons take their rest energy from the nucleus: with both processes biased so that most
     * 100 GeV showers have one, every event still conserves energy. (This found a lepton given energy
     * by the electronuclear clock: the inverted depth table rang above the step's start energy.)
     */
    @Test
    void photonuclearFinalStatesConserveEnergy() {
        SimulationOptions biased = new SimulationOptions(null, null, null, null, null, null, 300.0, null, null, null, 300.0);
        DownstreamSimulator sim = new CascadeDownstreamFactory().create(SETUP, biased);
        EventRecord rec = new EventRecord(EnergyDeposits.forSetup(SETUP));
        int absorbed = 0;
        for (int i = 0; i < 60; i++) {
            rec.reset(i);
            sim.simulate(List.of(beam(SETUP, ParticleType.ELECTRON, 100)), RandomStreams.forEvent(83, i), rec);
            EventTruth tr = rec.truth();
            absorbed += tr.photonuclear || tr.electronuclear ? 1 : 0;
            assertThat(tr.depositedTrue + tr.escapedInvisible + tr.escapedLeakage).as("event %d", i).isCloseTo(100, within(1e-9));
        }
        assertThat(absorbed).isGreaterThan(30);
    }

    @Test
    void everySetupSimulatesItsBeam() {
        for (String name : Setups.names()) {
            Setup s = Setups.load(name);
            DownstreamSimulator sim = new CascadeDownstreamFactory().create(s, SimulationOptions.standardModel());
            EventRecord rec = new EventRecord(EnergyDeposits.forSetup(s));
            double e0 = s.beam().energy();
            for (int i = 0; i < 10; i++) {
                rec.reset(i);
                sim.simulate(List.of(beam(s, s.beam().type(), e0)), RandomStreams.forEvent(86, i), rec);
                EventTruth t = rec.truth();
                assertThat(t.depositedTrue + t.escapedInvisible + t.escapedLeakage).as("%s event %d", name, i)
                        .isCloseTo(e0, within(1e-9 * e0));
            }
        }
    }

    @Test
    void sameRandomStreamGivesTheSameEvent() {
        DownstreamSimulator a = new CascadeDownstreamFactory().create(SETUP, SimulationOptions.standardModel());
        DownstreamSimulator b = new CascadeDownstreamFactory().create(SETUP, SimulationOptions.standardModel());
        EventRecord ra = new EventRecord(EnergyDeposits.forSetup(SETUP));
        EventRecord rb = new EventRecord(EnergyDeposits.forSetup(SETUP));
        for (int i = 0; i < 20; i++) {
            ra.reset(i);
            rb.reset(i);
            a.simulate(List.of(beam(SETUP, ParticleType.ELECTRON, 100)), RandomStreams.forEvent(82, i), ra);
            b.simulate(List.of(beam(SETUP, ParticleType.ELECTRON, 100)), RandomStreams.forEvent(82, i), rb);
            for (int d = 0; d < ra.deposits().detectorNames().size(); d++) {
                assertThat(rb.deposits().channels(d)).containsExactly(ra.deposits().channels(d));
            }
        }
    }

    @Test
    void electronsRarelyFakeTheSignalBox() {
        // E_ECAL < 50 GeV and E_HCAL < 1 GeV for pure 100 GeV electrons: the rate is ~1e-5 or below (dimuons
        // with lost muons, photonuclear with escaping neutrals); none expected in 2000 events
        DownstreamSimulator sim = new CascadeDownstreamFactory().create(SETUP, SimulationOptions.standardModel());
        EventRecord rec = new EventRecord(EnergyDeposits.forSetup(SETUP));
        int box = 0;
        int n = 2000;
        for (int i = 0; i < n; i++) {
            rec.reset(i);
            sim.simulate(List.of(beam(SETUP, ParticleType.ELECTRON, 100)), RandomStreams.forEvent(83, i), rec);
            if (detector(rec.deposits(), "ECAL") < 50 && detector(rec.deposits(), "HCAL") < 1) {
                box++;
            }
        }
        assertThat(box).isLessThanOrEqualTo(1);
    }

    @Test
    void automaticSignalBiasGivesAFewPerCentOfEmissions() {
        SimulationOptions options = new SimulationOptions(Mediator.VECTOR, SimulationOptions.SignalDecay.INVISIBLE,
                0.02, 1e-5, null, null, null, null);
        CascadeDownstreamFactory factory = new CascadeDownstreamFactory();
        DownstreamSimulator sim = factory.create(SETUP, options);
        EventRecord rec = new EventRecord(EnergyDeposits.forSetup(SETUP));
        int n = 2000;
        int emissions = 0;
        double missing = 0;
        for (int i = 0; i < n; i++) {
            rec.reset(i);
            sim.simulate(List.of(beam(SETUP, ParticleType.ELECTRON, 100)), RandomStreams.forEvent(84, i), rec);
            EventTruth t = rec.truth();
            double sum = t.depositedTrue + t.escapedInvisible + t.escapedLeakage;
            assertThat(sum).isCloseTo(100, within(1e-9));
            if (t.emission != EventTruth.Emission.NONE) {
                emissions++;
                missing += t.escapedInvisible - t.emissionEnergy;
                assertThat(t.weight).isGreaterThan(0);
            }
        }
        double rate = (double) emissions / n;
        assertThat(rate).isBetween(0.01, 0.08);
        assertThat(missing).isCloseTo(0, within(1e-9));
        assertThat(sim.metadata()).containsKeys("signal_bias", "signal_bias_B0", "cut_energy_GeV", "weight_convention");
    }

    /**
     * The signal restricted to E_X above 40 GeV, with a bias chosen from its unbiased depth as
     * B = 0.7 / depth: a fraction 1 - exp(-0.7) = 0.50 of the events emit (Poisson statistics of the
     * biased emissions), every emission is a bremsstrahlung, above 40 GeV but for rare edge cases (annihilation at 16.7 MeV
     * gives E_X = 0.27 GeV), and the weighted yield above 50 GeV agrees with the independent
     * track-length estimate of the same quantity ({@link DarkPhotonYield}, unbiased showers).
     */
    @Test
    void aRestrictedSignalWithABiasFromItsDepthEmitsInHalfOfTheEventsWithExactWeights() {
        double mass = 0.0167;
        double eps = 1e-4;
        SimulationOptions unbiased = new SimulationOptions(Mediator.VECTOR, SimulationOptions.SignalDecay.INVISIBLE,
                mass, eps, 1.0, null, null, null, 40.0);
        DownstreamModel model = new DownstreamModel(SETUP, unbiased);
        assertThat(model.signalDepth()).isPositive().isLessThan(1e-3);
        // the production pilot (40 events) knows the depth to ~20 %, which would move the emitting
        // fraction by up to 0.07; 400 pilot events (~6 %) leave the binomial spread to dominate
        double depth = new Pilot(model).meanSignalDepth(400);
        SimulationOptions biased = new SimulationOptions(Mediator.VECTOR, SimulationOptions.SignalDecay.INVISIBLE,
                mass, eps, 0.7 / depth, null, null, null, 40.0);
        DownstreamSimulator sim = new CascadeDownstreamFactory().create(SETUP, biased);
        EventRecord rec = new EventRecord(EnergyDeposits.forSetup(SETUP));
        int n = 800;
        int emissions = 0;
        int below = 0;
        double sw = 0;
        double sw2 = 0;
        for (int i = 0; i < n; i++) {
            rec.reset(i);
            sim.simulate(List.of(beam(SETUP, ParticleType.ELECTRON, 100)), RandomStreams.forEvent(85, i), rec);
            EventTruth t = rec.truth();
            if (t.emission != EventTruth.Emission.NONE) {
                emissions++;
                assertThat(t.emission).isEqualTo(EventTruth.Emission.BREMSSTRAHLUNG);
                below += t.emissionEnergy > 40 ? 0 : 1;
                if (t.emissionEnergy > 50) {
                    sw += t.weight;
                    sw2 += t.weight * t.weight;
                }
            }
        }
        // an e+- just above 40 GeV cannot emit above 40 GeV, but the interpolated cross-section table is not
        // exactly 0 there: the truncated sampling then gives up and emits just below (DarkBremChannel) in
        // about 1 % of the emissions; a Poisson count of mean 1 % stays below it + 3 sigma
        double artefacts = emissions / 100.0;
        assertThat((double) below).as("emissions below 40 GeV").isLessThanOrEqualTo(artefacts + 3 * Math.sqrt(artefacts));
        // binomial sigma at n = 800: 0.018
        assertThat((double) emissions / n).isBetween(0.43, 0.56);
        double yield = sw / n / (eps * eps);
        double error = Math.sqrt(sw2) / n / (eps * eps);
        DarkPhotonYield.Result reference = DarkPhotonYield.compute(SETUP, ParticleType.ELECTRON, 100, Mediator.VECTOR, mass, 50, 800,
                86, null);
        double sigma = Math.hypot(error, reference.trackLengthUnc());
        assertThat(Math.abs(yield - reference.trackLength())).as("biased %.4g +- %.2g vs track length %.4g +- %.2g", yield, error,
                reference.trackLength(), reference.trackLengthUnc()).isLessThan(3.5 * sigma);
    }

    @Test
    void visibleDecaysPutTheMissingEnergyIntoTheDownstreamEcal() {
        Setup visible = Setups.load("na64e-visible");
        // X17-like: m = 16.7 MeV, eps = 1e-3: decays mostly in the decay volume for 150 GeV beams
        SimulationOptions options = new SimulationOptions(Mediator.VECTOR, SimulationOptions.SignalDecay.VISIBLE,
                0.0167, 1e-3, 1e9, null, null, null);
        DownstreamSimulator sim = new CascadeDownstreamFactory().create(visible, options);
        EventRecord rec = new EventRecord(EnergyDeposits.forSetup(visible));
        int decayedDownstream = 0;
        int withHits = 0;
        int straws = (int) visible.trackers().stream().filter(p -> p.zFront() > visible.handoverZ()).count();
        for (int i = 0; i < 300; i++) {
            rec.reset(i);
            sim.simulate(List.of(beam(visible, ParticleType.ELECTRON, 150)), RandomStreams.forEvent(85, i), rec);
            EventTruth t = rec.truth();
            double sum = t.depositedTrue + t.escapedInvisible + t.escapedLeakage;
            assertThat(sum).isCloseTo(150, within(1e-9));
            double wcalZ = visible.calorimeter("WCAL").orElseThrow().zBack();
            double ecalZ = visible.calorimeter("ECAL").orElseThrow().zFront();
            if (t.emission != EventTruth.Emission.NONE && t.decayZ > wcalZ && t.decayZ < ecalZ) {
                decayedDownstream++;
                double ecal = detector(rec.deposits(), "ECAL");
                // the e+e- pair's shower: most of E_X in the ECAL
                assertThat(ecal).isGreaterThan(0.6 * t.emissionEnergy);
                // and hits of the pair on the straw planes behind the decay volume (if it decayed before them)
                if (t.decayZ < 4190 && rec.hits().size() > 0) {
                    withHits++;
                    for (int h = 0; h < rec.hits().size(); h++) {
                        assertThat(Math.abs(rec.hits().pdg(h))).isEqualTo(11);
                        assertThat(visible.trackers().get(rec.hits().plane(h)).zFront()).isGreaterThan(visible.handoverZ());
                    }
                }
            }
        }
        assertThat(decayedDownstream).isPositive();
        assertThat(straws).isEqualTo(4);
        assertThat(withHits).isPositive();
    }

    @Test
    void aPhotonuclearMinimumBelowTheCutIsAnErrorNamingBoth() {
        // the parameterised showers below the cut cannot restrict their absorptions to an energy above 1 GeV
        SimulationOptions options = SimulationOptions.standardModel()
                .withPhotonuclearBias(new na64.sim.hadron.PhotonuclearBias(100, 0, 1.0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DownstreamModel(SETUP, options))
                .isInstanceOf(na64.core.InputException.class).hasMessageContaining("photonuclear minimum energy")
                .hasMessageContaining("cut energy");
        // at the cut or above it is fine
        new DownstreamModel(SETUP, SimulationOptions.standardModel().withPhotonuclearBias(new na64.sim.hadron.PhotonuclearBias(100, 0.5, 2.0)));
    }
}
