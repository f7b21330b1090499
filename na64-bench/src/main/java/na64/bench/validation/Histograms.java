package na64.bench.validation;

/** Uniform binnings of the validation figures. */
final class Histograms {
    private Histograms() {
    }

    /** {@code bins + 1} edges from {@code lo} to {@code hi}. */
    static double[] edges(double lo, double hi, int bins) {
        double[] e = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            e[i] = lo + (hi - lo) * i / bins;
        }
        return e;
    }

    /** The bin centres. */
    static double[] centres(double lo, double hi, int bins) {
        double[] c = new double[bins];
        for (int i = 0; i < bins; i++) {
            c[i] = lo + (hi - lo) * (i + 0.5) / bins;
        }
        return c;
    }

    /** Counts per bin; values outside [lo, hi) are left out. */
    static double[] counts(double[] values, double lo, double hi, int bins) {
        double[] h = new double[bins];
        for (double v : values) {
            int b = (int) Math.floor((v - lo) / (hi - lo) * bins);
            if (b >= 0 && b < bins) {
                h[b]++;
            }
        }
        return h;
    }
}
