package na64.physics.brem;

import na64.core.GaussLegendre;
import na64.physics.PhysicalConstants;
import na64.physics.material.Element;

/**
 * The effective photon flux of an atom, chi = integral_{tmin}^{tmax} dt (t - tmin)/t^2 G2(t), with the
 * form factors of Tsai (Rev. Mod. Phys. 46 (1974) 815) as written by Bjorken, Essig, Schuster, Toro,
 * Phys. Rev. D 80 (2009) 075018, appendix A:
 * <ul>
 *   <li>elastic: G2_el = Z^2 [a^2 t/(1 + a^2 t)]^2 [1/(1 + t/d)]^2, a = 111 Z^(-1/3)/m_e, d = 0.164 A^(-2/3) GeV^2;
 *   <li>inelastic: G2_in = Z [a'^2 t/(1 + a'^2 t)]^2 [(1 + t (mu_p^2 - 1)/(4 m_p^2))/(1 + t/0.71 GeV^2)^4]^2,
 *       a' = 773 Z^(-2/3)/m_e, mu_p = 2.79.
 * </ul>
 * t in GeV^2; chi is dimensionless and includes Z^2 (elastic) or Z (inelastic).
 */
public final class TsaiFlux {
    private static final GaussLegendre EIGHT_POINTS = GaussLegendre.of(8);
    private static final double SCREENING_ELASTIC = 111.0;
    private static final double SCREENING_INELASTIC = 773.0;
    private static final double NUCLEAR_SIZE = 0.164;        // GeV^2 A^(2/3)
    private static final double PROTON_DIPOLE = 0.71;        // GeV^2
    private static final double PROTON_MAGNETIC_MOMENT = 2.79;

    private final int z;
    private final double tScreening;          // 1/a^2 [GeV^2]
    private final double tNucleus;            // d [GeV^2]
    private final double tScreeningInelastic; // 1/a'^2 [GeV^2]

    private TsaiFlux(int z, int massNumber) {
        this.z = z;
        double a = SCREENING_ELASTIC * Math.pow(z, -1.0 / 3.0) / PhysicalConstants.ELECTRON_MASS;
        double aInelastic = SCREENING_INELASTIC * Math.pow(z, -2.0 / 3.0) / PhysicalConstants.ELECTRON_MASS;
        this.tScreening = 1.0 / (a * a);
        this.tScreeningInelastic = 1.0 / (aInelastic * aInelastic);
        this.tNucleus = NUCLEAR_SIZE * Math.pow(massNumber, -2.0 / 3.0);
    }

    /** The flux of an element; A is the rounded atomic weight (207 for Pb, as in DMG4). */
    public static TsaiFlux of(Element element) {
        return new TsaiFlux(element.z(), element.massNumber());
    }

    /** G2_el(t), including Z^2. */
    public double elasticFormFactorSquared(double t) {
        double atomic = t / (tScreening + t);
        double nuclear = tNucleus / (tNucleus + t);
        return (double) z * z * atomic * atomic * nuclear * nuclear;
    }

    /** G2_in(t), including Z. */
    public double inelasticFormFactorSquared(double t) {
        double atomic = t / (tScreeningInelastic + t);
        double mp2 = PhysicalConstants.PROTON_MASS * PhysicalConstants.PROTON_MASS;
        double dipole = 1.0 + t / PROTON_DIPOLE;
        double proton = (1.0 + t * (PROTON_MAGNETIC_MOMENT * PROTON_MAGNETIC_MOMENT - 1.0) / (4.0 * mp2))
                / (dipole * dipole * dipole * dipole);
        return z * atomic * atomic * proton * proton;
    }

    /**
     * The elastic chi in closed form (the integral of G2_el with t_a = 1/a^2, t_d = d):
     * chi = Z^2 (-t_d^2/(t_a - t_d)^3) [ (t_a - t_d)(t_a + t_d + 2 tmax)(tmax - tmin)/((t_a + tmax)(t_d + tmax))
     * + (t_a + t_d + 2 tmin) ln((t_a + tmax)(t_d + tmin)/((t_d + tmax)(t_a + tmin))) ]. 0 when tmax <= tmin.
     */
    public double elastic(double tmin, double tmax) {
        if (!(tmax > tmin)) {
            return 0;
        }
        double ta = tScreening;
        double td = tNucleus;
        double diff = ta - td;
        double rational = diff * (ta + td + 2 * tmax) * (tmax - tmin) / ((ta + tmax) * (td + tmax));
        double log = Math.log((ta + tmax) / (ta + tmin)) + Math.log((td + tmin) / (td + tmax));
        double chi = (double) z * z * (-td * td / (diff * diff * diff)) * (rational + (ta + td + 2 * tmin) * log);
        return Math.max(chi, 0);
    }

    /** The inelastic chi, integrated numerically in ln t (8-point Gauss-Legendre on unit-width panels). */
    public double inelastic(double tmin, double tmax) {
        if (!(tmax > tmin) || !(tmin > 0)) {
            return 0;
        }
        double lo = Math.log(tmin);
        double hi = Math.log(tmax);
        int panels = Math.max(4, (int) Math.ceil(hi - lo));
        // dt (t - tmin)/t^2 = d(ln t) (1 - tmin/t)
        return EIGHT_POINTS.integrate(s -> {
            double t = Math.exp(s);
            return (1 - tmin / t) * inelasticFormFactorSquared(t);
        }, lo, hi, panels);
    }

    /** chi for the chosen flux model. */
    public double chi(double tmin, double tmax, FluxModel model) {
        double chi = elastic(tmin, tmax);
        return model == FluxModel.ELASTIC_AND_INELASTIC ? chi + inelastic(tmin, tmax) : chi;
    }
}
