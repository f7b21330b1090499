package na64.sim.spectrometer;

import java.util.random.RandomGenerator;

/**
 * Multiple Coulomb scattering in the Gaussian approximation with the Highland width (PDG Review,
 * "Passage of particles through matter", eqs. 34.16 and 34.19-34.20):
 * <pre>
 *   theta0 = 13.6 MeV / (beta c p) |z| sqrt(x/X0) [1 + 0.038 ln(x z^2 / (X0 beta^2))]
 * </pre>
 * theta0 is the width of the projected angle; after a layer of length L the projected
 * displacement and angle are y = z1 L theta0 / sqrt(12) + z2 L theta0 / 2, theta = z2 theta0 with
 * independent standard normals z1, z2.
 */
public final class MultipleScattering {
    private static final double HIGHLAND_SCALE = 13.6e-3; // GeV

    private MultipleScattering() {
    }

    /**
     * theta0 [rad] for a particle of momentum p [GeV], velocity beta and charge z crossing
     * {@code thickness} radiation lengths. 0 for a zero thickness.
     */
    public static double theta0(double momentum, double beta, int charge, double thickness) {
        if (thickness <= 0 || charge == 0) {
            return 0;
        }
        double z2 = charge * charge;
        double t = thickness * z2 / (beta * beta);
        return HIGHLAND_SCALE / (beta * momentum) * Math.abs(charge) * Math.sqrt(thickness)
                * Math.max(0, 1 + 0.038 * Math.log(t));
    }

    /**
     * The projected offset after a layer of {@code length} for standard normals z1, z2, of which
     * z2 also gives the projected angle z2 theta0 (PDG eqs. 34.19-34.20).
     */
    public static double offset(double length, double theta0, double z1, double z2) {
        return z1 * length * theta0 / Math.sqrt(12) + z2 * length * theta0 / 2;
    }

    /**
     * Applies the scattering of a layer of physical length {@code length} [cm] (0 for a thin
     * plane) to the slopes and position of a track, in both projections.
     */
    public static void scatter(na64.sim.beam.Track t, double thicknessX0, double length, RandomGenerator rng) {
        double theta0 = theta0(t.momentum(), t.beta(), t.charge(), thicknessX0);
        if (theta0 == 0) {
            return;
        }
        // slopes are tangents; at the small angles here the projected angle adds to the slope
        double s = t.pathPerZ();
        for (int axis = 0; axis < 2; axis++) {
            double z2 = rng.nextGaussian();
            double dPos = length > 0 ? offset(length, theta0, rng.nextGaussian(), z2) : 0;
            double dAngle = z2 * theta0 * s;
            if (axis == 0) {
                t.x += dPos;
                t.tx += dAngle;
            } else {
                t.y += dPos;
                t.ty += dAngle;
            }
        }
    }
}
