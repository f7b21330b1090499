package na64.sim.signal;

import java.util.random.RandomGenerator;
import na64.sim.cascade.Directions;

/**
 * An isotropic two-body decay M -> m1 m2 in flight: in the rest frame p* = sqrt(lambda(M^2, m1^2,
 * m2^2))/(2M) in a uniform direction, boosted along the parent's direction with gamma = E/M,
 * beta gamma = p/M (PDG Review, "Kinematics", sec. 49.4.2). Writes the daughters' energies and
 * unit directions into a buffer; no allocation. One instance per thread.
 */
public final class TwoBodyDecay {
    /** Daughter 1: energy [0], direction [1..3]; daughter 2: energy [4], direction [5..7]. */
    public final double[] out = new double[8];
    private final double[] dir = new double[3];

    /** Decays a parent of total energy E and mass M moving along u. */
    public void decay(double energy, double mass, double m1, double m2, double ux, double uy, double uz, RandomGenerator rng) {
        double m2s = mass * mass;
        double lambda = (m2s - (m1 + m2) * (m1 + m2)) * (m2s - (m1 - m2) * (m1 - m2));
        double pStar = Math.sqrt(Math.max(0, lambda)) / (2 * mass);
        double e1Star = Math.sqrt(pStar * pStar + m1 * m1);
        double e2Star = Math.sqrt(pStar * pStar + m2 * m2);
        double gamma = energy / mass;
        double betaGamma = Math.sqrt(Math.max(0, gamma * gamma - 1));
        double cos = 2 * rng.nextDouble() - 1;
        double sin = Math.sqrt(Math.max(0, 1 - cos * cos));
        double phi = 2 * Math.PI * rng.nextDouble();
        fill(0, e1Star, pStar * cos, pStar * sin, gamma, betaGamma, ux, uy, uz, phi);
        fill(4, e2Star, -pStar * cos, pStar * sin, gamma, betaGamma, ux, uy, uz, phi + Math.PI);
    }

    private void fill(int at, double eStar, double pPar, double pPerp, double gamma, double betaGamma,
                      double ux, double uy, double uz, double phi) {
        double e = gamma * eStar + betaGamma * pPar;
        double par = gamma * pPar + betaGamma * eStar;
        double p = Math.sqrt(par * par + pPerp * pPerp);
        double cosLab = p > 0 ? par / p : 1;
        Directions.rotate(ux, uy, uz, cosLab, phi, dir);
        out[at] = e;
        out[at + 1] = dir[0];
        out[at + 2] = dir[1];
        out[at + 3] = dir[2];
    }
}
