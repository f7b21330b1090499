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
            double handed = out.stream().mapToDouble(Particle::energy).sum();
            worst = Math.max(worst, Math.abs(t.primaryEnergy - handed - t.escapedInvisible - t.depositedTrue - t.lostUpstream));
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

    private static DecayChannel muNu() {
        return DecayData.channels(ParticleType.KAON_MINUS).stream()
                .filter(c -> c.products().equals(List.of(ParticleType.MUON, ParticleType.NEUTRINO))).findFirst().orElseThrow();
    }
}
