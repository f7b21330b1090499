package na64.stats;

import java.util.random.RandomGenerator;
import na64.core.GaussLegendre;

/**
 * A nuisance factor k (mean 1) reduced to quadrature nodes: the integral of f(k) over the prior of
 * an {@link Uncertainty} is sum_i weight_i f(factor_i). Log-normal priors use Gauss-Hermite nodes
 * in ln k (exact for a Gaussian weight, so a smooth integrand converges fast). A truncated Gaussian
 * whose cut lies within 8 sigma uses Gauss-Legendre nodes on [cut, +8 sigma] weighted by the
 * Gaussian density and renormalised, so the cut at k = 0 is integrated exactly rather than smeared.
 */
final class FactorPrior {
    /** Beyond 8 sigma the normal tail holds 6e-16 of the probability: negligible. */
    private static final double Z_RANGE = 8;

    private final Uncertainty uncertainty;
    private final double[] factors;
    private final double[] weights;
    /** Log-normal: sigma and mean of ln k. Truncated Gaussian: the lower cut in z and Phi(cut). */
    private final double a;
    private final double b;

    FactorPrior(Uncertainty uncertainty, QuadratureRules rules) {
        this.uncertainty = uncertainty;
        double r = uncertainty.relative();
        if (uncertainty.isNone()) {
            factors = new double[] {1};
            weights = new double[] {1};
            a = 0;
            b = 0;
            return;
        }
        if (uncertainty.shape() == Uncertainty.Shape.LOG_NORMAL) {
            double sigma = Math.sqrt(Math.log1p(r * r));
            a = sigma;
            b = -0.5 * sigma * sigma;
            double[] z = rules.normalNodes(r);
            factors = new double[z.length];
            weights = rules.normalWeights(r).clone();
            for (int i = 0; i < z.length; i++) {
                factors[i] = Math.exp(b + sigma * z[i]);
            }
        } else {
            double cut = -1 / r;
            a = cut;
            b = StandardNormal.cdf(cut);
            double lo = Math.max(cut, -Z_RANGE);
            GaussLegendre rule = rules.legendre;
            int n = rule.points();
            factors = new double[n];
            weights = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double z = rule.node(i, lo, Z_RANGE);
                factors[i] = Math.max(0, 1 + r * z);
                weights[i] = rule.weight(i, lo, Z_RANGE) * StandardNormal.density(z);
                sum += weights[i];
            }
            for (int i = 0; i < n; i++) {
                weights[i] /= sum;
            }
        }
    }

    int size() {
        return factors.length;
    }

    double factor(int i) {
        return factors[i];
    }

    double weight(int i) {
        return weights[i];
    }

    boolean isNone() {
        return uncertainty.isNone();
    }

    /** A random factor drawn from the prior, for pseudo-experiments. */
    double sample(RandomGenerator random) {
        if (uncertainty.isNone()) {
            return 1;
        }
        if (uncertainty.shape() == Uncertainty.Shape.LOG_NORMAL) {
            return Math.exp(b + a * random.nextGaussian());
        }
        // Inverse-CDF sampling of the normal above the cut: exact, no rejection loop.
        double u = b + (1 - b) * random.nextDouble();
        double z = StandardNormal.quantile(Math.min(u, Math.nextDown(1.0)));
        return Math.max(0, 1 + uncertainty.relative() * z);
    }
}
