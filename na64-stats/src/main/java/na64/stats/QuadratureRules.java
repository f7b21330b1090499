package na64.stats;

import na64.core.GaussLegendre;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * Gauss-Hermite rules for a standard normal weight and a Gauss-Legendre rule, built once per
 * {@link CLs}. The Hermite rules come from the Golub-Welsch method (Math. Comp. 23 (1969) 221):
 * the nodes are the eigenvalues of the symmetric tridiagonal Jacobi matrix of the probabilists'
 * Hermite polynomials (zero diagonal, off-diagonal sqrt(k)), the weights the squared first
 * components of the normalised eigenvectors. The Legendre rule is the shared {@link GaussLegendre}.
 *
 * <p>Hermite rules come with n, 2n and 4n nodes: a wide log-normal prior (r &gt; 0.5) moves the
 * Poisson tail across the nodes within a few sigma and needs the finer rules to keep the limit
 * within 2e-5 of the converged value (checked in CLsSingleChannelTest).
 */
final class QuadratureRules {
    private final double[][] normalNodes = new double[3][];
    private final double[][] normalWeights = new double[3][];
    /** The Gauss-Legendre rule of 2n points for truncated Gaussians. */
    final GaussLegendre legendre;

    QuadratureRules(int n) {
        for (int level = 0; level < 3; level++) {
            double[][] rule = hermiteByGolubWelsch(n << level);
            normalNodes[level] = rule[0];
            normalWeights[level] = rule[1];
        }
        // A truncated Gaussian spans up to 16 sigma on its Legendre interval: twice the nodes.
        legendre = GaussLegendre.of(2 * n);
    }

    /** Standard normal nodes for a log-normal of relative width r (weights sum to 1). */
    double[] normalNodes(double relative) {
        return normalNodes[level(relative)];
    }

    double[] normalWeights(double relative) {
        return normalWeights[level(relative)];
    }

    private static int level(double relative) {
        return relative <= 0.5 ? 0 : relative <= 1.5 ? 1 : 2;
    }

    /** Nodes and weights (summing to 1) of the probabilists' Gauss-Hermite rule. */
    private static double[][] hermiteByGolubWelsch(int points) {
        if (points == 1) {
            return new double[][] {{0}, {1}};
        }
        double[] diagonal = new double[points];
        double[] off = new double[points - 1];
        for (int k = 1; k < points; k++) {
            off[k - 1] = Math.sqrt(k);
        }
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(diagonal, off);
        double[] nodes = new double[points];
        double[] weights = new double[points];
        for (int i = 0; i < points; i++) {
            nodes[i] = eigen.getEigenvalue(i);
            double first = eigen.getEigenvector(i).getEntry(0);
            weights[i] = first * first;
        }
        return new double[][] {nodes, weights};
    }
}
