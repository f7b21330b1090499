package na64.analysis.visible;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import na64.analysis.select.Count;
import na64.analysis.select.CutFlow;
import java.util.Locale;
import na64.analysis.report.Html;
import na64.analysis.study.StudyProvenance;
import na64.core.AtomicOutput;
import na64.core.BuildInfo;
import na64.plot.Axis;
import na64.plot.Band;
import na64.plot.Figure;
import na64.plot.Line;
import na64.plot.LineStyle;
import na64.plot.Points;
import na64.plot.Rgb;
import na64.plot.SvgRenderer;

/**
 * The outputs of a visible-mode study, each written atomically: band.csv (the excluded band per
 * mass, beside the published one), signal.csv (expected signal and efficiency per run and grid
 * point), background.csv (per run), band.svg and report.html. Every CSV starts with the study's
 * provenance as '#' lines.
 */
public final class VisibleReport {
    private VisibleReport() {
    }

    public static Path write(VisibleStudy.Result r, Path out) {
        String provenance = provenance(r);
        AtomicOutput.writeString(out.resolve("band.csv"), provenance + band(r));
        if (!r.runBands().isEmpty()) {
            AtomicOutput.writeString(out.resolve("band-runs.csv"), provenance + runBands(r));
        }
        AtomicOutput.writeString(out.resolve("signal.csv"), provenance + signal(r));
        AtomicOutput.writeString(out.resolve("background.csv"), provenance + background(r));
        String svg = new SvgRenderer().render(figure(r));
        AtomicOutput.writeString(out.resolve("band.svg"), svg);
        Path report = out.resolve("report.html");
        AtomicOutput.writeString(report, html(r, svg));
        return report;
    }

    static String provenance(VisibleStudy.Result r) {
        StringBuilder h = new StringBuilder("# ").append(BuildInfo.describe()).append('\n');
        h.append(String.format(Locale.ROOT, "# study: %s; search: %s; seed: %d%n", r.config().name(), r.config().search(),
                r.config().seed()));
        if (r.config().semiVisible()) {
            var d = r.config().signal().darkSector();
            h.append(String.format(Locale.ROOT, "# dark sector: pseudo-Dirac chi1 chi2, alpha_D = %s, m_A' = %s m_chi1, "
                    + "m_chi2 - m_chi1 = %s m_chi1; y = eps^2 alpha_D (m_chi1 / m_A')^4%n", d.alphaD(), d.massRatio(), d.splitting()));
        }
        for (VisibleStudyConfig.Run run : r.config().runs()) {
            h.append(String.format(Locale.ROOT, "# run %s: setup %s, %s GeV, EOT %s, observed %d, selection %s%s%n",
                    run.name(), run.setup(), run.beamEnergy(), run.eot(), run.observed(), r.selectionOf(run.name()).name(),
                    r.config().semiVisible() || run.decayRegion() == null ? ", decays at their natural points"
                            : ", decay window z = " + run.decayRegion().get(0) + "-" + run.decayRegion().get(1) + " cm"));
        }
        return h.append(StudyProvenance.sampleLines(r.samples())).toString();
    }

    /**
     * mass_GeV, epsilon_low, epsilon_high (empty: open or no band), published_low, published_high; for
     * the semi-visible mode also m_chi1_GeV, y_low, y_high.
     */
    static String band(VisibleStudy.Result r) {
        boolean semi = r.config().semiVisible();
        String c = coupling(r);
        StringBuilder s = new StringBuilder("mass_GeV," + c + "_low," + c + "_high,published_low,published_high"
                + (semi ? ",m_chi1_GeV,y_low,y_high" : "") + "\n");
        for (ExcludedBand.Edges e : r.band()) {
            double[] p = r.published() == null ? new double[] {Double.NaN, Double.NaN} : r.published().at(e.mass());
            s.append(g(e.mass())).append(',').append(g(e.epsilonLow())).append(',').append(g(e.epsilonHigh())).append(',')
                    .append(g(p[0])).append(',').append(g(p[1]));
            if (semi) {
                var d = r.config().signal().darkSector();
                s.append(',').append(g(e.mass() / d.massRatio())).append(',').append(g(d.y(e.epsilonLow())))
                        .append(',').append(g(d.y(e.epsilonHigh())));
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** Each run's own band: run, mass_GeV, then the edges as in band.csv (empty: open or no band). */
    static String runBands(VisibleStudy.Result r) {
        String c = coupling(r);
        StringBuilder s = new StringBuilder("run,mass_GeV," + c + "_low," + c + "_high\n");
        r.runBands().forEach((run, edges) -> {
            for (ExcludedBand.Edges e : edges) {
                s.append(run).append(',').append(g(e.mass())).append(',').append(g(e.epsilonLow())).append(',')
                        .append(g(e.epsilonHigh())).append('\n');
            }
        });
        return s.toString();
    }

    /** The grid's coupling: eps, or g_agg [1/GeV] for the ALP search (column names). */
    static String coupling(VisibleStudy.Result r) {
        return r.config().alp() ? "g_agg" : "epsilon";
    }

    static String signal(VisibleStudy.Result r) {
        StringBuilder s = new StringBuilder("run,mass_GeV," + coupling(r)
                + ",events,selected_events,signal,signal_error,efficiency_in_window,mu_up\n");
        for (VisibleStudy.SignalPoint p : r.signals()) {
            double mu = muUp(r, p.mass(), p.epsilon());
            s.append(p.run()).append(',').append(g(p.mass())).append(',').append(g(p.epsilon())).append(',').append(p.events())
                    .append(',').append(p.selected().events()).append(',').append(g(p.signal())).append(',').append(g(p.signalError()))
                    .append(',').append(g(p.efficiencyInWindow())).append(',').append(g(mu)).append('\n');
        }
        return s.toString();
    }

    static String background(VisibleStudy.Result r) {
        StringBuilder s = new StringBuilder("run,source,events,selected_events,estimate,error,kind,neutral_events,neutral_error,neutral_kind\n");
        for (VisibleStudy.RunBackground b : r.backgrounds()) {
            s.append(b.run()).append(',').append(b.source()).append(',').append(b.events()).append(',')
                    .append(b.cutFlow().selected().events()).append(',').append(g(b.estimate())).append(',').append(g(b.error()))
                    .append(',').append(b.bound() ? "90% CL upper bound (no event of the sample passes)" : "simulated").append(',')
                    .append(g(b.neutral())).append(',').append(g(b.neutralError())).append(',')
                    .append(Double.isNaN(b.neutral()) ? "" : b.neutralBound() ? "90% CL upper bound" : "simulated").append('\n');
        }
        return s.toString();
    }

    private static double muUp(VisibleStudy.Result r, double mass, double eps) {
        for (ExcludedBand.Edges e : r.band()) {
            if (e.mass() == mass) {
                for (int i = 0; i < e.epsilons().length; i++) {
                    if (e.epsilons()[i] == eps) {
                        return e.muUp()[i];
                    }
                }
            }
        }
        return Double.NaN;
    }

    /** The band in the (m, eps) plane: the study's edges as points joined by lines, the published band shaded. */
    static Figure figure(VisibleStudy.Result r) {
        double mLo = r.config().signal().masses().get(0) / 1.5;
        double mHi = r.config().signal().masses().get(r.config().signal().masses().size() - 1) * 1.5;
        String what = r.config().positron() ? "Positron beam: A' -> invisible (bremsstrahlung + e+e- -> A')"
                : r.config().alp() ? "ALP: γ Z -> a Z, a -> γγ"
                : r.config().semiVisible() ? "Semi-visible mode: A' -> χ1 χ2, χ2 -> χ1 e+e-" : "Visible mode: A' -> e+e-";
        List<Double> grid = r.config().signal().epsilons();
        double yLo = Math.min(1e-5, grid.get(0) / 3);
        double yHi = Math.max(1e-1, grid.get(grid.size() - 1) * 3);
        Figure f = Figure.titled(what + " excluded at " + Math.round(100 * r.config().confidenceLevel()) + "% CL")
                .size(800, 600)
                .x(Axis.log("m [GeV]", mLo, mHi).withGrid())
                .y(Axis.log(r.config().alp() ? "g_aγγ [1/GeV]" : "ε", yLo, yHi).withGrid())
                .legend(Figure.LegendPosition.UPPER_LEFT);
        if (r.published() != null && r.published().lowerEdgeOnly()) {
            f.add(Line.of(r.published().masses(), r.published().low()).style(LineStyle.dashed(Rgb.BLUE, 2))
                    .label(r.published().label()));
        } else if (r.published() != null) {
            f.add(Band.between(r.published().masses(), r.published().low(), r.published().high()).fill(Rgb.SKY, 0.35)
                    .label(r.published().label()));
        }
        List<double[]> low = new ArrayList<>();
        List<double[]> high = new ArrayList<>();
        for (ExcludedBand.Edges e : r.band()) {
            if (Double.isFinite(e.epsilonLow())) {
                low.add(new double[] {e.mass(), e.epsilonLow()});
            }
            if (Double.isFinite(e.epsilonHigh())) {
                high.add(new double[] {e.mass(), e.epsilonHigh()});
            }
        }
        add(f, low, r.runBands().isEmpty() ? "na64 study: lower edge" : "na64 study: lower edge, runs combined");
        add(f, high, "na64 study: upper edge");
        Rgb[] colours = {Rgb.GREEN, Rgb.ORANGE, Rgb.PURPLE, Rgb.GREY};
        int k = 0;
        for (var run : r.runBands().entrySet()) {
            List<double[]> edge = new ArrayList<>();
            for (ExcludedBand.Edges e : run.getValue()) {
                if (Double.isFinite(e.epsilonLow())) {
                    edge.add(new double[] {e.mass(), e.epsilonLow()});
                }
            }
            if (!edge.isEmpty()) {
                f.add(Line.of(edge.stream().mapToDouble(p -> p[0]).toArray(), edge.stream().mapToDouble(p -> p[1]).toArray())
                        .style(LineStyle.dashed(colours[k % colours.length], 1.5)).label("run " + run.getKey() + " alone: lower edge"));
            }
            k++;
        }
        return f;
    }

    private static void add(Figure f, List<double[]> xy, String label) {
        if (xy.isEmpty()) {
            return;
        }
        double[] x = xy.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = xy.stream().mapToDouble(p -> p[1]).toArray();
        f.add(Line.of(x, y).style(LineStyle.solid(Rgb.RED, 2.5)));
        f.add(Points.of(x, y).color(Rgb.RED).label(label));
    }

    static String html(VisibleStudy.Result r, String svg) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(Html.escape(r.config().name())).append("</title><style>body{font-family:sans-serif;max-width:1000px;margin:auto}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}</style></head><body>\n");
        h.append("<h1>").append(Html.escape(r.config().name())).append("</h1>\n");
        h.append("<p>").append(Html.escape(BuildInfo.describe())).append(String.format(Locale.ROOT, "; run time %.0f s.</p>%n", r.seconds()));
        h.append(r.config().positron()
                ? "<p>Positron-beam search: an invisibly decaying A' made by dark bremsstrahlung of the shower's e<sup>&plusmn;</sup> "
                        + "and by resonant annihilation e<sup>+</sup>e<sup>&minus;</sup> &rarr; A' of the beam positron and of the "
                        + "shower's positrons on atomic electrons (E<sub>R</sub> = m<sup>2</sup>/2m<sub>e</sub>; one run per beam "
                        + "energy covers the masses whose E<sub>R</sub> lies between the selection's missing-energy threshold and "
                        + "E0). One signal sample per run and mass, scaled by &epsilon;<sup>2</sup> to the grid (the width is set by "
                        + "&alpha;<sub>D</sub>, so the yield of invisible decays is &epsilon;<sup>2</sup> times that at any coupling). "
                        + "The per-run curves (dashed, band-runs.csv) and their combination (band.csv). "
                : r.config().alp()
                ? "<p>ALP search: axion-like particles coupled to photons, made by Primakoff conversion &gamma; Z &rarr; a Z of the "
                        + "shower's photons (biased, exact weights), decaying to &gamma;&gamma; at their natural decay point; the "
                        + "grid's couplings are g<sub>a&gamma;&gamma;</sub> [1/GeV] (the columns g_agg). Only the invisible signature "
                        + "(the ALP decays beyond the detector or leaves the selection's energies) is computed; NA64's second "
                        + "signature, a &rarr; &gamma;&gamma; in HCAL2-3 with HCAL1 as a veto, is not. "
                : r.config().semiVisible()
                ? "<p>Semi-visible mode (inelastic dark matter): A' &rarr; &chi;<sub>1</sub>&chi;<sub>2</sub>, &chi;<sub>2</sub> "
                        + "&rarr; &chi;<sub>1</sub>e<sup>+</sup>e<sup>&minus;</sup> at its natural decay point (pseudo-Dirac, "
                        + "&alpha;<sub>D</sub> = " + r.config().signal().alphaD() + ", m<sub>A'</sub> = " + r.config().signal().massRatio()
                        + " m<sub>&chi;1</sub>, splitting " + r.config().signal().splitting() + " m<sub>&chi;1</sub>), each "
                        + "run through its own selection; band.csv also gives y = &epsilon;<sup>2</sup> &alpha;<sub>D</sub> "
                        + "(m<sub>&chi;1</sub>/m<sub>A'</sub>)<sup>4</sup>. "
                : "<p>Signal simulated on the (m, &epsilon;) grid in every run, each X forced to decay in the run's decay window "
                        + "(exact weights). ");
        h.append("The expected signal is EOT &times; (sum of the selected weights) / events. The runs are combined "
                + "in one CLs likelihood at every grid point; the edges are interpolated in ln &mu;<sub>up</sub> versus ln &epsilon;."
                + "</p>\n");
        h.append(r.config().positron()
                ? "<p>Background per run from the pseudo-data only: the setup's beam with its positive-hadron admixture (&pi;<sup>+"
                        + "</sup>, K<sup>+</sup>, ten times the electron beam's), unbiased; where none of its events passes, its 90 % CL "
                        + "bound. <b>Not computed</b> (stated plainly): the rare hadron and upstream backgrounds at the 10<sup>-12"
                        + "</sup> level per positron (no biased samples in this search yet), and the published NA64 numbers are not "
                        + "compared.</p>\n"
                : "<p>Backgrounds per run, each from a simulated sample: the pseudo-data (the setup's beam with its "
                + "admixture, unbiased) and the K<sup>0</sup><sub>S</sub> sample (beam electrons whose energetic photons are "
                + "absorbed by nuclei with a biased cross section and a biased leading K<sup>0</sup><sub>S</sub>, exact weights; "
                + "K<sup>0</sup><sub>S</sub> &rarr; &pi;<sup>0</sup>&pi;<sup>0</sup>, &pi;<sup>+</sup>&pi;<sup>&minus;</sup> in "
                + "flight, photons converting where they do). Where no event of a sample passes, its 90 % CL bound is given "
                + "and it enters the limit as zero (with no event observed the CLs limit is 2.3 signal events whatever the "
                + "background). The fully neutral events (the box's showers with nothing in S2: NA64's control sample) are "
                + "counted in every sample. <b>Not computed</b> (stated plainly): punch-through and charged-pion events beyond "
                + "their natural rate in the pseudo-data; NA64's per-source numbers are not in the project's seeds and are not "
                + "compared.</p>\n");
        h.append("<div class=\"fig\">").append(svg).append("</div>\n");
        h.append("<h2>Excluded band</h2>\n<table><tr><th>m [GeV]</th><th>&epsilon; low</th><th>&epsilon; high</th>"
                + "<th>published low</th><th>published high</th></tr>\n");
        for (String line : band(r).split("\n")) {
            if (!line.startsWith("mass")) {
                h.append(row(line));
            }
        }
        h.append("</table>\n<h2>Background per run and source (at the run's EOT)</h2>\n<table><tr><th>run</th><th>source</th>"
                + "<th>events</th><th>selected</th><th>estimate</th><th>error</th><th>kind</th><th>fully neutral events</th>"
                + "<th>error</th><th>kind</th></tr>\n");
        for (String line : background(r).split("\n")) {
            if (!line.startsWith("run,")) {
                h.append(row(line));
            }
        }
        h.append("</table>\n<h2>Background cut flows</h2>\n");
        for (VisibleStudy.RunBackground b : r.backgrounds()) {
            h.append("<h3>run ").append(Html.escape(b.run())).append(", ").append(Html.escape(b.source()))
                    .append("</h3>\n<table><tr><th>after the cut</th><th>events</th><th>sum of weights</th></tr>\n");
            List<String> names = new ArrayList<>(List.of("(all events)"));
            names.addAll(b.cutFlow().cutNames());
            for (CutFlow.RegionCount region : b.cutFlow().regions()) {
                names.add("control region " + region.name());
            }
            for (int k = 0; k < names.size(); k++) {
                Count c = k < b.cutFlow().passed().size() ? b.cutFlow().passed().get(k)
                        : b.cutFlow().regions().get(k - b.cutFlow().passed().size()).count();
                h.append("<tr><td style=\"text-align:left\">").append(Html.escape(names.get(k))).append("</td><td>")
                        .append(c.events()).append("</td><td>").append(g(c.sumW())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2>Signal per run and grid point</h2>\n<table><tr><th>run</th><th>m [GeV]</th><th>&epsilon;</th><th>events</th>"
                + "<th>selected</th><th>signal</th><th>error</th><th>efficiency in window</th><th>&mu;<sub>up</sub></th></tr>\n");
        for (String line : signal(r).split("\n")) {
            if (!line.startsWith("run,")) {
                h.append(row(line));
            }
        }
        return h.append("</table>\n</body></html>\n").toString();
    }

    private static String row(String csv) {
        StringBuilder s = new StringBuilder("<tr>");
        for (String cell : csv.split(",", -1)) {
            s.append("<td>").append(Html.escape(cell)).append("</td>");
        }
        return s.append("</tr>\n").toString();
    }

    private static String g(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "";
    }
}
