package na64.reach.acceptance;

import java.nio.file.Path;
import java.util.Locale;
import na64.core.Check;
import na64.core.CsvTable;
import na64.core.InputException;

/**
 * The signal efficiency of a search (trigger, reconstruction and selection) as a function of the
 * X mass: flat, or a table interpolated linearly in log(mass) and held constant beyond its ends.
 */
public interface Efficiency {

    /** Efficiency in (0, 1] at mass m [GeV]. */
    double at(double mass);

    /** For reports. */
    String description();

    static Efficiency flat(double value) {
        Check.fraction("efficiency", value);
        return new Efficiency() {
            @Override
            public double at(double mass) {
                return value;
            }

            @Override
            public String description() {
                return String.format(Locale.ROOT, "%.3g (flat)", value);
            }
        };
    }

    /** A table of (mass [GeV], efficiency) with increasing masses. */
    static Efficiency table(double[] masses, double[] values, String source) {
        if (masses.length == 0 || masses.length != values.length) {
            throw new InputException("efficiency-table", source + ": needs at least one row of mass_GeV,efficiency");
        }
        for (int i = 0; i < masses.length; i++) {
            Check.positive("efficiency-table mass", masses[i]);
            Check.fraction("efficiency", values[i]);
            if (i > 0 && !(masses[i] > masses[i - 1])) {
                throw InputException.outOfRange("efficiency-table mass", masses[i], "> the previous mass " + masses[i - 1] + " (increasing)");
            }
        }
        double[] m = masses.clone();
        double[] v = values.clone();
        return new Efficiency() {
            @Override
            public double at(double mass) {
                if (mass <= m[0]) {
                    return v[0];
                }
                if (mass >= m[m.length - 1]) {
                    return v[v.length - 1];
                }
                int i = 0;
                while (m[i + 1] < mass) {
                    i++;
                }
                double f = Math.log(mass / m[i]) / Math.log(m[i + 1] / m[i]);
                return v[i] + f * (v[i + 1] - v[i]);
            }

            @Override
            public String description() {
                return String.format(Locale.ROOT, "table %s (%d masses, %.3g-%.3g)", source, m.length,
                        java.util.Arrays.stream(v).min().orElse(0), java.util.Arrays.stream(v).max().orElse(0));
            }
        };
    }

    /** Reads a CSV table mass_GeV,efficiency (a {@link CsvTable}: header row, '#' comments). */
    static Efficiency read(Path file) {
        CsvTable table = CsvTable.read(file, "efficiency-table").requireColumnCount("two columns mass_GeV,efficiency", 2);
        double[] m = table.column(0);
        double[] v = table.column(1);
        try {
            return table(m, v, file.getFileName().toString());
        } catch (InputException e) {
            throw e.in(file.toString(), 0);
        }
    }
}
