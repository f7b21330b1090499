package na64.core;

/**
 * An exponential path forced into a window, for importance sampling of decays: the true density
 * (1/lambda) e^(-s/lambda) conditioned on a &lt; s &lt; b. The sampled path comes with the weight that
 * undoes the forcing, the true probability of the window,
 * <pre>
 *   w = P(a &lt; s &lt; b) = e^(-a/lambda) (1 - e^(-(b-a)/lambda)),
 *   s = a - lambda ln(1 - u (1 - e^(-(b-a)/lambda)))      (u uniform in [0, 1)),
 * </pre>
 * with 1 - e^(-x) as -expm1(-x), precise for windows much shorter than lambda. One place for the
 * forced decays of beam particles and of dark bosons.
 *
 * @param path   the sampled path s [same unit as lambda], in [a, b]
 * @param weight the true probability of a decay in the window
 */
public record ForcedExponential(double path, double weight) {

    /**
     * @param a      start of the window (>= 0)
     * @param b      end of the window (> a; may be infinite)
     * @param lambda the decay length (> 0; infinite: a stable particle, weight 0)
     * @param u      a uniform number in [0, 1)
     */
    public static ForcedExponential sample(double a, double b, double lambda, double u) {
        if (!(b > a) || !(a >= 0) || !(lambda > 0)) {
            throw new IllegalArgumentException("forced exponential needs 0 <= a < b and lambda > 0, got a = " + a + ", b = " + b
                    + ", lambda = " + lambda);
        }
        double inWindow = -Math.expm1(-(b - a) / lambda);
        double path = a - lambda * Math.log1p(-u * inWindow);
        return new ForcedExponential(Math.min(path, b), Math.exp(-a / lambda) * inWindow);
    }
}
