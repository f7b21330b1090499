package na64.sim.run;

import na64.sim.event.EnergyDeposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import na64.core.RandomStreams;
import na64.sim.beam.DecayChannel;
import na64.sim.beam.DecayData;
import na64.sim.beam.DecaySampler;
import na64.sim.beam.ForcedDecay;
import na64.sim.event.EventRecord;
import na64.sim.particle.Particle;
import na64.physics.ParticleType;
import na64.detector.BeamSpec;
import na64.detector.Setup;
import na64.detector.Setups;
import na64.sim.spectrometer.TransportState;
import org.junit.jupiter.api.Test;

class UpstreamSimulatorTest {

    /** The 2022 setup with a pure beam of one species (no admixture, no tail). */
    static Setup pure(String setupName, ParticleType type, double energy) {
        Setup s = Setups.load(setupName);
        BeamSpec b = s.beam();
        return s.withBeam(new BeamSpec(type.cliName(), energy, b.momentumSpread(), new BeamSpec.Tail(0.0, 0.5),
                b.spot(), b.divergence(), b.upstreamLength(), List.of()));
    }

    record Sample(double[] srd, int decays, double maxImbalance) {
    }

    /** |primary energy - handed over - invisible - deposited - lost upstream| of one event [GeV]. */
    static double imbalance(na64.sim.event.EventTruth t, List<Particle> out) {
        double handed = out.stream().mapToDouble(Particle::energy).sum();
        return Math.abs(t.primaryEnergy - handed - t.escapedInvisible - t.depositedTrue - t.lostUpstream);
    }

    static Sample simulate(Setup setup, int n, long seed) {
        UpstreamSimulator sim = new UpstreamSimulator(setup);
        EventRecord ev = new EventRecord(EnergyDeposits.forSetup(setup));
        TransportState st = new TransportState();
        int srd = ev.deposits().indexOf("SRD");
        double[] e = new double[n];
        int decays = 0;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            ev.reset(i);
            List<Particle> out = sim.simulate(RandomStreams.forEvent(seed, i), ev, st);
            var t = ev.truth();
            if (!Double.isNaN(t.beamDecayZ)) {
                decays++;
            }
            worst = Math.max(worst, imbalance(t, out));
            e[i] = ev.deposits().total(srd);
        }
        return new Sample(e, decays, worst);
    }

    @Test
    void srdSeparatesElectronsFromPions() {
        int n = 3000;
        Sample electrons = simulate(pure("na64e-2022", ParticleType.ELECTRON, 100), n, 1);
        Sample pions = simulate(pure("na64e-2022", ParticleType.PION_MINUS, 100), n, 2);
        double[] e = electrons.srd().clone();
        Arrays.sort(e);
        double threshold = e[(int) (0.05 * n)];   // 95 % electron efficiency
        long passing = Arrays.stream(pions.srd()).filter(x -> x >= threshold).count();
        // electrons leave tens of MeV of synchrotron light in the SRD; pions of the same momentum radiate
        // (m_e/m_pi)^4 less power and leave nothing (their decays to e nu upstream are 1e-4 x 1 %)
        assertThat(threshold).isGreaterThan(0.01);
        assertThat(e[n / 2]).isBetween(0.03, 0.2);
        assertThat(passing).isLessThanOrEqualTo(1);
        assertThat(electrons.maxImbalance()).isLessThan(1e-9);
        assertThat(pions.maxImbalance()).isLessThan(1e-9);
    }

    @Test
    void pionsDecayInFlightAlongTheBeamLineAtTheExponentialRate() {
        int n = 20_000;
        Setup setup = pure("na64e-2022", ParticleType.PION_MINUS, 20);
        Sample s = simulate(setup, n, 3);
        double length = setup.beam().upstreamLength() + setup.handoverZ();
        double p = Math.sqrt(400 - ParticleType.PION_MINUS.mass() * ParticleType.PION_MINUS.mass());
        double expected = 1 - Math.exp(-length / DecaySampler.decayLength(ParticleType.PION_MINUS, p));
        double sigma = Math.sqrt(expected * (1 - expected) / n);
        assertThat((double) s.decays() / n).isCloseTo(expected, within(4 * sigma + 0.02 * expected));
        assertThat(s.maxImbalance()).isLessThan(1e-9);
    }

    @Test
    void kaonDecaysConserveEnergyAndBookTheNeutrinos() {
        Setup setup = pure("na64e-2022", ParticleType.KAON_MINUS, 20);
        UpstreamSimulator sim = new UpstreamSimulator(setup);
        EventRecord ev = new EventRecord(EnergyDeposits.forSetup(setup));
        TransportState st = new TransportState();
        int decays = 0;
        for (int i = 0; i < 4000; i++) {
            ev.reset(i);
            List<Particle> out = sim.simulate(RandomStreams.forEvent(4, i), ev, st);
            var t = ev.truth();
            double handed = out.stream().mapToDouble(Particle::energy).sum();
            assertThat(t.primaryEnergy - handed - t.escapedInvisible - t.depositedTrue - t.lostUpstream)
                    .isCloseTo(0, within(1e-9));
            if (t.beamDecayChannel != null) {
                decays++;
                if (t.beamDecayChannel.contains("nu")) {
                    assertThat(t.escapedInvisible).isPositive();
                }
                assertThat(t.beamDecayZ).isBetween(-setup.beam().upstreamLength(), setup.handoverZ());
            }
        }
        // 20 GeV kaons: decay length 150 m; 56.5 m of beam line -> 31 %
        assertThat(decays / 4000.0).isBetween(0.27, 0.35);
    }

    @Test
    void forcedDecaysReproduceTheNaturalRateAndChannelsInTheBeamLine() {
        // 20 GeV kaons decay naturally in ~31 % of the events: measurable without forcing; the forced
        // sample (every kaon decays, lone-electron channels at half the decays) must give the same
        // decay probability per kaon and the same muon-channel fraction, within the statistics
        Setup setup = pure("na64e-2022", ParticleType.KAON_MINUS, 20);
        int n = 6000;
        UpstreamSimulator natural = new UpstreamSimulator(setup);
        UpstreamSimulator forced = new UpstreamSimulator(setup, new ForcedDecay(null, null, 0.5), na64.sim.spectrometer.UpstreamNuclearOptions.NATURAL);
        EventRecord ev = new EventRecord(EnergyDeposits.forSetup(setup));
        TransportState st = new TransportState();
        int naturalDecays = 0;
        int naturalMuNu = 0;
        for (int i = 0; i < n; i++) {
            ev.reset(i);
            natural.simulate(RandomStreams.forEvent(5, i), ev, st);
            if (ev.truth().beamDecayChannel != null) {
                naturalDecays++;
                if (ev.truth().beamDecayChannel.equals(muNu().label())) {
                    naturalMuNu++;
                }
            }
        }
        double sumW = 0;
        double sumW2 = 0;
        double muNuW = 0;
        for (int i = 0; i < n; i++) {
            ev.reset(i);
            forced.simulate(RandomStreams.forEvent(6, i), ev, st);
            var t = ev.truth();
            assertThat(t.beamDecayChannel).as("every forced kaon decays").isNotNull();
            sumW += t.weight;
            sumW2 += t.weight * t.weight;
            if (t.beamDecayChannel.equals(muNu().label())) {
                muNuW += t.weight;
            }
        }
        double rateNatural = (double) naturalDecays / n;
        double sigmaNatural = Math.sqrt(rateNatural * (1 - rateNatural) / n);
        double rateForced = sumW / n;
        double sigmaForced = Math.sqrt(sumW2 / n - rateForced * rateForced) / Math.sqrt(n);
        assertThat(Math.abs(rateForced - rateNatural) / Math.hypot(sigmaNatural, sigmaForced)).isLessThan(3);
        double fracNatural = (double) naturalMuNu / naturalDecays;
        double fracForced = muNuW / sumW;
        double sigmaFrac = Math.sqrt(fracNatural * (1 - fracNatural) / naturalDecays) * Math.sqrt(2);
        assertThat(fracForced).isCloseTo(muNu().fraction() / DecayData.totalFraction(ParticleType.KAON_MINUS), within(3 * sigmaFrac + 0.005));
        assertThat(Math.abs(fracForced - fracNatural)).isLessThan(3 * Math.hypot(sigmaFrac, sigmaFrac));
    }

    /** The weighted rate of forced upstream interactions, its standard error and the events that interacted. */
    record ForcedRate(double rate, double error, int interacted) {
    }

    /**
     * Forced electronuclear interactions after the magnets of na64e-2022 (nu > 40 GeV), at bias B:
     * every event keeps its energy balance (a knocked-out nucleon's rest energy booked as released),
     * the events without an interaction weigh 0, and the electron reaching the ECAL has at most
     * E0 (1 + 5 sigma_p) - 40 GeV.
     */
    static ForcedRate forcedUpstream(double bias, int n, long seed) {
        Setup setup = pure("na64e-2022", ParticleType.ELECTRON, 100);
        var options = new na64.sim.spectrometer.UpstreamNuclearOptions(bias, 40, 750, setup.handoverZ(), true);
        UpstreamSimulator sim = new UpstreamSimulator(setup, null, options);
        EventRecord ev = new EventRecord(EnergyDeposits.forSetup(setup));
        TransportState st = new TransportState();
        int interacted = 0;
        double worst = 0;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            ev.reset(i);
            List<Particle> out = sim.simulate(RandomStreams.forEvent(seed, i), ev, st);
            var t = ev.truth();
            worst = Math.max(worst, imbalance(t, out));
            if (Double.isNaN(t.upstreamInteractionZ)) {
                assertThat(t.weight).isZero();
                continue;
            }
            interacted++;
            sum += t.weight;
            sum2 += t.weight * t.weight;
            assertThat(t.upstreamInteractionZ).isBetween(750.0, setup.handoverZ());
            double electron = out.stream().filter(p -> p.type() == ParticleType.ELECTRON).mapToDouble(Particle::energy).max().orElse(0);
            assertThat(electron).isLessThan(100 * (1 + 5 * setup.beam().momentumSpread()) - 40);
        }
        assertThat(worst).isLessThan(1e-9);
        double mean = sum / n;
        return new ForcedRate(mean, Math.sqrt(Math.max(sum2 / n - mean * mean, 0) / n), interacted);
    }

    /** Two biases, one where most electrons interact and one where few do, measure the same natural rate. */
    @Test
    void forcedUpstreamInteractionsMeasureOneRateAtAnyBias() {
        ForcedRate strong = forcedUpstream(4e6, 1000, 8);
        ForcedRate weak = forcedUpstream(2e5, 3000, 9);
        assertThat(strong.interacted()).isGreaterThan(600);
        assertThat(weak.interacted()).isBetween(50, 600);
        assertThat(strong.rate()).isCloseTo(weak.rate(), within(3 * Math.hypot(strong.error(), weak.error())));
    }

    /**
     * Secondaries decay in flight too: 2 GeV pi- in 51 m of vacuum decay to mu nu, and those muons
     * (energy uniform in [r E, E], r = m_mu^2/m_pi^2) decay to e nu nu over what is left of the line
     * with probability 1 - exp(-(z1 - z)/lambda_mu), integrated here over the pion's decay point and
     * the muon's energy.
     */
    @Test
    void muonsFromPionDecaysDecayInFlightAtTheirExponentialRate() {
        double e = 2;
        BeamSpec nominal = Setups.load("na64e-2022").beam();
        Setup setup = na64.sim.spectrometer.TestSetups.of("pi-", e, "").withBeam(new BeamSpec("pi-", e, 0.0,
                new BeamSpec.Tail(0.0, 0.5), nominal.spot(), nominal.divergence(), 100.0, List.of()));
        UpstreamSimulator sim = new UpstreamSimulator(setup);
        EventRecord ev = new EventRecord(EnergyDeposits.forSetup(setup));
        TransportState st = new TransportState();
        int n = 200_000;
        int muonDecays = 0;
        for (int i = 0; i < n; i++) {
            ev.reset(i);
            List<Particle> out = sim.simulate(RandomStreams.forEvent(12, i), ev, st);
            if ("pi- -> mu- nu".equals(ev.truth().beamDecayChannel) && out.stream().anyMatch(p -> p.type() == ParticleType.ELECTRON)) {
                muonDecays++;
            }
        }
        double z0 = -setup.beam().upstreamLength();
        double z1 = setup.handoverZ();
        double mPi = ParticleType.PION_MINUS.mass();
        double mMu = ParticleType.MUON.mass();
        double lambdaPi = DecaySampler.decayLength(ParticleType.PION_MINUS, Math.sqrt(e * e - mPi * mPi));
        double r = mMu * mMu / (mPi * mPi);
        double expected = 0;
        int steps = 400;
        for (int a = 0; a < steps; a++) {
            double z = z0 + (a + 0.5) * (z1 - z0) / steps;
            double pDecay = Math.exp(-(z - z0) / lambdaPi) / lambdaPi * (z1 - z0) / steps;
            double muon = 0;
            for (int b = 0; b < steps; b++) {
                double eMu = e * (r + (1 - r) * (b + 0.5) / steps);
                double lambdaMu = DecaySampler.decayLength(ParticleType.MUON, Math.sqrt(eMu * eMu - mMu * mMu));
                muon += (1 - Math.exp(-(z1 - z) / lambdaMu)) / steps;
            }
            expected += pDecay * muon;
        }
        double channel = DecayData.channels(ParticleType.PION_MINUS).stream()
                .filter(c -> c.products().equals(List.of(ParticleType.MUON, ParticleType.NEUTRINO))).findFirst().orElseThrow()
                .fraction() / DecayData.totalFraction(ParticleType.PION_MINUS);
        expected *= channel * n;
        assertThat(expected).isGreaterThan(100);
        assertThat((double) muonDecays).isCloseTo(expected, within(4 * Math.sqrt(expected)));
    }

    private static DecayChannel muNu() {
        return DecayData.channels(ParticleType.KAON_MINUS).stream()
                .filter(c -> c.products().equals(List.of(ParticleType.MUON, ParticleType.NEUTRINO))).findFirst().orElseThrow();
    }
}
