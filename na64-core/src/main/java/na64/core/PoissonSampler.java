package na64.core;

import java.util.random.RandomGenerator;
import org.hipparchus.special.Gamma;

/**
 * Exact Poisson random numbers: multiplication of uniforms for small means (Knuth, TAOCP vol. 2,
 * 3.4.1) and the transformed rejection with squeeze PTRS for mean >= 10 (W. Hoermann, "The
 * transformed rejection method for generating Poisson random variables", Insurance: Mathematics
 * and Economics 12 (1993) 39). Consumes only the given stream, so a draw is reproducible from
 * the event's stream (see {@link RandomStreams}).
 */
public final class PoissonSampler {
    /** Below this mean the product of uniforms is cheaper than the rejection. */
    private static final double REJECTION_FROM_MEAN = 10;

    private PoissonSampler() {
    }

    /** A Poisson number of mean {@code mean}; 0 for a mean that is 0, negative or NaN. */
    public static long sample(RandomGenerator rng, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean < REJECTION_FROM_MEAN) {
            double limit = Math.exp(-mean);
            long k = 0;
            double p = rng.nextDouble();
            while (p > limit) {
                k++;
                p *= rng.nextDouble();
            }
            return k;
        }
        double smu = Math.sqrt(mean);
        double b = 0.931 + 2.53 * smu;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        double logMean = Math.log(mean);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
                    <= -mean + k * logMean - Gamma.logGamma(k + 1.0)) {
                return k;
            }
        }
    }
}
