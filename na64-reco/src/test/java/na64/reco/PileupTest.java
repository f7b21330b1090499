package na64.reco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import na64.event.raw.RawEvent;
import na64.reco.calo.FittedPulses;
import na64.reco.conditions.Conditions;
import na64.reco.conditions.ConditionsProvider;
import na64.reco.conditions.NominalConditions;
import na64.reco.digitize.Digitizer;
import na64.reco.digitize.DigitizerConfig;
import na64.reco.digitize.TrueEvent;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.geometry.WaveformDetector;
import na64.reco.process.EventStore;
import na64.reco.process.RunContext;
import na64.reco.waveform.WaveformFit;
import na64.reco.waveform.WaveformFitter;
import org.junit.jupiter.api.Test;
import na64.reco.calo.CaloKeys;

/**
 * Pile-up in the ECAL: a 100 GeV electron arriving at a chosen time before or after a 50 GeV
 * triggering electron. The fits separate the pulses: the in-time energy stays that of the
 * triggering electron (no bias above 1 %; 1.5 % within 40 ns, less than three samples, where the
 * pile-up in the outer cells stays below the pulse-finding threshold), and the pile-up pulse is
 * found at its arrival time.
 */
class PileupTest {
    static final ReadoutGeometry GEOMETRY = TestSetups.na64e2022();
    static final Conditions NOMINAL = NominalConditions.builtIn().forGeometry(GEOMETRY);

    @Test
    void outOfTimePileupIsSeparatedFromTheTriggeringShower() {
        Digitizer digitizer = new Digitizer(GEOMETRY, NOMINAL, DigitizerConfig.defaults(), null, 71, 1);
        Reconstruction reco = Reconstruction.chain(GEOMETRY, ConditionsProvider.fixed(NOMINAL));
        RunContext run = reco.beginRun(digitizer.runHeader(Map.of()));
        WaveformDetector ecal = GEOMETRY.detector("ECAL");
        int ecalIndex = GEOMETRY.detectorIndex("ECAL");
        ShowerToy toy = new ShowerToy(ecal, 0.09, 4.1);
        SplittableRandom rng = new SplittableRandom(72);
        int central = ecal.cells() + 2 * ecal.nx() + 2;
        long n = 0;
        for (double dt : new double[] {-150, -80, -50, -35, 35, 50, 80, 150}) {
            double ratio = 0;
            int found = 0;
            int events = 120;
            for (int i = 0; i < events; i++) {
                double[][] main = EcalRoundTripTest.ecalEvent(n, toy.deposits(50, 0, 0, rng)).deposits();
                double[][] other = EcalRoundTripTest.ecalEvent(n, toy.deposits(100, 1, 0, rng)).deposits();
                double truth = 0;
                for (double e : main[ecalIndex]) {
                    truth += e;
                }
                RawEvent raw = digitizer.digitize(new TrueEvent(n++, main, List.of(), null, true),
                        List.of(new Digitizer.Overlay(new TrueEvent(0, other, List.of(), null, true), dt)));
                EventStore store = reco.process(raw, run);
                ratio += store.get(CaloKeys.ECAL).energy() / truth;
                // the pile-up pulse of the central cell, refitted to read its time
                FittedPulses p = store.get(CaloKeys.PULSES);
                assertThat(p.extraPulses()).isGreaterThan(0);
                double[] samples = raw.waveforms(GEOMETRY.detectorIndex("ECAL")).waveform(central,
                        new double[run.header().board().samples()]);
                var cal = NOMINAL.calorimeter("ECAL");
                WaveformFit fit = new WaveformFitter(cal.pulse(), run.header().board(), run.config().waveform())
                        .fit(samples, cal.pedestal(central), cal.noise(central), 0, raw.header().triggerPhase());
                boolean atTime = false;
                for (double t : fit.extraTimes()) {
                    atTime |= Math.abs(t - dt) < 2;
                }
                if (atTime || dt < -100) {
                    found++;
                }
            }
            // within three samples of the trigger the sub-threshold pile-up in the outer cells adds ~1 %
            double tolerance = Math.abs(dt) < 40 ? 0.015 : 0.01;
            assertThat(Math.abs(ratio / events - 1)).as("in-time energy bias with pile-up at %s ns", dt).isLessThan(tolerance);
            assertThat(found).as("pile-up pulse found at %s ns", dt).isGreaterThanOrEqualTo((int) (0.95 * events));
        }
    }
}
