package na64.stats;

/**
 * P(outcome not more signal-like than the data) under a hypothesis, summed exactly over the
 * lattice of counts. Because every weight w_i = ln(1 + mu s_i/b_i) is positive, the set
 * {X &lt;= X_obs} is bounded: each n_i &lt;= X_obs / w_i. The sum runs channel by channel with the
 * remaining budget X_obs - sum_(j&lt;i) n_j w_j, the last channel through its cumulative
 * distribution, so the cost is the number of lattice points of the first channels only (a
 * single channel costs O(n_obs)). Zero-background channels enter through the lexicographic key
 * of {@link TestStatistic}. The probabilities of the channels with background are rescaled
 * ({@link ChannelModel#logScale}) and the tail returned as a logarithm, so that CLs = CLs+b / CLb
 * stays exact when both underflow (no event over a background of hundreds: CLs = e^-mu s).
 */
final class ExactTail {

    /** Thrown when the lattice is larger than the caller allows; the caller falls back to toys. */
    static final class TooManyOutcomes extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyOutcomes() {
            super("too many outcomes to enumerate", null, false, false);
        }
    }

    private final TestStatistic t;
    private final long cap;
    private final double[][] zeroPmf;
    private final double[][] pmf;
    private final double[] lastCdf;
    /** Sum of the channels' log scales: the tie term is P x e^totalLogScale. */
    private final double totalLogScale;
    private long visits;

    private ExactTail(TestStatistic t, double hypothesisMu, long cap) {
        this.t = t;
        this.cap = cap;
        int n0 = t.observedZeroCount;
        double minLogSignal = 0;
        for (double v : t.zeroLogSignal) {
            minLogSignal = Math.min(minLogSignal, v);
        }
        double maxBudget = t.observedX - n0 * minLogSignal + t.tolerance;
        zeroPmf = new double[t.zeroLogSignal.length][];
        for (int i = 0; i < zeroPmf.length; i++) {
            zeroPmf[i] = t.zeroBackground.get(i).pmf(hypothesisMu, n0);
        }
        int nr = t.weight.length;
        pmf = new double[nr][];
        double logScaleSum = 0;
        double lastLogScale = 0;
        for (int i = 0; i < nr; i++) {
            double max = Math.floor(Math.max(0, maxBudget) / t.weight[i]);
            if (max > cap) {
                throw new TooManyOutcomes();
            }
            ChannelModel model = t.withBackground.get(i);
            lastLogScale = model.logScale(hypothesisMu, (int) max);
            logScaleSum += lastLogScale;
            pmf[i] = model.pmf(hypothesisMu, (int) max, lastLogScale);
        }
        totalLogScale = logScaleSum;
        if (nr > 0) {
            double[] last = pmf[nr - 1];
            lastCdf = new double[last.length];
            double sum = 0;
            double whole = Math.exp(lastLogScale);
            for (int n = 0; n < last.length; n++) {
                sum += last[n];
                lastCdf[n] = Math.min(sum, whole);
            }
        } else {
            lastCdf = null;
        }
    }

    /**
     * P(N0 &lt; N0_obs) + P(N0 = N0_obs and X2 &lt;= X2_obs) for counts drawn at signal strength
     * {@code hypothesisMu} (0 = background only), ordered by {@code t}; its natural logarithm,
     * finite where the probability itself underflows.
     */
    static double logLowerTail(TestStatistic t, double hypothesisMu, long cap) {
        return new ExactTail(t, hypothesisMu, cap).computeLog();
    }

    private double computeLog() {
        int n0 = t.observedZeroCount;
        double below = n0 > 0 ? zeroCountBelow(n0) : 0;
        double scaledTie = zeroPmf.length == 0 ? positive(0, t.observedX) : compositions(0, n0, 1, t.observedX);
        // ln(below + scaledTie e^-L), without forming e^-L or e^L
        double logTie = Math.log(scaledTie) - totalLogScale;
        double logBelow = Math.log(below);
        double high = Math.max(logTie, logBelow);
        if (high == Double.NEGATIVE_INFINITY) {
            return high;
        }
        double log = high + Math.log(Math.exp(logTie - high) + Math.exp(logBelow - high));
        return Math.min(0, log);
    }

    /** P(sum of zero-background counts &lt; n0), by convolution truncated at n0 - 1. */
    private double zeroCountBelow(int n0) {
        double[] dist = new double[n0];
        dist[0] = 1;
        for (double[] p : zeroPmf) {
            double[] next = new double[n0];
            for (int a = 0; a < n0; a++) {
                if (dist[a] == 0) {
                    continue;
                }
                for (int c = 0; a + c < n0; c++) {
                    next[a + c] += dist[a] * p[c];
                }
            }
            dist = next;
        }
        double sum = 0;
        for (double d : dist) {
            sum += d;
        }
        return sum;
    }

    /** Sum over the ways to share the observed zero-background count among those channels. */
    private double compositions(int i, int remaining, double probability, double budget) {
        double v = t.zeroLogSignal[i];
        if (i == zeroPmf.length - 1) {
            double p = probability * zeroPmf[i][remaining];
            return p == 0 ? 0 : p * positive(0, budget - remaining * v);
        }
        double sum = 0;
        for (int c = 0; c <= remaining; c++) {
            double p = probability * zeroPmf[i][c];
            if (p != 0) {
                sum += compositions(i + 1, remaining - c, p, budget - c * v);
            }
        }
        return sum;
    }

    /** P(sum_(j&gt;=k) n_j w_j &lt;= budget) over the channels with background. */
    private double positive(int k, double budget) {
        if (budget < -t.tolerance) {
            return 0;
        }
        int nr = pmf.length;
        if (nr == 0) {
            return 1;
        }
        double w = t.weight[k];
        int nmax = (int) Math.min(Math.floor((budget + t.tolerance) / w), pmf[k].length - 1);
        if (k == nr - 1) {
            return lastCdf[nmax];
        }
        visits += nmax + 1;
        if (visits > cap) {
            throw new TooManyOutcomes();
        }
        double sum = 0;
        double[] p = pmf[k];
        for (int n = 0; n <= nmax; n++) {
            if (p[n] != 0) {
                sum += p[n] * positive(k + 1, budget - n * w);
            }
        }
        return sum;
    }
}
