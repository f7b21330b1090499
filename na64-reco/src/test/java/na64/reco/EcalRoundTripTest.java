package na64.reco;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.event.reco.RecoEvent;
import na64.reco.calo.FittedPulses;
import na64.reco.conditions.CalorimeterCalibration;
import na64.reco.conditions.Conditions;
import na64.reco.conditions.ConditionsProvider;
import na64.reco.conditions.NominalConditions;
import na64.reco.digitize.Digitizer;
import na64.reco.digitize.DigitizerConfig;
import na64.reco.digitize.TrueEvent;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.geometry.ReadoutType;
import na64.reco.process.EventStore;
import na64.reco.process.RunContext;
import na64.reco.waveform.FitPrecision;
import org.junit.jupiter.api.Test;
import na64.reco.calo.CaloKeys;
import na64.reco.process.EventKeys;

/**
 * True ECAL energy -> photo-electrons, waveforms -> template fits -> calibrated energy: no bias
 * above 1 % and the resolution that photostatistics and noise allow, computed independently:
 * var = F E / n_pe (Poisson photo-electrons with the PMT excess noise factor F) plus, per channel,
 * the least-squares amplitude variance of white noise (plus 1/12 count^2 of rounding) -- the
 * Cramer-Rao bound of a fixed-time fit, or of the joint amplitude-and-time fit where a pulse was found.
 */
class EcalRoundTripTest {
    static final ReadoutGeometry GEOMETRY = TestSetups.na64e2022();
    static final Conditions NOMINAL = NominalConditions.builtIn().forGeometry(GEOMETRY);

    static TrueEvent ecalEvent(long n, double[] ecalDeposits) {
        double[][] deposits = new double[GEOMETRY.detectors().size()][];
        for (int d = 0; d < deposits.length; d++) {
            deposits[d] = new double[GEOMETRY.detectors().get(d).channels()];
        }
        deposits[GEOMETRY.detectorIndex("ECAL")] = ecalDeposits;
        return new TrueEvent(n, deposits, List.of(), null, true);
    }

    @Test
    void energyRoundTripAt100And20GeV() {
        check(100, 1200, 11);
        check(20, 800, 12);
    }

    private void check(double energy, int events, long seed) {
        DigitizerConfig config = DigitizerConfig.defaults();
        Digitizer digitizer = new Digitizer(GEOMETRY, NOMINAL, config, null, seed, 1);
        RunHeader header = digitizer.runHeader(java.util.Map.of());
        Reconstruction reco = Reconstruction.chain(GEOMETRY, ConditionsProvider.fixed(NOMINAL));
        RunContext run = reco.beginRun(header);
        ShowerToy toy = new ShowerToy(GEOMETRY.detector("ECAL"), 0.09, 4.1);
        int ecal = GEOMETRY.detectorIndex("ECAL");
        CalorimeterCalibration cal = NOMINAL.calorimeter("ECAL");
        double pe = config.photoelectrons().get(ReadoutType.ECAL);
        SplittableRandom rng = new SplittableRandom(seed);
        double sum = 0;
        double sum2 = 0;
        double expectedVariance = 0;
        for (int i = 0; i < events; i++) {
            double[] dep = toy.deposits(energy, rng.nextDouble() * 2 - 1, rng.nextDouble() * 2 - 1, rng);
            double truth = 0;
            for (double e : dep) {
                truth += e;
            }
            RawEvent raw = digitizer.digitize(ecalEvent(i, dep));
            EventStore store = reco.process(raw, run);
            RecoEvent r = store.get(EventKeys.RECO);
            double d = r.ecal().energy() - truth;
            sum += d / truth;
            sum2 += d * d;
            FittedPulses p = store.get(CaloKeys.PULSES);
            double noiseVariance = 0;
            for (int c = 0; c < dep.length; c++) {
                double amplitude = dep[c] / cal.gevPerAdc(c);
                double var = FitPrecision.amplitudeVariance(header.board(), cal.pulse(), raw.header().triggerPhase(),
                        cal.timeOffset(c), amplitude, cal.noise(c), !Double.isNaN(p.time()[ecal][c]));
                noiseVariance += var * cal.gevPerAdc(c) * cal.gevPerAdc(c);
            }
            expectedVariance += config.excessNoiseFactor() * truth / pe + noiseVariance;
        }
        double bias = sum / events;
        double rms = Math.sqrt(sum2 / events);
        double expected = Math.sqrt(expectedVariance / events);
        assertThat(Math.abs(bias)).as("relative bias at %s GeV", energy).isLessThan(0.01);
        assertThat(rms / expected).as("resolution / expectation at %s GeV (rms %s GeV, expected %s GeV)",
                energy, rms, expected).isBetween(0.9, 1.12);
    }
}
