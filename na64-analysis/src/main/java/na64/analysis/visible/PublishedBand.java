package na64.analysis.visible;

import java.nio.file.Path;
import na64.core.CsvTable;

/**
 * A published excluded band for comparison: CSV with columns mass_GeV, epsilon_low, epsilon_high
 * ('#' lines are comments, e.g. the source). Compared, never used as a result.
 */
public record PublishedBand(String label, double[] masses, double[] low, double[] high) {

    public static PublishedBand read(Path file, String label) {
        CsvTable t = CsvTable.read(file, "published.band").requireColumns("mass_GeV", "epsilon_low", "epsilon_high");
        return new PublishedBand(label, t.column("mass_GeV"), t.column("epsilon_low"), t.column("epsilon_high"));
    }

    /** The published edges at {@code mass}, interpolated linearly in ln m and ln eps; NaN outside the band's mass range. */
    public double[] at(double mass) {
        if (mass < masses[0] || mass > masses[masses.length - 1]) {
            return new double[] {Double.NaN, Double.NaN};
        }
        int i = 0;
        while (i + 2 < masses.length && masses[i + 1] < mass) {
            i++;
        }
        double t = masses[i + 1] == masses[i] ? 0 : Math.log(mass / masses[i]) / Math.log(masses[i + 1] / masses[i]);
        return new double[] {logInterpolate(low[i], low[i + 1], t), logInterpolate(high[i], high[i + 1], t)};
    }

    private static double logInterpolate(double a, double b, double t) {
        return Math.exp(Math.log(a) + t * (Math.log(b) - Math.log(a)));
    }
}
