package na64.monitor.bench;

/**
 * Latencies in logarithmic bins of 2 % from 1 us to 100 s, so that millions of requests are
 * summarised in a few kilobytes; percentiles are read off at the upper edge of their bin (at
 * most 2 % high). Thread-safe by being per client and merged at the end.
 */
final class LatencyHistogram {
    private static final double LO = 1e-6;
    private static final double RATIO = 1.02;
    private static final int BINS = (int) Math.ceil(Math.log(1e8) / Math.log(RATIO)) + 1;
    private final long[] counts = new long[BINS];
    private long n;
    private double max;

    void add(double seconds) {
        int b = seconds <= LO ? 0 : Math.min(BINS - 1, (int) Math.ceil(Math.log(seconds / LO) / Math.log(RATIO)));
        counts[b]++;
        n++;
        max = Math.max(max, seconds);
    }

    void add(LatencyHistogram o) {
        for (int i = 0; i < BINS; i++) {
            counts[i] += o.counts[i];
        }
        n += o.n;
        max = Math.max(max, o.max);
    }

    long count() {
        return n;
    }

    double max() {
        return max;
    }

    /** The q-quantile (0 < q < 1) [s]. */
    double quantile(double q) {
        long target = (long) Math.ceil(q * n);
        long seen = 0;
        for (int i = 0; i < BINS; i++) {
            seen += counts[i];
            if (seen >= target && seen > 0) {
                return Math.min(max, LO * Math.pow(RATIO, i));
            }
        }
        return max;
    }
}
