package na64.bench.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import na64.plot.Axis;
import na64.plot.Figure;
import na64.plot.Histogram;
import na64.plot.Line;
import na64.plot.LineStyle;
import na64.plot.Rgb;
import na64.reco.calibration.RtCalibration;
import na64.reco.conditions.Conditions;
import na64.reco.conditions.RtRelation;
import na64.reco.conditions.RunRange;
import na64.reco.conditions.TrackerCalibration;
import na64.reco.digitize.TrackerDigitizer;
import na64.reco.digitize.TrueHit;
import na64.reco.geometry.TrackerReadout;

/**
 * Straw tubes simulated with mis-set constants (t0 = 7.3 ns, an r-t relation faster than nominal):
 * the r-t relation derived from the drift-time spectrum (integration method) and the hit residuals
 * it gives.
 */
final class StrawCalibration {
    private static final double TRUE_T0 = 7.3;

    private StrawCalibration() {
    }

    static void run(RecoSetting s, EventCounts counts, ValidationReport.Builder out) {
        int plane = s.geometry().trackerIndex("ST1X");
        TrackerReadout straw = s.geometry().trackers().get(plane);
        double radius = straw.pitch() / 2;
        RtRelation trueRt = RtRelation.quadratic(120, 550, radius, 31);
        TrackerCalibration trueCal = s.nominal().tracker("ST1X").withRt(TRUE_T0, trueRt);
        Conditions truth = s.nominal().withTrackers("true", RunRange.all(), List.of(trueCal));
        TrackerDigitizer digitizer = new TrackerDigitizer(s.geometry(), truth, s.config());
        SplittableRandom rng = new SplittableRandom(301);
        List<Double> times = new ArrayList<>();
        List<double[]> hits = new ArrayList<>();
        int tracks = counts.of(40_000);
        for (int i = 0; i < tracks; i++) {
            double x = -8 + 16 * rng.nextDouble();
            var digits = digitizer.digitizeStraws(List.of(new TrackerDigitizer.TimedHit(
                    new TrueHit(plane, x, 0, 0, 0, straw.z() / 29.9792458, 0), 0)), false, rng);
            for (int k = 0; k < digits.size(); k++) {
                double t = digits.tdc()[k] * s.config().straws().tdcLsb();
                times.add(t);
                double d = Math.abs(x - straw.wire(digits.layer()[k], digits.tube()[k]));
                if (d <= radius) {
                    // the tube the track crossed (noise hits in other tubes are in the spectrum, not here)
                    hits.add(new double[] {t, d});
                }
            }
        }
        RtCalibration.Result result = RtCalibration.derive(times.stream().mapToDouble(Double::doubleValue).toArray(),
                radius, 0.5, 41);
        double[] residuals = new double[hits.size()];
        double sum2 = 0;
        for (int i = 0; i < residuals.length; i++) {
            double[] h = hits.get(i);
            residuals[i] = 10 * (result.rt().radius(h[0] - result.t0()) - h[1]);
            sum2 += residuals[i] * residuals[i];
        }
        double resolution = Math.sqrt(sum2 / residuals.length);
        out.count("straw_tracks", tracks);
        out.count("straw_hits", residuals.length);
        out.number("straw_derived_t0_ns", result.t0());
        out.number("straw_hit_resolution_mm", resolution);
        int bins = 100;
        out.figure("straw_residuals", Figure.titled(String.format(Locale.ROOT,
                        "Straw drift radius − true distance (derived r-t): r.m.s. %.3f mm", resolution))
                .x(Axis.linear("residual [mm]", -0.1, 0.1))
                .y(Axis.linear("hits"))
                .add(Histogram.of(Histograms.edges(-0.1, 0.1, bins), Histograms.counts(residuals, -0.1, 0.1, bins))
                        .label("6 mm straws, Ar/CO2, uniform illumination")));
        int m = 60;
        double[] t = new double[m];
        double[] rTrue = new double[m];
        double[] rDerived = new double[m];
        double[] rNominal = new double[m];
        RtRelation nominal = s.nominal().tracker("ST1X").rt();
        for (int i = 0; i < m; i++) {
            t[i] = TRUE_T0 + 80.0 * i / (m - 1);
            rTrue[i] = 10 * trueRt.radius(t[i] - TRUE_T0);
            rDerived[i] = 10 * result.rt().radius(t[i] - result.t0());
            rNominal[i] = 10 * nominal.radius(t[i]);
        }
        out.figure("rt_calibration", Figure.titled("Straw r-t relation from the drift-time spectrum (integration method)")
                .x(Axis.linear("TDC time [ns]", 0, 90))
                .y(Axis.linear("drift radius [mm]", 0, 3.2))
                .add(Line.of(t, rNominal).style(LineStyle.dotted(Rgb.GREY, 1.5)).label("nominal (the reconstruction's start)"))
                .add(Line.of(t, rTrue).style(LineStyle.solid(Rgb.BLUE, 2))
                        .label(String.format(Locale.ROOT, "true (simulated tubes: t0 = %.1f ns)", TRUE_T0)))
                .add(Line.of(t, rDerived).style(LineStyle.dashed(Rgb.VERMILION, 2)).label("derived")));
    }
}
