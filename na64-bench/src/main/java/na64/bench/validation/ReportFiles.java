package na64.bench.validation;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import na64.core.AtomicOutput;
import na64.core.Config;
import na64.plot.PngRenderer;
import na64.plot.SvgRenderer;

/** Writes a report: {@code numbers.json} and one SVG and one PNG per figure, the same renderers for every validation. */
public final class ReportFiles {
    private static final SvgRenderer SVG = new SvgRenderer();
    private static final PngRenderer PNG = PngRenderer.dpi(96);

    private ReportFiles() {
    }

    /** Writes the report into {@code dir} (created if missing). */
    public static void write(ValidationReport report, Path dir) {
        AtomicOutput.writeString(dir.resolve("numbers.json"), Config.toJson(report.numbers()));
        for (NamedFigure f : report.figures()) {
            SVG.write(f.figure(), dir.resolve(f.name() + ".svg"));
            PNG.write(f.figure(), dir.resolve(f.name() + ".png"));
        }
    }

    /** Prints the numbers, one per line (doubles with 5 significant digits). */
    public static void print(ValidationReport report, PrintWriter out) {
        for (Map.Entry<String, Object> e : report.numbers().entrySet()) {
            Object v = e.getValue();
            out.printf(Locale.ROOT, "%-52s %s%n", e.getKey(),
                    v instanceof Double d ? String.format(Locale.ROOT, "%.5g", d) : v);
        }
    }
}
