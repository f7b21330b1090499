package na64.physics.model;

import na64.physics.PhysicalConstants;

/** The two conversions of a coupling g to a lepton that the models share. */
final class Couplings {
    /** e = sqrt(4 pi alpha) (natural Heaviside-Lorentz units). */
    static final double ELECTRON_CHARGE = Math.sqrt(4 * Math.PI * PhysicalConstants.ALPHA);

    private Couplings() {
    }

    /** alpha_g = g^2 / (4 pi), the coupling the widths of {@link FermionPairWidth} take. */
    static double alpha(double g) {
        return g * g / (4 * Math.PI);
    }

    /** eps = g / e: the kinetic mixing that couples a lepton as strongly as g does. */
    static double epsilon(double g) {
        return g / ELECTRON_CHARGE;
    }
}
