package na64.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import na64.core.AtomicOutput;
import na64.core.Check;
import na64.core.Config;
import na64.plot.Axis;
import na64.plot.Figure;
import na64.plot.Line;
import na64.plot.PngRenderer;
import na64.plot.Points;
import na64.plot.SvgRenderer;
import na64.bench.CascadeValidation;
import na64.detector.Setups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code na64 validate-cascade}: the long validation runs of the cascade behind docs/validation.md. */
@Command(name = "validate-cascade",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Validates the shower simulation against published numbers and analytic limits: ECAL response",
            "and resolution (20-150 GeV e-), longitudinal profile (PDG gamma form), track lengths (Rossi",
            "approximation A), gamma -> mu+ mu- per electron (analytic integral), dark-photon yield (primary",
            "electron), energy bookkeeping, fake signal-box fraction, pion and muon signals. Writes",
            "numbers.json and one SVG and PNG per figure into --out; prints the numbers. A few minutes on one core."},
        footer = {"", "Example: na64 validate-cascade --out docs/img/cascade"})
public final class ValidateCascadeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--setup", defaultValue = "na64e-2022", paramLabel = "NAME|FILE",
            description = "Setup. Default: ${DEFAULT-VALUE}.")
    String setup;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for numbers.json and the SVG figures.")
    Path out;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "S",
            description = "Multiplies the numbers of events (0.1 for a quick look). Default: ${DEFAULT-VALUE}.")
    double scale;

    @Override
    public void run() {
        Check.positive("--scale", scale);
        PrintWriter w = spec.commandLine().getOut();
        CascadeValidation.Report report = new CascadeValidation(Setups.loadOrRead(setup), scale)
                .run(part -> System.err.println("validate-cascade: " + part));
        AtomicOutput.writeString(out.resolve("numbers.json"), Config.toJson(report.numbers()));
        SvgRenderer svg = new SvgRenderer();
        PngRenderer png = PngRenderer.dpi(96);
        for (CascadeValidation.Plot p : report.plots()) {
            Figure f = figure(p);
            svg.write(f, out.resolve(p.name() + ".svg"));
            png.write(f, out.resolve(p.name() + ".png"));
        }
        for (Map.Entry<String, Object> e : report.numbers().entrySet()) {
            Object v = e.getValue();
            w.printf(Locale.ROOT, "%-52s %s%n", e.getKey(), v instanceof Double d ? String.format(Locale.ROOT, "%.5g", d) : v);
        }
    }

    static Figure figure(CascadeValidation.Plot p) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        List<na64.plot.Series> series = new ArrayList<>();
        for (CascadeValidation.Series s : p.series()) {
            for (int i = 0; i < s.x().length; i++) {
                if (!p.logY() || s.y()[i] > 0) {
                    xMin = Math.min(xMin, s.x()[i]);
                    xMax = Math.max(xMax, s.x()[i]);
                    yMin = Math.min(yMin, s.y()[i]);
                    yMax = Math.max(yMax, s.y()[i]);
                }
            }
            if (s.points()) {
                Points pts = Points.of(s.x(), s.y()).label(s.label());
                series.add(s.yError() != null ? pts.yErrors(s.yError()) : pts);
            } else {
                series.add(Line.of(s.x(), s.y()).label(s.label()));
            }
        }
        double pad = p.logY() ? 0 : 0.1 * (yMax - yMin);
        boolean counts = p.yLabel().equals("events");
        Axis x = p.logX() ? Axis.log(p.xLabel(), xMin, xMax) : Axis.linear(p.xLabel(), xMin, xMax);
        Axis y = p.logY() ? Axis.log(p.yLabel(), Math.max(yMin, 0.5), yMax * 2)
                : Axis.linear(p.yLabel(), counts ? 0 : yMin - pad, yMax + pad);
        Figure f = Figure.titled(p.title()).x(x).y(y);
        for (na64.plot.Series s : series) {
            f.add(s);
        }
        return f;
    }
}
