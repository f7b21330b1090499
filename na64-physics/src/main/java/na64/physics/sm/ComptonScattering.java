package na64.physics.sm;

import static na64.physics.PhysicalConstants.ELECTRON_MASS;
import static na64.physics.PhysicalConstants.ELECTRON_RADIUS;
import static na64.physics.PhysicalConstants.PB_CM2;

import java.util.random.RandomGenerator;

/**
 * Compton scattering of a photon on a free electron at rest (Klein and Nishina, Z. Phys. 52 (1929)
 * 853; binding neglected, which matters only below ~100 keV). With kappa = k/m_e:
 * <pre>
 *   sigma = 2 pi r_e^2 { (1 + kappa)/kappa^2 [ 2 (1 + kappa)/(1 + 2 kappa) - ln(1 + 2 kappa)/kappa ]
 *                        + ln(1 + 2 kappa)/(2 kappa) - (1 + 3 kappa)/(1 + 2 kappa)^2 }       per electron
 *   dsigma/deps ~ (1/eps + eps) [1 - eps sin^2(theta)/(1 + eps^2)],  eps = k'/k in [1/(1 + 2 kappa), 1],
 *   cos(theta) = 1 - (1 - eps)/(kappa eps)
 * </pre>
 * Sampling of eps by the composition-rejection method of Butcher and Messel (Nucl. Phys. 20
 * (1960) 15), as described in the Geant4 Physics Reference Manual ("Compton scattering").
 */
public final class ComptonScattering {
    private ComptonScattering() {
    }

    /** Klein-Nishina cross section per electron [pb] for a photon of energy k [GeV]. */
    public static double sigmaPerElectronPb(double k) {
        double kappa = k / ELECTRON_MASS;
        if (kappa < 0.01) {
            // the closed form cancels badly here: its expansion about the Thomson limit
            // sigma_T (1 - 2 kappa + 26/5 kappa^2 - 133/10 kappa^3 + 1144/35 kappa^4)
            double series = 1 + kappa * (-2 + kappa * (26.0 / 5 + kappa * (-133.0 / 10 + kappa * 1144.0 / 35)));
            return 8 * Math.PI / 3 * ELECTRON_RADIUS * ELECTRON_RADIUS * series / PB_CM2;
        }
        double a = 1 + 2 * kappa;
        double log = Math.log(a);
        double s = (1 + kappa) / (kappa * kappa) * (2 * (1 + kappa) / a - log / kappa)
                + log / (2 * kappa) - (1 + 3 * kappa) / (a * a);
        return 2 * Math.PI * ELECTRON_RADIUS * ELECTRON_RADIUS * s / PB_CM2;
    }

    /** Samples eps = k'/k for a photon of energy k [GeV]; the electron gets (1 - eps) k of kinetic energy. */
    public static double sampleEpsilon(double k, RandomGenerator rng) {
        double kappa = k / ELECTRON_MASS;
        double eps0 = 1 / (1 + 2 * kappa);
        double eps0sq = eps0 * eps0;
        double alpha1 = -Math.log(eps0);
        double alpha2 = 0.5 * (1 - eps0sq);
        while (true) {
            double eps;
            double epsSq;
            if (alpha1 > (alpha1 + alpha2) * rng.nextDouble()) {
                eps = Math.exp(-alpha1 * rng.nextDouble());
                epsSq = eps * eps;
            } else {
                epsSq = eps0sq + (1 - eps0sq) * rng.nextDouble();
                eps = Math.sqrt(epsSq);
            }
            double oneMinusCos = (1 - eps) / (eps * kappa);
            double sin2 = oneMinusCos * (2 - oneMinusCos);
            double g = 1 - eps * sin2 / (1 + epsSq);
            if (g >= rng.nextDouble()) {
                return eps;
            }
        }
    }

    /** cos(theta) of the scattered photon for eps = k'/k. */
    public static double photonCosTheta(double k, double eps) {
        return 1 - (1 - eps) / (eps * k / ELECTRON_MASS);
    }
}
