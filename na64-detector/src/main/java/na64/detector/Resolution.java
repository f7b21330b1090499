package na64.detector;

import na64.core.Check;
import na64.core.Config;

/**
 * The energy resolution of a calorimeter on the electromagnetic scale,
 * sigma_E / E = stochastic / sqrt(E[GeV]) (+) constant (+) noise / E[GeV], terms added in
 * quadrature (PDG Review, "Calorimetry", eq. 35.5). Noise is per channel, in GeV.
 */
public record Resolution(Double stochastic, Double constant, Double noise) {
    public Resolution {
        stochastic = Check.nonNegative("stochastic", Config.orDefault(stochastic, 0.0));
        constant = Check.nonNegative("constant", Config.orDefault(constant, 0.0));
        noise = Check.nonNegative("noise", Config.orDefault(noise, 0.0));
    }

    /** Relative resolution sigma_E / E at energy E [GeV]. */
    public double relative(double energy) {
        double a = stochastic / Math.sqrt(energy);
        double c = noise / energy;
        return Math.sqrt(a * a + constant * constant + c * c);
    }
}
