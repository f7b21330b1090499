package na64.physics.relic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import na64.core.GaussLegendre;

/**
 * Thermal average of an annihilation cross section, relativistic Maxwell-Boltzmann statistics
 * (Gondolo & Gelmini, Nucl. Phys. B 360 (1991) 145, eq. 3.8):
 * <pre>
 *   &lt;sigma v&gt;(x) = x / (8 m^5 K2(x)^2) int_{4m^2}^inf ds sigma(s) (s - 4 m^2) sqrt(s) K1(x sqrt(s)/m),   x = m/T.
 * </pre>
 * With sqrt(s) = 2m + m u / x this becomes
 * 4 / K2s(x)^2 int_0^inf du sigma eps (1 + u/2x)^2 K1s(2x + u) e^(-u), eps = s/4m^2 - 1,
 * with the scaled Bessel functions e^z K_n(z): finite at any x. The u integral uses 8-point
 * Gauss-Legendre panels of width at most 1, with extra panel edges at narrow features of
 * sigma(sqrt s) (resonances) supplied by the caller.
 */
public final class ThermalAverage {
    private static final GaussLegendre EIGHT_POINTS = GaussLegendre.of(8);
    private static final double U_MAX = 50;

    /** A narrow structure of sigma at sqrt(s) = centre [GeV] with half width halfWidth [GeV]. */
    public record Feature(double centre, double halfWidth) {
    }

    private final double mass;
    private final DoubleUnaryOperator sigma;
    private final List<Feature> features;

    /**
     * @param mass     dark-matter mass m [GeV]
     * @param sigma    annihilation cross section [GeV^-2] as a function of s [GeV^2]
     * @param features narrow structures of sigma (may be empty)
     */
    public ThermalAverage(double mass, DoubleUnaryOperator sigma, List<Feature> features) {
        this.mass = mass;
        this.sigma = sigma;
        this.features = List.copyOf(features);
    }

    /** &lt;sigma v&gt; [GeV^-2] at x = m/T. */
    public double at(double x) {
        double sum = 0;
        double[] edges = panelEdges(x);
        for (int p = 0; p + 1 < edges.length; p++) {
            sum += EIGHT_POINTS.integrate(u -> integrand(x, u), edges[p], edges[p + 1]);
        }
        double k2 = BesselK.k2Scaled(x);
        return 4 * sum / (k2 * k2);
    }

    private double integrand(double x, double u) {
        double r = 1 + u / (2 * x);
        double eps = r * r - 1;
        if (eps <= 0) {
            return 0;
        }
        double s = 4 * mass * mass * r * r;
        return sigma.applyAsDouble(s) * eps * r * r * BesselK.k1Scaled(2 * x + u) * Math.exp(-u);
    }

    private double[] panelEdges(double x) {
        List<Double> cuts = new ArrayList<>();
        cuts.add(0.0);
        cuts.add(U_MAX);
        for (Feature f : features) {
            for (double k : new double[] {-8, -2, -0.5, 0.5, 2, 8}) {
                double u = x * (f.centre() + k * f.halfWidth() - 2 * mass) / mass;
                if (u > 0 && u < U_MAX) {
                    cuts.add(u);
                }
            }
        }
        double[] sorted = cuts.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
        List<Double> edges = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.length; i++) {
            double a = sorted[i];
            double b = sorted[i + 1];
            int pieces = (int) Math.ceil((b - a) / 1.0);
            for (int j = 0; j < pieces; j++) {
                edges.add(a + (b - a) * j / pieces);
            }
        }
        edges.add(sorted[sorted.length - 1]);
        return edges.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
