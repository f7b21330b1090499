package na64.physics.sm;

import static na64.physics.PhysicalConstants.ALPHA;
import static na64.physics.PhysicalConstants.ELECTRON_MASS;
import static na64.physics.PhysicalConstants.ELECTRON_RADIUS;
import static na64.physics.PhysicalConstants.MUON_MASS;
import static na64.physics.PhysicalConstants.PB_CM2;

import java.util.random.RandomGenerator;
import na64.core.Check;
import na64.core.GaussLegendre;
import na64.physics.material.Element;
import na64.physics.material.Material;

/**
 * Muon pair production by a photon on an atom, gamma Z -> mu+ mu- Z (Bethe-Heitler with the muon
 * mass, atomic screening and the nuclear form factor), NA64's dimuon reference process. Formulas
 * of H. Burkhardt, S.R. Kelner, R.P. Kokoulin, "Monte Carlo generator for muon pair production",
 * CERN-SL-2002-016 (AP) and CERN-AB-2003-002 (ABP) (also the Geant4 Physics Reference Manual,
 * "Muon pair production by photons"), with x = E_+/E the mu+ fraction of the photon energy E:
 * <pre>
 *   dsigma/dx = 4 alpha Z^2 r_c^2 (1 - 4/3 x (1 - x)) ln W,   r_c = r_e m_e / m_mu
 *   W = W_inf (1 + (D_n sqrt(e) - 2) delta/m_mu) / (1 + B Z^-1/3 sqrt(e) delta/m_e),  delta = m_mu^2 / (2 E x (1 - x))
 *   W_inf = B Z^-1/3 m_mu / (D_n m_e),  B = 183, D_n = 1.54 A^0.27  (B = 202.4, D_n = 1.49 for hydrogen)
 *   x in [1/2 - sqrt(1/4 - m_mu/E), 1/2 + sqrt(1/4 - m_mu/E)]  (E > 4 m_mu)
 * </pre>
 * and the total cross section parameterised in the same papers (the one Geant4's
 * G4GammaConversionToMuons uses; energies here in GeV):
 * <pre>
 *   sigma = 7/9 4 alpha Z^2 r_c^2 ln(1 + W_M C_f E_g)
 *   W_M = 1/(4 D_n sqrt(e) m_mu),  C_f = 1 + 0.04 ln(1 + E_c/E),  E_c = (-18 + 4347/(B Z^-1/3)) MeV
 *   E_g = (1 - 4 m_mu/E)^t (W_sat^s + E^s)^(1/s),  W_sat = W_inf/W_M,  s = -0.88,  t = 1.479 + 0.00799 D_n
 * </pre>
 * Above the parameterisation's threshold 4 m_mu the cross section rises as ln E up to W_sat
 * (several TeV for lead) and then saturates at 7/9 4 alpha Z^2 r_c^2 ln(1 + W_inf). Below 4 m_mu it
 * is 0 (the true threshold 2 m_mu is not modelled; the cross section there is negligible).
 */
public final class DimuonProduction {
    private static final double SQRT_E = Math.sqrt(Math.E);
    private static final double POW_SAT = -0.88;
    private static final GaussLegendre FORTY_EIGHT_POINTS = GaussLegendre.of(48);

    private final Element element;
    private final double zThird;
    private final double b;
    private final double dn;
    private final double wInfinity;
    /** 4 alpha Z^2 r_c^2 [pb]. */
    private final double sigmaFactor;
    private final double wMedium;
    private final double wSaturation;
    private final double powThreshold;
    private final double eCorrection;

    private DimuonProduction(Element element) {
        this.element = element;
        int z = element.z();
        this.zThird = Math.pow(z, -1.0 / 3.0);
        boolean hydrogen = z == 1;
        this.b = hydrogen ? 202.4 : 183.0;
        this.dn = hydrogen ? 1.49 : 1.54 * Math.pow(element.atomicMass(), 0.27);
        this.wInfinity = b * zThird * MUON_MASS / (dn * ELECTRON_MASS);
        double rc = ELECTRON_RADIUS * ELECTRON_MASS / MUON_MASS;
        this.sigmaFactor = 4 * ALPHA * z * z * rc * rc / PB_CM2;
        this.wMedium = 1 / (4 * dn * SQRT_E * MUON_MASS);
        this.wSaturation = wInfinity / wMedium;
        this.powThreshold = 1.479 + 0.00799 * dn;
        this.eCorrection = (-18 + 4347 / (b * zThird)) * 1e-3;
    }

    /** Muon pair production on one atom of {@code element}. */
    public static DimuonProduction of(Element element) {
        return new DimuonProduction(element);
    }

    /** Total cross section per atom [pb] of a photon of energy E [GeV] (the parameterisation); 0 below 4 m_mu. */
    public static double sigmaPb(Element element, double photonEnergy) {
        return of(element).sigma(photonEnergy);
    }

    public Element element() {
        return element;
    }

    /** Lowest photon energy of the model, 4 m_mu [GeV]. */
    public static double threshold() {
        return 4 * MUON_MASS;
    }

    /** Total cross section [pb], BKK parameterisation; 0 at and below 4 m_mu. */
    public double sigma(double photonEnergy) {
        Check.positive("photon energy [GeV]", photonEnergy);
        if (photonEnergy <= threshold()) {
            return 0;
        }
        double correction = 1 + 0.04 * Math.log(1 + eCorrection / photonEnergy);
        double eg = Math.pow(1 - threshold() / photonEnergy, powThreshold)
                * Math.pow(Math.pow(wSaturation, POW_SAT) + Math.pow(photonEnergy, POW_SAT), 1 / POW_SAT);
        return 7.0 / 9.0 * sigmaFactor * Math.log(1 + wMedium * correction * eg);
    }

    /** The high-energy limit of the integral of dsigma/dx: 7/9 4 alpha Z^2 r_c^2 ln W_inf [pb]. */
    public double sigmaHighEnergyLimit() {
        return 7.0 / 9.0 * sigmaFactor * Math.log(wInfinity);
    }

    /** Half width of the allowed x range, sqrt(1/4 - m_mu/E); NaN-free: 0 at and below threshold. */
    private static double halfWidth(double photonEnergy) {
        double q = 0.25 - MUON_MASS / photonEnergy;
        return q > 0 ? Math.sqrt(q) : 0;
    }

    /** Smallest mu+ fraction x at photon energy E. */
    public static double xMin(double photonEnergy) {
        return 0.5 - halfWidth(photonEnergy);
    }

    /** Largest mu+ fraction x at photon energy E. */
    public static double xMax(double photonEnergy) {
        return 0.5 + halfWidth(photonEnergy);
    }

    /** ln W at photon energy E and fraction x (clamped at 0 where W < 1 by rounding). */
    private double logW(double photonEnergy, double x) {
        double delta = MUON_MASS * MUON_MASS / (2 * photonEnergy * x * (1 - x));
        double w = wInfinity * (1 + (dn * SQRT_E - 2) * delta / MUON_MASS)
                / (1 + b * zThird * SQRT_E * delta / ELECTRON_MASS);
        return w > 1 ? Math.log(w) : 0;
    }

    /** dsigma/dx [pb] at photon energy E [GeV] and mu+ fraction x. */
    public double dSigmaDx(double photonEnergy, double x) {
        if (photonEnergy <= threshold() || !(x > xMin(photonEnergy) && x < xMax(photonEnergy))) {
            return 0;
        }
        return sigmaFactor * (1 - 4.0 / 3.0 * x * (1 - x)) * logW(photonEnergy, x);
    }

    /** The integral of dsigma/dx over the allowed x range [pb] (48-point Gauss-Legendre), to check the parameterisation. */
    public double sigmaIntegrated(double photonEnergy) {
        if (photonEnergy <= threshold()) {
            return 0;
        }
        double half = halfWidth(photonEnergy);
        return FORTY_EIGHT_POINTS.integrate(x -> dSigmaDx(photonEnergy, x), 0.5 - half, 0.5 + half);
    }

    /**
     * Samples the mu+ fraction x from dsigma/dx: uniform x in the allowed range, accepted with
     * dsigma/dx over its bound sigmaFactor ln W(1/2) (ln W is largest at x = 1/2, the polynomial at most 1).
     * The mu- takes 1 - x.
     */
    public double sampleX(double photonEnergy, RandomGenerator rng) {
        Check.inClosedRange("photon energy [GeV]", photonEnergy, threshold() * (1 + 1e-9), Double.MAX_VALUE);
        double lo = xMin(photonEnergy);
        double width = xMax(photonEnergy) - lo;
        double bound = logW(photonEnergy, 0.5);
        while (true) {
            double x = lo + width * rng.nextDouble();
            double accept = (1 - 4.0 / 3.0 * x * (1 - x)) * logW(photonEnergy, x) / bound;
            if (rng.nextDouble() < accept) {
                return x;
            }
        }
    }

    /** Inverse mean free path [1/cm] of a photon of energy E [GeV] for muon-pair conversion in a material. */
    public static double inverseMeanFreePath(Material material, double photonEnergy) {
        return material.macroscopic(e -> sigmaPb(e, photonEnergy));
    }
}
