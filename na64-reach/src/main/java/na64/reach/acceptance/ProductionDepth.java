package na64.reach.acceptance;

import java.util.Arrays;
import na64.core.Check;
import na64.core.GaussLegendre;
import org.hipparchus.special.Gamma;

/**
 * Where in the target the X are produced: depths z_k [cm] from the front face with probabilities
 * p_k (sum 1). Matters only for decays in flight (visible and semi-visible modes, ALPs).
 *
 * <p>{@link #primaryAbove}: the X of interest carry a large fraction of E0 and come mostly from
 * the beam particle while it is still above the lowest useful parent energy E_min, so the
 * production rate at depth t (in X0) is taken proportional to the probability that the primary
 * is still above E_min there: with Tsai's distribution (ln(E0/E) Gamma-distributed with shape
 * b t, b = 4/3; Tsai, RMP 46 (1974) 815, eq. 3.86) this is the regularised incomplete gamma
 * function P(b t, ln(E0/E_min)). The dependence of the cross section on the parent energy and the
 * secondaries (which come later in the shower) are neglected: a documented approximation.
 */
public final class ProductionDepth {
    private static final double B = 4.0 / 3.0;
    private static final GaussLegendre RULE = GaussLegendre.of(8);

    private final double[] depth;
    private final double[] probability;

    private ProductionDepth(double[] depth, double[] probability) {
        this.depth = depth;
        this.probability = probability;
    }

    /** All X made at the front face (z = 0). */
    public static ProductionDepth atFrontFace() {
        return new ProductionDepth(new double[] {0}, new double[] {1});
    }

    /**
     * Production along the primary's path while it is above {@code minParentEnergy}.
     *
     * @param beamEnergy        E0 [GeV]
     * @param minParentEnergy   the lowest parent energy that can make a useful X [GeV]
     * @param radiationLengthCm X0 of the target [cm]
     * @param thicknessX0       target thickness in X0
     */
    public static ProductionDepth primaryAbove(double beamEnergy, double minParentEnergy, double radiationLengthCm,
            double thicknessX0) {
        Check.positive("radiation length", radiationLengthCm);
        Check.positive("target thickness [X0]", thicknessX0);
        double u = Math.log(beamEnergy / Math.max(minParentEnergy, beamEnergy * 1e-8));
        // P(b t, u) falls off once b t >> u: stop where it is below 1e-6
        double end = thicknessX0;
        for (double t = 0.5; t < thicknessX0; t += 0.5) {
            if (Gamma.regularizedGammaP(B * t, u) < 1e-6) {
                end = t;
                break;
            }
        }
        int panels = 2;
        double[] z = new double[panels * RULE.points()];
        double[] p = new double[z.length];
        double sum = 0;
        double h = end / panels;
        for (int q = 0; q < panels; q++) {
            for (int i = 0; i < RULE.points(); i++) {
                double t = RULE.node(i, q * h, (q + 1) * h);
                z[q * RULE.points() + i] = t * radiationLengthCm;
                double w = RULE.weight(i, q * h, (q + 1) * h) * Gamma.regularizedGammaP(B * t, u);
                p[q * RULE.points() + i] = w;
                sum += w;
            }
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return new ProductionDepth(z, p);
    }

    /**
     * The depth of an X made by a photon of this distribution: the photon goes on for an
     * exponential distance of mean 9/7 X0 (its pair-conversion length, PDG eq. 34.31) while it can
     * convert into the X anywhere on the way with equal probability; 8 equal-probability points.
     */
    public ProductionDepth alongPhotonPath(double radiationLengthCm) {
        int n = 8;
        double mean = 9.0 / 7.0 * radiationLengthCm;
        double[] z = new double[depth.length * n];
        double[] p = new double[z.length];
        for (int k = 0; k < depth.length; k++) {
            for (int q = 0; q < n; q++) {
                z[k * n + q] = depth[k] - mean * Math.log(1 - (q + 0.5) / n);
                p[k * n + q] = probability[k] / n;
            }
        }
        return new ProductionDepth(z, p);
    }

    public int size() {
        return depth.length;
    }

    /** Depth of point k [cm]. */
    public double depth(int k) {
        return depth[k];
    }

    public double probability(int k) {
        return probability[k];
    }

    /** Mean production depth [cm]. */
    public double mean() {
        double m = 0;
        for (int k = 0; k < depth.length; k++) {
            m += depth[k] * probability[k];
        }
        return m;
    }

    @Override
    public String toString() {
        return "ProductionDepth" + Arrays.toString(depth);
    }
}
