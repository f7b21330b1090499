package na64.stats;

import na64.core.InputException;

/**
 * A channel prepared for computation: its nuisance priors as quadrature nodes, and the marginal
 * (prior-averaged) distribution of its count, P(n) = integral Poisson(n; k_s mu s + k_b b)
 * prior(k_s) prior(k_b) - the Cousins-Highland hybrid. Created per calculation; the
 * background-only distribution is cached because it does not depend on mu.
 */
final class ChannelModel {
    final Channel channel;
    final FactorPrior signalPrior;
    final FactorPrior backgroundPrior;
    private double[] backgroundPmf = new double[0];
    /** Below e^-600 products of a few probabilities leave the range of doubles: rescale. */
    private static final double UNDERFLOW_LOG = -600;
    /** Counts above this are handled through the cumulative distribution, not arrays of P(n). */
    static final int LARGE_COUNT = 100_000;
    /** The largest background mean (of any prior node) whose expected band is computed: counts to ~b + 7 sqrt(b) must fit an int (2.1e9). */
    static final double LARGEST_MEAN = 2e9;

    /** The smallest n with P(N &lt;= n) &gt;= p under background only, searched in [0, upper]. */
    int backgroundQuantile(double p, int upper) {
        int lo = 0;
        int hi = upper;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (cdf(0, mid) >= p) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    ChannelModel(Channel channel, QuadratureRules rules) {
        this.channel = channel;
        this.signalPrior = new FactorPrior(channel.signalUncertainty(), rules);
        this.backgroundPrior = new FactorPrior(channel.backgroundUncertainty(), rules);
    }

    /** P(n) for n = 0 .. maxCount under signal strength mu (mu = 0: background only). */
    double[] pmf(double mu, int maxCount) {
        return pmf(mu, maxCount, 0);
    }

    /** P(n) x e^logScale for n = 0 .. maxCount (see {@link Poisson#addPmf(double, double, double[], double)}). */
    double[] pmf(double mu, int maxCount, double logScale) {
        if (mu == 0 && logScale == 0) {
            return backgroundPmf(maxCount);
        }
        double[] pmf = new double[maxCount + 1];
        double s = mu * channel.signal();
        double b = channel.background();
        for (int j = 0; j < signalPrior.size(); j++) {
            double signalMean = signalPrior.factor(j) * s;
            double wj = signalPrior.weight(j);
            for (int k = 0; k < backgroundPrior.size(); k++) {
                Poisson.addPmf(signalMean + backgroundPrior.factor(k) * b, wj * backgroundPrior.weight(k), pmf, logScale);
            }
        }
        return pmf;
    }

    /** P(N &lt;= n) under signal strength mu, averaged over the priors' nodes (regularised gamma function per node). */
    double cdf(double mu, int n) {
        double s = mu * channel.signal();
        double b = channel.background();
        double sum = 0;
        for (int j = 0; j < signalPrior.size(); j++) {
            for (int k = 0; k < backgroundPrior.size(); k++) {
                sum += signalPrior.weight(j) * backgroundPrior.weight(k)
                        * Poisson.cdf(n, signalPrior.factor(j) * s + backgroundPrior.factor(k) * b);
            }
        }
        return Math.min(1, sum);
    }

    /**
     * A scale for {@link #pmf(double, int, double)} that brings the largest P(n), n &lt;= maxCount,
     * to about 1: minus the largest ln P(n) of the smallest mean of the priors' nodes (a larger
     * mean has a smaller P(n) below its mode, and no P(n) above 1/sqrt(2 pi mean) near it); 0, no
     * scale, unless that P(n) is below e^-600.
     */
    double logScale(double mu, int maxCount) {
        double smallest = Double.POSITIVE_INFINITY;
        for (int j = 0; j < signalPrior.size(); j++) {
            for (int k = 0; k < backgroundPrior.size(); k++) {
                smallest = Math.min(smallest,
                        signalPrior.factor(j) * mu * channel.signal() + backgroundPrior.factor(k) * channel.background());
            }
        }
        int mode = (int) Math.min(maxCount, Math.floor(smallest));
        double largestLogP = Poisson.logPmf(mode, smallest);
        // only where the probabilities would underflow: elsewhere the cached unscaled P(n) serve
        return largestLogP < UNDERFLOW_LOG ? -largestLogP : 0;
    }

    private double[] backgroundPmf(int maxCount) {
        if (backgroundPmf.length <= maxCount) {
            double[] pmf = new double[Math.max(maxCount + 1, 2 * backgroundPmf.length)];
            double b = channel.background();
            for (int k = 0; k < backgroundPrior.size(); k++) {
                Poisson.addPmf(backgroundPrior.factor(k) * b, backgroundPrior.weight(k), pmf);
            }
            backgroundPmf = pmf;
        }
        return backgroundPmf;
    }

    /** The largest count with upper-tail probability above {@code tail} under background only. */
    int backgroundCountCovering(double tail) {
        // every node's own quantile covers the mixture; beyond LARGE_COUNT it is the answer (the
        // exact walk below would hold a P(n) array of that length)
        int covering = 0;
        for (int k = 0; k < backgroundPrior.size(); k++) {
            double mean = backgroundPrior.factor(k) * channel.background();
            if (mean > LARGEST_MEAN) {
                // the band's counts are ints (the observed count of a Channel); a background this
                // large is a search without sensitivity, so it is refused by name, not overflowed
                throw InputException.outOfRange(channel.name() + ": background", channel.background(),
                        String.format("at most %.0e events, its uncertainty's prior included (here a node at %.3g): the"
                                + " expected band's counts must fit a 32-bit integer; at 90 %% CL such a limit is"
                                + " ~1.64 sqrt(b) signal events", LARGEST_MEAN, mean));
            }
            covering = Math.max(covering, mean > LARGE_COUNT ? Poisson.upperTailBound(tail, mean) : Poisson.quantile(1 - tail, mean));
        }
        if (covering > LARGE_COUNT) {
            return covering;
        }
        int n = 0;
        double cdf = 0;
        while (true) {
            double[] pmf = backgroundPmf(n + 16);
            for (; n < pmf.length; n++) {
                cdf += pmf[n];
                if (cdf >= 1 - tail) {
                    return n;
                }
            }
            if (n > 50_000_000) {
                return n;
            }
        }
    }
}
