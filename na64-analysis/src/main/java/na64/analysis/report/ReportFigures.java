package na64.analysis.report;

import java.util.Arrays;
import java.util.List;
import na64.analysis.background.TailExtrapolation;
import na64.analysis.efficiency.EfficiencyPoint;
import na64.analysis.limits.LimitPoint;
import na64.analysis.limits.PublishedCurve;
import na64.analysis.select.PlaneHistogram;
import na64.analysis.select.Region;
import na64.analysis.select.SelectionSpec;
import na64.analysis.study.Histogram1D;
import na64.plot.Annotation;
import na64.plot.Axis;
import na64.plot.Band;
import na64.plot.Figure;
import na64.plot.Heatmap;
import na64.plot.Histogram;
import na64.plot.Line;
import na64.plot.LineStyle;
import na64.plot.Points;
import na64.plot.Rgb;

/** The figures of the study report, built from its results (one method per figure). */
public final class ReportFigures {
    private static final Rgb[] REGION_COLORS = {Rgb.ORANGE, Rgb.SKY, Rgb.PURPLE, Rgb.GREEN, Rgb.VERMILION};

    private ReportFigures() {
    }

    /**
     * E_ECAL versus E_HCAL after the selection's first {@link SelectionSpec#planeCuts} cuts, with the
     * control regions and the (blinded) signal box.
     */
    public static Figure plane(PlaneHistogram plane, SelectionSpec selection) {
        int nx = plane.xEdges().length - 1;
        int ny = plane.yEdges().length - 1;
        double[][] values = new double[nx][ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                values[i][j] = plane.events()[i][j];
            }
        }
        double xMin = plane.xEdges()[0];
        double xMax = plane.xEdges()[nx];
        double yMin = plane.yEdges()[0];
        double yMax = plane.yEdges()[ny];
        String which = selection.planeCuts() == selection.cuts().size() ? "Pre-selected pseudo-data"
                : "Pseudo-data after " + selection.planeCuts() + " of " + selection.cuts().size() + " cuts";
        Figure f = Figure.titled(which + ": E_{ECAL} versus E_{HCAL}")
                .size(760, 600)
                .x(Axis.linear("E_{ECAL} [GeV]", xMin, xMax))
                .y(Axis.linear("E_{HCAL} [GeV]", yMin, yMax))
                .add(Heatmap.of(plane.xEdges(), plane.yEdges(), values).withLogScale().colorBarLabel("events per bin"))
                .legend(Figure.LegendPosition.UPPER_RIGHT);
        List<Region> regions = selection.controlRegions();
        for (int r = 0; r < regions.size(); r++) {
            RegionOutline o = RegionOutline.of(regions.get(r).cuts(), xMin, xMax, yMin, yMax);
            if (o.polygon().isEmpty()) {
                continue;
            }
            Rgb color = REGION_COLORS[r % REGION_COLORS.length];
            LineStyle style = o.complete() ? LineStyle.solid(color, 2) : LineStyle.dashed(color, 2);
            f.add(Line.of(o.xs(), o.ys()).style(style).label("region " + regions.get(r).name()));
            double[] c = o.centre();
            f.annotate(Annotation.at(c[0], c[1], regions.get(r).name()).color(color).size(20).anchor(Annotation.Anchor.MIDDLE));
        }
        RegionOutline box = RegionOutline.of(selection.signalBox(), xMin, xMax, yMin, yMax);
        if (!box.polygon().isEmpty()) {
            f.add(Line.of(box.xs(), box.ys()).style(LineStyle.solid(Rgb.RED, 3))
                    .label(plane.blinded() ? "signal box (blinded)" : "signal box"));
            double[] c = box.centre();
            f.annotate(Annotation.at(c[0], c[1] + 0.03 * (yMax - yMin), plane.blinded() ? "signal box (blinded)" : "signal box")
                    .color(Rgb.RED).size(13).anchor(Annotation.Anchor.MIDDLE));
        }
        return f;
    }

    /** The side-band distribution with the fitted exponential, extrapolated into the signal range. */
    public static Figure sideband(Histogram1D h, TailExtrapolation.Fit fit, double fitLo, double fitHi, double sigLo,
            double sigHi) {
        double lo = Math.min(fitLo, sigLo);
        double hi = Math.max(fitHi, sigHi);
        double maxCount = Arrays.stream(h.counts()).max().orElse(1);
        Figure f = Figure.titled("Side-band extrapolation (pseudo-data)")
                .size(760, 480)
                .x(Axis.linear(na64.analysis.select.Variables.get(h.variable()).axisLabel(), lo, hi))
                .y(Axis.log("events per bin", 0.1, Math.max(10, 5 * maxCount)))
                .add(Band.between(new double[] {sigLo, sigHi}, new double[] {0.1, 0.1},
                        new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}).fill(Rgb.LIGHT_GREY, 0.6)
                        .label("signal range (blinded)"))
                .add(Histogram.of(h.edges(), h.counts()).style(LineStyle.solid(Rgb.BLACK, 1.5)).label("side-band events"));
        if (fit != null) {
            double width = h.edges()[1] - h.edges()[0];
            double norm = fit.fitWeight() * width / Math.exp(TailExtrapolation.logIntegral(fit.slope(), fitLo, fitHi));
            f.add(curve(fit.slope(), norm, fitLo, fitHi).style(LineStyle.solid(Rgb.BLUE, 2.5)).label("exponential fit"));
            f.add(curve(fit.slope(), norm, sigLo, sigHi).style(LineStyle.dashed(Rgb.BLUE, 2.5))
                    .label("extrapolation: " + fit.extrapolated().format() + " events"));
        }
        return f;
    }

    /** Signal efficiency versus mass, per production process, with statistical errors. */
    public static Figure efficiency(List<EfficiencyPoint> points) {
        Figure f = Figure.titled("Signal efficiency of the selection")
                .size(760, 480)
                .x(Axis.log("m_{A'} [GeV]", 5e-4, 2).withGrid())
                .y(Axis.linear("efficiency", 0, 1).withGrid())
                .legend(Figure.LegendPosition.LOWER_LEFT);
        Rgb[] colors = {Rgb.BLUE, Rgb.VERMILION, Rgb.GREEN};
        Points.Marker[] markers = {Points.Marker.CIRCLE, Points.Marker.SQUARE, Points.Marker.TRIANGLE};
        List<String> processes = points.stream().map(EfficiencyPoint::process).distinct().toList();
        for (int p = 0; p < processes.size(); p++) {
            String process = processes.get(p);
            List<EfficiencyPoint> ps = points.stream().filter(e -> e.process().equals(process) && Double.isFinite(e.efficiency())).toList();
            if (ps.isEmpty()) {
                continue;
            }
            double[] x = ps.stream().mapToDouble(EfficiencyPoint::mass).toArray();
            double[] y = ps.stream().mapToDouble(EfficiencyPoint::efficiency).toArray();
            double[] e = ps.stream().mapToDouble(EfficiencyPoint::statError).toArray();
            f.add(Points.of(x, y).yErrors(e).marker(markers[p % markers.length], 7).color(colors[p % colors.length]).label(process));
        }
        return f;
    }

    /** The 90 % CL exclusion: observed, expected with its bands, and the published curve. */
    public static Figure exclusion(List<LimitPoint> limits, PublishedCurve published, String title, double cl) {
        List<LimitPoint> ok = limits.stream().filter(l -> Double.isFinite(l.epsilon())).toList();
        double[] m = ok.stream().mapToDouble(LimitPoint::mass).toArray();
        double[] eps = ok.stream().mapToDouble(LimitPoint::epsilon).toArray();
        Figure f = Figure.titled(title)
                .size(800, 600)
                .x(Axis.log("m_{A'} [GeV]", 1e-3, 1).withGrid())
                .y(Axis.log("ε", 1e-6, 1e-2).withGrid())
                .legend(Figure.LegendPosition.UPPER_LEFT);
        boolean bands = ok.stream().allMatch(l -> l.expected() != null && Arrays.stream(l.expected()).allMatch(Double::isFinite));
        if (bands && !ok.isEmpty()) {
            f.add(Band.between(m, column(ok, 0), column(ok, 4)).fill(Rgb.BAND_YELLOW).label("expected ±2σ"));
            f.add(Band.between(m, column(ok, 1), column(ok, 3)).fill(Rgb.BAND_GREEN).label("expected ±1σ"));
            f.add(Line.of(m, column(ok, 2)).style(LineStyle.dashed(Rgb.BLACK, 1.5)).label("expected (median)"));
        }
        if (published != null) {
            f.add(Line.of(published.masses(), published.epsilon()).style(LineStyle.dashed(Rgb.BLUE, 2.5)).label(published.label()));
        }
        if (!ok.isEmpty()) {
            f.add(Band.above(m, eps).fill(Rgb.RED, 0.12));
            f.add(Line.of(m, eps).style(LineStyle.solid(Rgb.RED, 3))
                    .label(String.format(java.util.Locale.ROOT, "na64 study, %.0f%% CL", 100 * cl)));
        }
        return f;
    }

    private static double[] column(List<LimitPoint> ok, int q) {
        return ok.stream().mapToDouble(l -> l.expected()[q]).toArray();
    }

    private static Line curve(double slope, double norm, double lo, double hi) {
        int n = 60;
        double[] x = new double[n + 1];
        double[] y = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            x[i] = lo + (hi - lo) * i / n;
            y[i] = norm * Math.exp(slope * x[i]);
        }
        return Line.of(x, y);
    }
}
