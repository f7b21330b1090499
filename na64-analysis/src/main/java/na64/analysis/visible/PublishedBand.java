package na64.analysis.visible;

import java.nio.file.Path;
import na64.core.CsvTable;

/**
 * A published excluded band for comparison: CSV with columns mass_GeV, epsilon_low, epsilon_high
 * ('#' lines are comments, e.g. the source); or a closed contour mass_GeV, g_GeV^-1 (the ALP limits'
 * form: the lower edge with increasing mass up to the largest mass, then the upper edge back), made
 * a band at the lower edge's masses, the upper edge interpolated (NaN below its smallest mass: the
 * contour does not close there); or an upper-limit curve mass_GeV, epsilon (an invisible-mode limit,
 * excluded above it; a digitised curve may fold back in mass around resonance dips), made a lower
 * edge with no upper one. Compared, never used as a result.
 */
public record PublishedBand(String label, double[] masses, double[] low, double[] high) {

    public static PublishedBand read(Path file, String label) {
        CsvTable t = CsvTable.read(file, "published.band");
        if (t.has("mass_GeV") && t.has("g_GeV^-1") && !t.has("epsilon_low")) {
            return fromContour(label, t.column("mass_GeV"), t.column("g_GeV^-1"));
        }
        if (t.has("mass_GeV") && t.has("epsilon") && !t.has("epsilon_low")) {
            return fromLimitCurve(label, t.column("mass_GeV"), t.column("epsilon"));
        }
        t.requireColumns("mass_GeV", "epsilon_low", "epsilon_high");
        return new PublishedBand(label, t.column("mass_GeV"), t.column("epsilon_low"), t.column("epsilon_high"));
    }

    /** A closed contour (lower edge out to the largest mass, upper edge back) as a band. */
    static PublishedBand fromContour(String label, double[] m, double[] g) {
        int top = 0;
        for (int i = 1; i < m.length; i++) {
            if (m[i] > m[top]) {
                top = i;
            }
        }
        double[] masses = java.util.Arrays.copyOfRange(m, 0, top + 1);
        double[] low = java.util.Arrays.copyOfRange(g, 0, top + 1);
        // the upper edge from the largest mass back: reversed into increasing mass
        int n = m.length - top;
        double[] um = new double[n];
        double[] ug = new double[n];
        for (int i = 0; i < n; i++) {
            um[i] = m[m.length - 1 - i];
            ug[i] = g[m.length - 1 - i];
        }
        double[] high = new double[masses.length];
        for (int i = 0; i < masses.length; i++) {
            high[i] = Double.NaN;
            for (int k = 0; k + 1 < n; k++) {
                if (masses[i] >= um[k] && masses[i] <= um[k + 1]) {
                    double t = um[k + 1] == um[k] ? 0 : Math.log(masses[i] / um[k]) / Math.log(um[k + 1] / um[k]);
                    high[i] = logInterpolate(ug[k], ug[k + 1], t);
                    break;
                }
            }
        }
        return new PublishedBand(label, masses, low, high);
    }

    /**
     * An upper-limit curve as a band without upper edge: at every mass of the file, the lowest
     * epsilon at which the curve (its points joined in file order) crosses that mass, so that a curve
     * folding back around a dip keeps the dip.
     */
    static PublishedBand fromLimitCurve(String label, double[] m, double[] eps) {
        double[] masses = java.util.Arrays.stream(m).sorted().distinct().toArray();
        double[] low = new double[masses.length];
        double[] high = new double[masses.length];
        for (int i = 0; i < masses.length; i++) {
            low[i] = Double.POSITIVE_INFINITY;
            high[i] = Double.NaN;
            for (int k = 0; k < m.length; k++) {
                if (m[k] == masses[i]) {
                    low[i] = Math.min(low[i], eps[k]);
                }
                if (k + 1 < m.length && masses[i] > Math.min(m[k], m[k + 1]) && masses[i] < Math.max(m[k], m[k + 1])) {
                    double t = Math.log(masses[i] / m[k]) / Math.log(m[k + 1] / m[k]);
                    low[i] = Math.min(low[i], logInterpolate(eps[k], eps[k + 1], t));
                }
            }
        }
        return new PublishedBand(label, masses, low, high);
    }

    /** True for an upper-limit curve (no upper edge anywhere). */
    public boolean lowerEdgeOnly() {
        return java.util.Arrays.stream(high).allMatch(Double::isNaN);
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
