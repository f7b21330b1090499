package na64.sim.generator;

/**
 * Bins of equal expected content for the chi-square tests of generated distributions: edges from
 * a tabulated cumulative integral of the expected density, and the Pearson chi-square of a sample.
 */
final class EqualContentBins {
    private EqualContentBins() {
    }

    /**
     * Edges of {@code bins} bins of equal share of {@code cumulative} (the running integral of the
     * density at the increasing points {@code grid}), found by linear interpolation; the outer
     * edges are {@code first} and {@code last}.
     */
    static double[] edges(double[] grid, double[] cumulative, int bins, double first, double last) {
        int n = grid.length - 1;
        double[] edges = new double[bins + 1];
        edges[0] = first;
        edges[bins] = last;
        int j = 0;
        for (int b = 1; b < bins; b++) {
            double target = cumulative[n] * b / bins;
            while (cumulative[j + 1] < target) {
                j++;
            }
            double u = (target - cumulative[j]) / (cumulative[j + 1] - cumulative[j]);
            edges[b] = grid[j] + u * (grid[j + 1] - grid[j]);
        }
        return edges;
    }

    /** Pearson chi-square of the sample against equal expected counts in the bins of {@code edges}. */
    static double chiSquare(double[] sample, double[] edges) {
        int bins = edges.length - 1;
        int[] counts = new int[bins];
        for (double x : sample) {
            int b = 0;
            while (b < bins - 1 && x >= edges[b + 1]) {
                b++;
            }
            counts[b]++;
        }
        double expected = (double) sample.length / bins;
        double chi2 = 0;
        for (int c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        return chi2;
    }
}
