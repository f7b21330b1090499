package na64.analysis.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import na64.analysis.background.Estimate;
import na64.analysis.background.PublishedBackground;
import na64.analysis.background.PublishedComparison;
import na64.analysis.background.SourceEstimate;
import na64.analysis.efficiency.EfficiencyMeasurement;
import na64.analysis.efficiency.EfficiencyPoint;
import na64.analysis.limits.LimitPoint;
import na64.analysis.select.CutFlow;
import na64.analysis.select.SelectionSpec;
import na64.analysis.study.SampleSummary;
import na64.analysis.study.StudyResult;
import na64.core.AtomicOutput;
import na64.core.BuildInfo;
import na64.core.Config;
import na64.plot.SvgRenderer;

/**
 * The study report: one self-contained HTML page (inline CSS and SVG, no external references)
 * with what was done, the cut flow, the E_ECAL versus E_HCAL plane with the control regions and
 * the blinded signal box, the background table beside the published one, the efficiency versus
 * mass, the exclusion plot against the published limit, and the provenance. The page is also
 * well-formed XML (polyglot HTML5), so tools and tests can parse it strictly.
 */
public final class ReportWriter {
    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;max-width:1060px;margin:24px auto;padding:0 16px;color:#1a1a1a;line-height:1.45}
            h1{font-size:1.6em;margin-bottom:4px}h2{font-size:1.25em;margin-top:34px;border-bottom:2px solid #c8102e;padding-bottom:3px}
            .sub{color:#555;margin-top:0}.summary{background:#f5f7fa;border-left:4px solid #0072b2;padding:10px 14px}
            table{border-collapse:collapse;margin:10px 0;font-size:0.92em}th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}
            th{background:#eef1f5}td.l,th.l{text-align:left}tr.box td{background:#fff4f4}tr.total td{font-weight:bold;background:#f6f6f6}
            .blind{color:#a00;font-style:italic}.fig{margin:12px 0;text-align:center}.note{color:#555;font-size:0.9em}
            .kv td{text-align:left}pre{background:#f6f6f6;padding:8px;overflow-x:auto;font-size:0.82em}
            """;

    private final SvgRenderer svg = new SvgRenderer();

    /** Writes the report atomically to {@code file}. */
    public void write(StudyResult result, Path file) {
        AtomicOutput.writeString(file, html(result));
    }

    public String html(StudyResult r) {
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>\n<title>")
                .append(Html.escape(r.config().name())).append("</title>\n<style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>").append(Html.escape(r.config().name())).append("</h1>\n");
        h.append("<p class=\"sub\">").append(Html.escape(BuildInfo.describe())).append(" · setup ")
                .append(Html.escape(r.config().setup())).append(" · ").append(Html.num(r.config().beamEnergy()))
                .append(" GeV e<sup>−</sup> · results for ").append(Html.num(r.config().eot())).append(" electrons on target</p>\n");
        summary(h, r);
        samples(h, r);
        cutFlow(h, r);
        plane(h, r);
        background(h, r);
        efficiency(h, r);
        limits(h, r);
        provenance(h, r);
        h.append("</body></html>\n");
        return h.toString();
    }

    private void summary(StringBuilder h, StudyResult r) {
        long dataEvents = r.dataCutFlow().total().events();
        Estimate total = r.background().total();
        List<Double> ratios = ratios(r);
        h.append("<div class=\"summary\"><p>");
        h.append("A missing-energy search for invisibly decaying dark photons A' with the NA64e setup ")
                .append(Html.escape(r.config().setup())).append(", done end to end on simulated events: ")
                .append(Html.integer(r.simulatedEvents())).append(" beam particles in ").append(r.samples().size())
                .append(" samples were simulated, digitised and reconstructed, then selected with ")
                .append(r.selection().cutFlowCuts().size()).append(" cuts compiled to one SQL query per sample (DuckDB over Parquet). ")
                .append("The pseudo-data (the beam with its hadron admixture, ").append(Html.integer(dataEvents))
                .append(" events) fill the cut flow and the E<sub>ECAL</sub>–E<sub>HCAL</sub> plane; the signal box is ")
                .append(r.config().unblind() ? "<b>unblinded</b>" : "<b>blinded</b>").append(". ");
        long published = r.background().sources().stream().filter(SourceEstimate::published).count();
        long bounds = r.background().sources().stream().filter(s -> s.estimate().upperLimit()).count();
        if (published == 0 && bounds == 0) {
            h.append("Backgrounds were estimated per source from dedicated simulated samples and normalised to ");
        } else if (published == 0) {
            h.append("Backgrounds per source from dedicated simulated samples: ").append(bounds).append(" of ")
                    .append(r.background().sources().size()).append(" sources are only <b>bounded</b> (90 % CL: none of their "
                            + "simulated events passes; see section 4), the total counts each bound at its value; normalised to ");
        } else {
            h.append("Backgrounds: the simulation only bounds ").append(published).append(" of ").append(r.background().sources().size())
                    .append(" sources, which enter with NA64's <b>published</b> estimates (not this study's own: see section 4); "
                            + "the others from dedicated simulated samples, normalised to ");
        }
        h.append(Html.num(r.config().eot())).append(" EOT: total ").append(total.format())
                .append(" events (NA64 2021–2022: ").append(r.publishedBackground().total().estimate().format()).append("). ");
        h.append("The signal efficiency was measured at ").append(r.efficiency().stream().mapToDouble(EfficiencyPoint::mass).distinct().count())
                .append(" masses, with a ").append(Html.percent(r.efficiencyUncertainty()))
                .append(" systematic uncertainty from the dimuon data/MC comparison; the limits use the CLs method at ")
                .append(Html.percent(r.config().confidenceLevel())).append(" CL with ").append(r.config().observed())
                .append(" observed events.");
        if (!ratios.isEmpty()) {
            double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            h.append(String.format(Locale.ROOT, " Compared with the published NA64 limit at the same EOT, this study's ε limit is "
                    + "%.2f× the published one at the median mass point (range %.2f–%.2f over %d masses).",
                    sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], sorted.length));
        }
        h.append(String.format(Locale.ROOT, " Run time: %.0f s.", r.totalSeconds()));
        h.append("</p></div>\n");
    }

    private static List<Double> ratios(StudyResult r) {
        List<Double> out = new ArrayList<>();
        if (r.publishedCurve() == null) {
            return out;
        }
        for (LimitPoint l : r.limits()) {
            double p = r.publishedCurve().at(l.mass());
            if (Double.isFinite(p) && Double.isFinite(l.epsilon())) {
                out.add(l.epsilon() / p);
            }
        }
        return out;
    }

    private void samples(StringBuilder h, StudyResult r) {
        h.append("<h2>1. Samples</h2>\n<table><tr><th class=\"l\">sample</th><th class=\"l\">what</th><th>events</th><th>seed</th>"
                + "<th>time [s]</th></tr>\n");
        for (SampleSummary s : r.samples()) {
            h.append(Html.row("ll", List.of(Html.escape(s.name()), Html.escape(s.description()), Html.integer(s.events()),
                    Long.toString(s.request().seed()), String.format(Locale.ROOT, "%.1f", s.seconds()))));
        }
        h.append("</table>\n");
    }

    private void cutFlow(StringBuilder h, StudyResult r) {
        CutFlow data = r.dataCutFlow();
        CutFlow signal = r.signalCutFlow();
        boolean blind = !r.config().unblind();
        h.append("<h2>2. Selection and cut flow</h2>\n<p>Cuts in order; the last ").append(r.selection().signalBox().size())
                .append(" define the signal box (shaded rows). Efficiencies are relative to the previous cut and cumulative. ")
                .append(String.format(Locale.ROOT, "The signal columns are the A' sample at m = %.4g GeV (events with an emission).",
                        r.config().signal().referenceMass()))
                .append("</p>\n<table><tr><th>#</th><th class=\"l\">cut</th><th>pseudo-data events</th><th>efficiency</th><th>cumulative</th>"
                        + "<th>signal efficiency</th><th>signal cumulative</th></tr>\n");
        h.append(Html.row("rl", List.of("0", "all events", Html.integer(data.total().events()), "", "", "", "")));
        for (int k = 1; k <= data.cutNames().size(); k++) {
            boolean hidden = blind && data.inBox(k);
            String events = hidden ? "<span class=\"blind\">blinded</span>" : Html.integer(data.passed().get(k).events());
            String eff = hidden ? "" : Html.percent(data.efficiency(k));
            String cum = hidden ? "" : Html.percent(data.cumulative(k));
            String sEff = signal == null ? "–" : Html.percent(signal.efficiency(k));
            String sCum = signal == null ? "–" : Html.percent(signal.cumulative(k));
            String row = Html.row("rl", List.of(Integer.toString(k), Html.escape(data.cutNames().get(k - 1)), events, eff, cum, sEff, sCum));
            if (data.inBox(k)) {
                row = row.replaceFirst("<tr>", "<tr class=\"box\">");
            }
            h.append(row);
        }
        h.append("</table>\n");
    }

    private void plane(StringBuilder h, StudyResult r) {
        h.append("<h2>3. E<sub>ECAL</sub> versus E<sub>HCAL</sub></h2>\n");
        h.append("<div class=\"fig\">").append(svg.render(ReportFigures.plane(r.plane(), r.selection()))).append("</div>\n");
        double scale = r.config().eot() / Math.max(1, r.dataCutFlow().total().events());
        SelectionSpec sel = r.selection();
        String shown = sel.planeCuts() == sel.cuts().size() ? "pre-selected pseudo-data events (all cuts but the signal box)"
                : "pseudo-data events passing the first " + sel.planeCuts() + " cuts of the cut flow ("
                        + String.join(", ", sel.cuts().subList(0, sel.planeCuts()).stream().map(c -> c.name()).toList())
                        + "): the populations the particle identification then removes";
        h.append("<p>The plane shows ").append(Html.escape(shown)).append(". Control regions, counted after the whole "
                + "pre-selection (a dashed outline means the region also cuts on variables not shown here):</p>\n")
                .append("<table><tr><th>region</th><th class=\"l\">what</th><th>events</th><th>scaled to the study's EOT</th></tr>\n");
        for (CutFlow.RegionCount rc : r.dataCutFlow().regions()) {
            String description = r.selection().region(rc.name()).description();
            h.append(Html.row("ll", List.of(Html.escape(rc.name()), Html.escape(description), Html.integer(rc.count().events()),
                    Html.num(rc.count().sumW() * scale))));
        }
        h.append("</table>\n");
    }

    private void background(StringBuilder h, StudyResult r) {
        PublishedBackground pub = r.publishedBackground();
        h.append("<h2>4. Background</h2>\n<p>Each source estimated from its own simulated sample and normalised to ")
                .append(Html.num(r.config().eot()))
                .append(" EOT (events passing / simulated × EOT × species fraction; biased processes carry weights 1/B). "
                        + "Where no simulated event passes, the tail of the last signal-box variable is extrapolated "
                        + "into the box, or a 90 % CL upper limit is given. A sample of this size cannot resolve backgrounds of "
                        + "10<sup>-12</sup> per electron on target. ")
                .append(r.config().background().whenUnresolved() == na64.analysis.study.StudyConfig.Unresolved.PUBLISHED
                        ? "This study opted in (<code>whenUnresolved: published</code>): where the simulation only bounds a "
                            + "source above NA64's published estimate, that estimate (scaled to the EOT) is adopted for the limit "
                            + "and marked <b>published</b>; simulate more events to replace it by the study's own."
                        : "Every adopted value is the study's own (<code>whenUnresolved: limit</code>): a source the "
                            + "simulation only bounds enters the limit with its bound; NA64's published estimate is not used.")
                .append(" The published table (NA64 2021–2022, seed 003), scaled to the study's EOT for the comparison, "
                        + "is shown beside it.</p>\n");
        h.append("<table><tr><th class=\"l\">source</th><th>simulated</th><th>adopted for the limit</th><th class=\"l\">method</th>"
                + "<th>NA64 2021–2022</th><th class=\"l\">comparison</th></tr>\n");
        for (SourceEstimate s : r.background().sources()) {
            String published = pub.source(s.key()).map(p -> p.estimate().format()).orElse("–");
            String simulated = s.simulated().format();
            String adopted = s.estimate().format() + (s.published() ? " (published)" : "");
            h.append("<tr><td class=\"l\">").append(Html.escape(s.label())).append("</td><td>").append(Html.escape(simulated))
                    .append("</td><td>").append(Html.escape(adopted))
                    .append("</td><td class=\"l\">").append(Html.escape(s.method())).append("</td><td>").append(Html.escape(published))
                    .append("</td><td class=\"l\">")
                    .append(Html.escape(PublishedComparison.explain(s, s.simulated(), r.publishedAtStudyEot(s.key()))))
                    .append("</td></tr>\n");
        }
        h.append("<tr class=\"total\"><td class=\"l\">total (conservatively)</td><td></td><td>")
                .append(Html.escape(r.background().total().format()))
                .append("</td><td class=\"l\">sum of the adopted estimates, upper limits at their value; errors in quadrature</td><td>")
                .append(Html.escape(pub.total().estimate().format())).append("</td><td></td></tr>\n</table>\n");
        h.append("<h3>Data-driven cross-check: side-band extrapolation</h3>\n<p>").append(Html.escape(r.background().sidebandNote())).append("</p>\n");
        if (r.sidebandHistogram() != null) {
            var sb = r.config().sideband();
            h.append("<div class=\"fig\">").append(svg.render(ReportFigures.sideband(r.sidebandHistogram(), r.background().sideband(),
                    sb.fitRange().get(0), sb.fitRange().get(1), sb.signalRange().get(0), sb.signalRange().get(1)))).append("</div>\n");
        }
    }

    private void efficiency(StringBuilder h, StudyResult r) {
        h.append("<h2>5. Signal efficiency</h2>\n<p>Efficiency = selected signal events / signal events with E<sub>A'</sub> above the "
                + "missing-energy cut (weighted), per production process, so that it multiplies the yield of the reach calculation.</p>\n");
        h.append("<div class=\"fig\">").append(svg.render(ReportFigures.efficiency(r.efficiency()))).append("</div>\n");
        List<String> processes = new ArrayList<>(r.efficiency().stream().map(EfficiencyPoint::process).distinct()
                .filter(p -> !p.equals(EfficiencyMeasurement.ALL)).toList());
        processes.add(EfficiencyMeasurement.ALL);
        h.append("<table><tr><th>m<sub>A'</sub> [GeV]</th>");
        for (String p : processes) {
            h.append("<th>").append(Html.escape(p)).append("</th>");
        }
        h.append("<th>events with E<sub>A'</sub> &gt; cut</th><th>selected</th></tr>\n");
        for (double m : r.efficiency().stream().mapToDouble(EfficiencyPoint::mass).distinct().toArray()) {
            List<String> cells = new ArrayList<>();
            cells.add(Html.num(m));
            EfficiencyPoint all = null;
            for (String p : processes) {
                EfficiencyPoint e = r.efficiency().stream().filter(x -> x.mass() == m && x.process().equals(p)).findFirst().orElse(null);
                cells.add(e == null ? "–" : Html.num(e.efficiency()) + " ± " + Html.num(e.statError()));
                all = e != null && p.equals(EfficiencyMeasurement.ALL) ? e : all;
            }
            cells.add(all == null ? "–" : Html.integer(all.produced()));
            cells.add(all == null ? "–" : Html.integer(all.selected()));
            h.append(Html.row("", cells));
        }
        h.append("</table>\n");
        var d = r.dimuon();
        h.append("<p>Systematic uncertainty from the dimuon reference process (γ → μ<sup>+</sup>μ<sup>−</sup>, control region I): "
                + "dimuon yield per electron in \"data\" (a second simulation with another seed and a mis-set detector calibration, "
                + "see docs/analysis.md) over the Monte Carlo, R = ").append(Html.num(d.ratio())).append(" ± ").append(Html.num(d.ratioError()))
                .append(" (").append(Html.num(d.data().sumW())).append(" weighted dimuons in data, ").append(Html.num(d.mc().sumW()))
                .append(" in MC). Relative uncertainty of the signal yield used in the limits: ")
                .append(Html.percent(r.efficiencyUncertainty())).append(".</p>\n");
    }

    private void limits(StringBuilder h, StudyResult r) {
        h.append("<h2>6. Limits</h2>\n");
        String title = String.format(Locale.ROOT, "A' → invisible, %.0f%% CL, %s EOT", 100 * r.config().confidenceLevel(),
                String.format(Locale.ROOT, "%.3g", r.config().eot()));
        h.append("<div class=\"fig\">").append(svg.render(ReportFigures.exclusion(r.limits(), r.publishedCurve(), title,
                r.config().confidenceLevel()))).append("</div>\n");
        h.append("<table><tr><th>m<sub>A'</sub> [GeV]</th><th>ε limit (this study)</th><th>expected (median)</th>"
                + "<th>signal / ε<sup>2</sup></th><th>published</th><th>ratio</th></tr>\n");
        for (LimitPoint l : r.limits()) {
            double p = r.publishedCurve() == null ? Double.NaN : r.publishedCurve().at(l.mass());
            h.append(Html.row("", List.of(Html.num(l.mass()), Html.num(l.epsilon()), Html.num(l.expectedMedian()),
                    Html.num(l.signalPerEps2()), Html.num(p), Html.num(l.epsilon() / p))));
        }
        h.append("</table>\n");
        if (r.publishedCurve() != null) {
            h.append("<p class=\"note\">Published curve: ").append(Html.escape(r.publishedCurve().source())).append("</p>\n");
        }
    }

    private void provenance(StringBuilder h, StudyResult r) {
        h.append("<h2>7. Provenance</h2>\n<table class=\"kv\">");
        h.append("<tr><th>version</th><td>").append(Html.escape(BuildInfo.describe())).append("</td></tr>");
        h.append("<tr><th>seed</th><td>").append(r.config().seed()).append("</td></tr>");
        h.append("<tr><th>threads</th><td>").append(r.config().threads()).append("</td></tr>");
        for (Map.Entry<String, Double> e : r.stageSeconds().entrySet()) {
            h.append("<tr><th>").append(Html.escape(e.getKey())).append("</th><td>")
                    .append(String.format(Locale.ROOT, "%.1f s", e.getValue())).append("</td></tr>");
        }
        h.append("</table>\n<h3>Study configuration (resolved)</h3>\n<pre>").append(Html.escape(Config.toYaml(r.config())))
                .append("</pre>\n<h3>Selection</h3>\n<pre>").append(Html.escape(Config.toYaml(r.selection()))).append("</pre>\n");
    }
}
