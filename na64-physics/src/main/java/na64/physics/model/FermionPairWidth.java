package na64.physics.model;

import na64.physics.Mediator;

/**
 * Width of a boson X of mass m into a fermion pair f fbar through a coupling g with the Lorentz
 * structure of the mediator, alpha_g = g^2/(4 pi), beta = sqrt(1 - 4 m_f^2/m^2):
 * <pre>
 *   V (g fbar gamma^mu f):         alpha_g m (1 + 2 m_f^2/m^2) beta / 3
 *   A (g fbar gamma^mu gamma5 f):  alpha_g m beta^3 / 3
 *   S (g fbar f):                  alpha_g m beta^3 / 2
 *   P (i g fbar gamma5 f):         alpha_g m beta / 2
 * </pre>
 * times N_c for quarks. For a dark photon alpha_g = alpha eps^2 (docs/physics.md, section 5;
 * e.g. Batell, Pospelov, Ritz PRD 80 (2009) 095024; Gninenko et al. PLB 782 (2018) 406 for S/P/A).
 */
public final class FermionPairWidth {
    private FermionPairWidth() {
    }

    /** Width [GeV] of X(mass) -> f fbar; 0 below threshold. */
    public static double width(Mediator structure, double alphaCoupling, double mass, double fermionMass) {
        double r = fermionMass * fermionMass / (mass * mass);
        if (4 * r >= 1) {
            return 0;
        }
        double beta = Math.sqrt(1 - 4 * r);
        return switch (structure) {
            case VECTOR -> alphaCoupling * mass * (1 + 2 * r) * beta / 3;
            case AXIAL -> alphaCoupling * mass * beta * beta * beta / 3;
            case SCALAR -> alphaCoupling * mass * beta * beta * beta / 2;
            case PSEUDOSCALAR -> alphaCoupling * mass * beta / 2;
        };
    }

    /**
     * Width [GeV] of a vector boson into one flavour of left-handed neutrinos, g^2 m/(24 pi) =
     * alpha_g m / 6 (half a Dirac fermion pair: only one helicity couples).
     */
    public static double neutrinoWidth(double alphaCoupling, double mass) {
        return alphaCoupling * mass / 6;
    }

    /**
     * Width [GeV] into hadrons of a vector boson coupled to the quarks' electric charges with
     * alpha_g: (alpha_g m / 3) R(m), the massless mu-pair width times {@link HadronicRatio}.
     */
    public static double hadronWidth(double alphaCoupling, double mass) {
        return alphaCoupling * mass / 3 * HadronicRatio.pdg().at(mass);
    }
}
