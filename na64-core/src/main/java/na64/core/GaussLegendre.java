package na64.core;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * A fixed n-point Gauss-Legendre rule (nodes and weights from Hipparchus'
 * {@link GaussIntegratorFactory#legendre(int)}), applied on an interval or on equal panels of it.
 * Immutable; build a rule once and share it.
 */
public final class GaussLegendre {
    private final double[] nodes;
    private final double[] weights;

    private GaussLegendre(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /** The rule with {@code points} nodes, exact for polynomials of degree 2 points - 1. */
    public static GaussLegendre of(int points) {
        if (points < 1) {
            throw new IllegalArgumentException("a Gauss-Legendre rule needs at least one point, got " + points);
        }
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(points);
        double[] nodes = new double[points];
        double[] weights = new double[points];
        for (int i = 0; i < points; i++) {
            nodes[i] = rule.getPoint(i);
            weights[i] = rule.getWeight(i);
        }
        return new GaussLegendre(nodes, weights);
    }

    public int points() {
        return nodes.length;
    }

    /** The i-th node mapped to [a, b]. */
    public double node(int i, double a, double b) {
        return 0.5 * (a + b) + 0.5 * (b - a) * nodes[i];
    }

    /** The i-th weight for the interval [a, b] (the weights sum to b - a). */
    public double weight(int i, double a, double b) {
        return 0.5 * (b - a) * weights[i];
    }

    /** The integral of f over [a, b]. */
    public double integrate(DoubleUnaryOperator f, double a, double b) {
        double sum = 0;
        for (int i = 0; i < nodes.length; i++) {
            sum += weight(i, a, b) * f.applyAsDouble(node(i, a, b));
        }
        return sum;
    }

    /** The integral of f over [a, b] split into {@code panels} equal panels. */
    public double integrate(DoubleUnaryOperator f, double a, double b, int panels) {
        double sum = 0;
        double h = (b - a) / panels;
        for (int p = 0; p < panels; p++) {
            sum += integrate(f, a + p * h, p == panels - 1 ? b : a + (p + 1) * h);
        }
        return sum;
    }
}
