package na64.stats;

import org.hipparchus.special.Gamma;

/** Poisson probabilities P(n; lambda) = lambda^n e^-lambda / n!, computed without underflow. */
final class Poisson {
    /** Below this mean e^-lambda is a normal double and the plain recurrence is exact enough. */
    private static final double LINEAR_LIMIT = 600;

    private Poisson() {
    }

    /** Adds weight x P(n; mean) to acc[n] for n = 0 .. acc.length-1. */
    static void addPmf(double mean, double weight, double[] acc) {
        addPmf(mean, weight, acc, 0);
    }

    /**
     * Adds weight x P(n; mean) x e^logScale to acc[n]: a scale keeps probabilities that underflow
     * (a few events over a background of hundreds) representable.
     */
    static void addPmf(double mean, double weight, double[] acc, double logScale) {
        int count = acc.length;
        if (count == 0 || weight == 0) {
            return;
        }
        if (mean <= 0) {
            acc[0] += weight * Math.exp(logScale);
            return;
        }
        if (mean < LINEAR_LIMIT && logScale == 0) {
            double p = weight * Math.exp(-mean);
            acc[0] += p;
            for (int n = 1; n < count; n++) {
                p *= mean / n;
                acc[n] += p;
            }
            return;
        }
        double logMean = Math.log(mean);
        double logWeight = Math.log(weight);
        double logP = -mean + logScale;
        acc[0] += Math.exp(logWeight + logP);
        for (int n = 1; n < count; n++) {
            logP += logMean - Math.log(n);
            acc[n] += Math.exp(logWeight + logP);
        }
    }

    /** ln P(n; mean). */
    static double logPmf(int n, double mean) {
        if (mean <= 0) {
            return n == 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        return -mean + n * Math.log(mean) - Gamma.logGamma(n + 1.0);
    }

    /** P(N &lt;= n; mean), the lower regularised incomplete gamma relation Q(n+1, mean). */
    static double cdf(int n, double mean) {
        if (n < 0) {
            return 0;
        }
        if (mean <= 0) {
            return 1;
        }
        if (mean > WILSON_HILFERTY_MEAN) {
            // P(N <= n) = P(chi2 with k = 2(n+1) dof > 2 mean), and (chi2/k)^(1/3) is normal with mean
            // 1 - 2/(9k), variance 2/(9k) (Wilson and Hilferty 1931): errors O(1/k), 1e-7 here, where the
            // series of the incomplete gamma function would take ~sqrt(mean) terms per call
            double k = 2 * (n + 1.0);
            double v = 2 / (9 * k);
            double z = (Math.cbrt(2 * mean / k) - (1 - v)) / Math.sqrt(v);
            return StandardNormal.cdf(-z);
        }
        return Gamma.regularizedGammaQ(n + 1.0, mean);
    }

    /** Above this mean the cumulative distribution is the Wilson-Hilferty one. */
    static final double WILSON_HILFERTY_MEAN = 1e7;

    /**
     * A count n with P(N &gt; n; mean) &lt;= tail, from Bernstein's inequality
     * P(N - mean &gt;= t) &lt;= exp(-t^2 / (2 (mean + t/3))): a few counts above the exact quantile, at no cost.
     */
    static int upperTailBound(double tail, double mean) {
        double l = Math.log(1 / tail);
        double t = l / 3 + Math.sqrt(l * l / 9 + 2 * mean * l);
        return (int) Math.min(Integer.MAX_VALUE - 1, Math.ceil(mean + t));
    }

    /**
     * The smallest n with P(N &lt;= n; mean) &gt;= u: inversion of the CDF, monotone in both u and
     * mean, so pseudo-experiments made from the same u at different means are coupled.
     */
    static int quantile(double u, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 30) {
            double p = Math.exp(-mean);
            double cdf = p;
            int n = 0;
            while (cdf < u && n < 10_000) {
                n++;
                p *= mean / n;
                cdf += p;
            }
            return n;
        }
        // Start from the normal approximation and walk with the exact CDF.
        int n = (int) Math.max(0, Math.floor(mean + Math.sqrt(mean) * StandardNormal.quantile(clamp(u))));
        while (n > 0 && cdf(n - 1, mean) >= u) {
            n--;
        }
        while (cdf(n, mean) < u) {
            n++;
        }
        return n;
    }

    private static double clamp(double u) {
        return Math.min(Math.max(u, 1e-300), Math.nextDown(1.0));
    }
}
