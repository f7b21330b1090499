package na64.analysis.limits;

import java.nio.file.Path;
import na64.core.CsvTable;
import na64.core.InputException;

/**
 * A published limit curve epsilon(m), read from a {@link CsvTable} mass_GeV,epsilon ('#' lines are
 * comments, the first one is kept as the source; values must be positive), interpolated
 * log-linearly for ratios.
 *
 * @param label  legend label
 * @param source the source line of the file
 * @param masses masses [GeV], in file order
 * @param epsilon limits
 */
public record PublishedCurve(String label, String source, double[] masses, double[] epsilon) {

    /** NA64e 2016-2022, 9.37e11 EOT (PRL 131 (2023) 161801), as digitised; see the file's source line. */
    public static final String BUILTIN = "/na64/analysis/published-na64e-2016-2022-epsilon.csv";
    private static final String FIELD = "published.curve";

    public static PublishedCurve builtin() {
        return of(CsvTable.readResource(PublishedCurve.class, BUILTIN), "NA64e 2016-2022, 9.37e11 EOT (published)");
    }

    public static PublishedCurve read(Path file, String label) {
        return of(CsvTable.read(file, FIELD), label);
    }

    static PublishedCurve of(CsvTable table, String label) {
        table.requireColumnCount("two columns mass_GeV,epsilon", 2);
        if (table.rows() < 2) {
            throw new InputException(FIELD, table.source() + ": needs at least two points mass_GeV,epsilon");
        }
        double[] masses = table.column(0);
        double[] epsilon = table.column(1);
        for (int r = 0; r < masses.length; r++) {
            // log-linear interpolation needs positive values on both axes
            if (!(masses[r] > 0)) {
                throw table.error(r, 0, masses[r] + " must be > 0");
            }
            if (!(epsilon[r] > 0)) {
                throw table.error(r, 1, epsilon[r] + " must be > 0");
            }
        }
        String source = table.comments().isEmpty() ? "" : table.comments().get(0);
        return new PublishedCurve(label, source, masses, epsilon);
    }

    /**
     * epsilon at {@code mass}, interpolating linearly in (log m, log eps) between the nearest points
     * on each side in mass (the digitised points are not sorted where the curve folds); NaN outside.
     */
    public double at(double mass) {
        double best = Double.NaN;
        for (int i = 0; i + 1 < masses.length; i++) {
            double m0 = masses[i];
            double m1 = masses[i + 1];
            if ((mass >= m0 && mass <= m1) || (mass >= m1 && mass <= m0)) {
                double f = m1 == m0 ? 0 : Math.log(mass / m0) / Math.log(m1 / m0);
                double e = Math.exp(Math.log(epsilon[i]) + f * Math.log(epsilon[i + 1] / epsilon[i]));
                best = Double.isNaN(best) ? e : Math.min(best, e);
            }
        }
        return best;
    }
}
