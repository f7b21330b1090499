package na64.analysis.report;

import java.nio.file.Path;
import java.util.Locale;
import na64.analysis.background.Estimate;
import na64.analysis.background.PublishedComparison;
import na64.analysis.background.SourceEstimate;
import na64.analysis.limits.LimitPoint;
import na64.analysis.select.CutFlow;
import na64.analysis.study.StudyProvenance;
import na64.analysis.study.StudyResult;
import na64.core.AtomicOutput;

/**
 * The machine-readable outputs of a study, each written atomically, headed by the provenance:
 * {@code limits.csv} (mass_GeV,epsilon, then the expected quantiles), {@code cutflow.csv} and
 * {@code background.csv}.
 */
public final class CsvOutputs {
    private CsvOutputs() {
    }

    /** Each file starts with the study's provenance as '#' lines ({@link StudyProvenance}), then a header row. */
    public static void writeAll(StudyResult r, Path dir) {
        String provenance = StudyProvenance.header(r.config(), r.selection(), r.samples());
        AtomicOutput.writeString(dir.resolve("limits.csv"), provenance + limits(r));
        AtomicOutput.writeString(dir.resolve("cutflow.csv"), provenance + cutFlow(r));
        AtomicOutput.writeString(dir.resolve("background.csv"), provenance + background(r));
    }

    /** mass_GeV,epsilon,expected_m2s,expected_m1s,expected_median,expected_p1s,expected_p2s,signal_per_eps2. */
    public static String limits(StudyResult r) {
        StringBuilder s = new StringBuilder("mass_GeV,epsilon,expected_m2sigma,expected_m1sigma,expected_median,"
                + "expected_p1sigma,expected_p2sigma,signal_per_eps2\n");
        for (LimitPoint l : r.limits()) {
            s.append(g(l.mass())).append(',').append(g(l.epsilon()));
            for (int q = 0; q < 5; q++) {
                s.append(',').append(l.expected() == null ? "" : g(l.expected()[q]));
            }
            s.append(',').append(g(l.signalPerEps2())).append('\n');
        }
        return s.toString();
    }

    /**
     * One row per cut of the pseudo-data cut flow (row 0: all events), with the signal efficiencies at
     * the reference mass; counts of blinded rows are left empty.
     */
    public static String cutFlow(StudyResult r) {
        CutFlow d = r.dataCutFlow();
        CutFlow sig = r.signalCutFlow();
        boolean blind = !r.config().unblind();
        StringBuilder s = new StringBuilder("index,cut,signal_box,blinded,events,sum_weights,efficiency,cumulative,"
                + "signal_efficiency,signal_cumulative\n");
        for (int k = 0; k <= d.cutNames().size(); k++) {
            boolean hidden = blind && k > 0 && d.inBox(k);
            String name = k == 0 ? "all events" : d.cutNames().get(k - 1);
            s.append(k).append(',').append(quote(name)).append(',').append(k > 0 && d.inBox(k)).append(',').append(hidden).append(',');
            if (hidden) {
                s.append(",,,");
            } else {
                s.append(d.passed().get(k).events()).append(',').append(g(d.passed().get(k).sumW())).append(',')
                        .append(k == 0 ? "" : g(d.efficiency(k))).append(',').append(k == 0 ? "1" : g(d.cumulative(k))).append(',');
            }
            s.append(k == 0 || sig == null ? "" : g(sig.efficiency(k))).append(',')
                    .append(sig == null ? "" : k == 0 ? "1" : g(sig.cumulative(k))).append('\n');
        }
        return s.toString();
    }

    /**
     * source,label,value,error,upper_limit,basis,method,published_value,published_error,published_upper_limit,comparison;
     * then the total. value/error/upper_limit are the adopted estimate; basis is "simulation" or
     * "published" (the simulation only bounded the source); comparison: the study's own estimate
     * against NA64's published one scaled to the study's EOT ({@link PublishedComparison}).
     */
    public static String background(StudyResult r) {
        StringBuilder s = new StringBuilder(
                "source,label,value,error,upper_limit,basis,method,published_value,published_error,published_upper_limit,"
                + "comparison\n");
        for (SourceEstimate e : r.background().sources()) {
            s.append(e.key()).append(',').append(quote(e.label())).append(',').append(estimate(e.estimate())).append(',')
                    .append(e.published() ? "published" : "simulation").append(',').append(quote(e.method())).append(',');
            var p = r.publishedBackground().source(e.key());
            s.append(p.map(x -> estimate(x.estimate())).orElse(",,")).append(',')
                    .append(quote(PublishedComparison.explain(e, e.simulated(), r.publishedAtStudyEot(e.key())))).append('\n');
        }
        s.append("total,\"total (conservatively)\",").append(estimate(r.background().total())).append(",sum,sum,")
                .append(estimate(r.publishedBackground().total().estimate())).append(",\n");
        return s.toString();
    }

    private static String estimate(Estimate e) {
        return g(e.value()) + "," + g(e.error()) + "," + e.upperLimit();
    }

    private static String g(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
