package na64.bench.validation;

import java.util.Locale;
import java.util.SplittableRandom;
import na64.event.raw.RunHeader;
import na64.plot.Axis;
import na64.plot.Figure;
import na64.plot.Line;
import na64.plot.LineStyle;
import na64.plot.Points;
import na64.plot.Rgb;
import na64.reco.waveform.FitSettings;
import na64.reco.waveform.PulseShape;
import na64.reco.waveform.WaveformFit;
import na64.reco.waveform.WaveformFitter;

/** An example waveform: two ECAL pulses 25 ns apart (two samples of the 80 MHz board) and their two-pulse fit. */
final class TwoPulseFit {
    private static final double PEDESTAL = 200;
    private static final double NOISE = 1.5;

    private TwoPulseFit() {
    }

    static void run(RecoSetting s, ValidationReport.Builder out) {
        RunHeader.WaveformBoard board = new RunHeader.WaveformBoard(32, 12.5, 12, 8);
        PulseShape shape = s.nominal().calorimeter("ECAL").pulse();
        SplittableRandom rng = new SplittableRandom(5);
        double phase = 4.0;
        double[] samples = new double[board.samples()];
        double[] t = new double[board.samples()];
        for (int k = 0; k < samples.length; k++) {
            t[k] = board.sampleTime(k) - phase;
            samples[k] = Math.rint(PEDESTAL + NOISE * rng.nextGaussian() + 900 * shape.atPeak(t[k])
                    + 600 * shape.atPeak(t[k] - 25));
        }
        WaveformFit fit = new WaveformFitter(shape, board, FitSettings.defaults()).fit(samples, PEDESTAL, NOISE, 0, phase);
        out.number("two_pulses_first_amplitude", fit.amplitude());
        out.number("two_pulses_first_time_ns", fit.time());
        out.number("two_pulses_second_amplitude", fit.extraAmplitudes()[0]);
        out.number("two_pulses_second_time_ns", fit.extraTimes()[0]);
        out.number("two_pulses_chi2", fit.chi2());
        out.count("two_pulses_ndf", fit.ndf());
        int m = 400;
        double[] tt = new double[m];
        double[] first = new double[m];
        double[] second = new double[m];
        double[] sum = new double[m];
        for (int i = 0; i < m; i++) {
            tt[i] = -100 + 300.0 * i / m;
            first[i] = PEDESTAL + fit.amplitude() * shape.atPeak(tt[i] - fit.time());
            second[i] = PEDESTAL + fit.extraAmplitudes()[0] * shape.atPeak(tt[i] - fit.extraTimes()[0]);
            sum[i] = first[i] + second[i] - PEDESTAL;
        }
        out.figure("two_pulses", Figure.titled("Two pulses 25 ns apart, 12.5 ns sampling: two-pulse template fit")
                .x(Axis.linear("time after trigger [ns]", -100, 200))
                .y(Axis.linear("ADC counts", 150, 1600))
                .add(Line.of(tt, first).style(LineStyle.dashed(Rgb.BLUE, 1.5)).label(String.format(Locale.ROOT,
                        "pulse 1: %.0f counts at %.1f ns", fit.amplitude(), fit.time())))
                .add(Line.of(tt, second).style(LineStyle.dashed(Rgb.GREEN, 1.5)).label(String.format(Locale.ROOT,
                        "pulse 2: %.0f counts at %.1f ns", fit.extraAmplitudes()[0], fit.extraTimes()[0])))
                .add(Line.of(tt, sum).style(LineStyle.solid(Rgb.BLACK, 1.5)).label("fit"))
                .add(Points.of(t, samples).color(Rgb.VERMILION).label("samples (true: 900 at 0 ns, 600 at 25 ns)")));
    }
}
