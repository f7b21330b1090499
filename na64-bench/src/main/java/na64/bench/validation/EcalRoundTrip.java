package na64.bench.validation;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import na64.core.RandomStreams;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.physics.ParticleType;
import na64.plot.Axis;
import na64.plot.Figure;
import na64.plot.Line;
import na64.plot.LineStyle;
import na64.plot.Points;
import na64.plot.Rgb;
import na64.reco.calo.CaloKeys;
import na64.reco.calo.FittedPulses;
import na64.reco.conditions.CalorimeterCalibration;
import na64.reco.digitize.Digitizer;
import na64.reco.geometry.ReadoutType;
import na64.reco.process.EventStore;
import na64.reco.waveform.FitPrecision;

/**
 * ECAL deposits of simulated electron showers -> photo-electrons, waveforms -> template fits ->
 * calibrated energy, against the deposit: the bias, and the spread against what photostatistics
 * and noise allow, var = F E / n_pe + the Cramer-Rao amplitude variance of every channel.
 */
final class EcalRoundTrip {
    private static final double[] ENERGIES = {2, 5, 10, 20, 50, 100, 150};

    private EcalRoundTrip() {
    }

    static void run(RecoSetting s, EventCounts counts, ValidationReport.Builder out) {
        Digitizer digitizer = s.digitizer(101);
        RunHeader header = digitizer.runHeader(Map.of());
        RecoSetting.Reconstructor reco = s.reconstructor(digitizer);
        DownstreamShots shots = new DownstreamShots(s);
        int ecal = s.geometry().detectorIndex("ECAL");
        CalorimeterCalibration cal = s.nominal().calorimeter("ECAL");
        double pe = s.config().photoelectrons().get(ReadoutType.ECAL);
        double[] measured = new double[ENERGIES.length];
        double[] expected = new double[ENERGIES.length];
        SplittableRandom position = new SplittableRandom(102);
        int events = counts.of(1500);
        for (int k = 0; k < ENERGIES.length; k++) {
            double sum = 0;
            double sum2 = 0;
            double variance = 0;
            for (int i = 0; i < events; i++) {
                long number = k * 100_000L + i;
                double[][] dep = shots.deposits(ParticleType.ELECTRON, ENERGIES[k], position.nextDouble() - 0.5,
                        position.nextDouble() - 0.5, RandomStreams.forEvent(103, number));
                double truth = 0;
                for (double e : dep[ecal]) {
                    truth += e;
                }
                RawEvent raw = digitizer.digitize(DownstreamShots.event(number, dep));
                EventStore store = reco.reco().process(raw, reco.run());
                double diff = store.get(CaloKeys.ECAL).energy() - truth;
                sum += diff / truth;
                sum2 += diff * diff;
                FittedPulses pulses = store.get(CaloKeys.PULSES);
                double noise = 0;
                for (int c = 0; c < dep[ecal].length; c++) {
                    double g = cal.gevPerAdc(c);
                    noise += g * g * FitPrecision.amplitudeVariance(header.board(), cal.pulse(), raw.header().triggerPhase(),
                            cal.timeOffset(c), dep[ecal][c] / g, cal.noise(c), !Double.isNaN(pulses.time()[ecal][c]));
                }
                variance += s.config().excessNoiseFactor() * truth / pe + noise;
            }
            measured[k] = Math.sqrt(sum2 / events) / ENERGIES[k];
            expected[k] = Math.sqrt(variance / events) / ENERGIES[k];
            String p = String.format(Locale.ROOT, "ecal_%.0fGeV_", ENERGIES[k]);
            out.number(p + "bias", sum / events);
            out.number(p + "sigma_GeV", measured[k] * ENERGIES[k]);
            out.number(p + "expected_sigma_GeV", expected[k] * ENERGIES[k]);
        }
        out.count("ecal_events_per_energy", events);
        out.figure("ecal_resolution", Figure.titled("ECAL: digitisation + reconstruction vs deposited energy")
                .x(Axis.log("E deposited [GeV]", 1.5, 200))
                .y(Axis.log("σ(E_{reco} − E_{dep}) / E", 1e-3, 0.2))
                .add(Line.of(ENERGIES, expected).style(LineStyle.solid(Rgb.BLUE, 2)).label("expected: photo-electrons + noise"))
                .add(Points.of(ENERGIES, measured).color(Rgb.VERMILION).label("simulated showers, digitised and reconstructed")));
    }
}
