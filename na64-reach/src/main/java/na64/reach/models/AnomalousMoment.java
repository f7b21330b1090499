package na64.reach.models;

import na64.core.Check;
import na64.core.GaussLegendre;
import na64.physics.Mediator;

/**
 * One-loop contribution of a neutral boson X (mass M, coupling g to the lepton l of mass m) to
 * the lepton's anomalous magnetic moment a_l = (g - 2)/2 (Leveille, Nucl. Phys. B 137 (1978) 63;
 * the same integrals in Jegerlehner &amp; Nyffeler, Phys. Rept. 477 (2009) 1, sec. 7, and Lindner,
 * Platscher, Queiroz, Phys. Rept. 731 (2018) 1, eqs. 22-25 with an internal lepton of the same
 * flavour). With lambda = m/M and D(x) = 1 - x + lambda^2 x^2:
 *
 * <pre>
 *   scalar        g lbar l X:                    Delta a = (g^2/8 pi^2) lambda^2 int_0^1 dx x^2 (2 - x) / D
 *   pseudoscalar  i g lbar gamma5 l X:           Delta a = (g^2/8 pi^2) lambda^2 int_0^1 dx (-x^3) / D
 *   vector        g lbar gamma^mu l X_mu:        Delta a = (g^2/8 pi^2) lambda^2 int_0^1 dx 2 x^2 (1 - x) / D
 *   axial vector  g lbar gamma^mu gamma5 l X_mu: Delta a = (g^2/8 pi^2) lambda^2 int_0^1 dx [2 x (1 - x)(x - 4) - 4 lambda^2 x^3] / D
 * </pre>
 *
 * Limits (tests): light vector g^2/8 pi^2 = alpha eps^2/2 pi (Schwinger's term for a photon-like
 * boson), light scalar 3 g^2/16 pi^2, light pseudoscalar -g^2/16 pi^2; heavy bosons
 * (g^2/8 pi^2)(m/M)^2 x [ln(M^2/m^2) - 7/6, -(ln(M^2/m^2) - 11/6), 2/3, -10/3].
 */
public final class AnomalousMoment {
    private static final GaussLegendre RULE = GaussLegendre.of(16);
    private static final int PANELS = 12;

    private AnomalousMoment() {
    }

    /**
     * Delta a_l.
     *
     * @param structure  Lorentz structure of the coupling
     * @param g          the coupling to the lepton
     * @param bosonMass  M [GeV]
     * @param leptonMass m [GeV]
     */
    public static double deltaA(Mediator structure, double g, double bosonMass, double leptonMass) {
        Check.positive("boson mass", bosonMass);
        double lambda2 = (leptonMass / bosonMass) * (leptonMass / bosonMass);
        // x = 1 - s, s + lambda^2 (1 - s)^2 = D; integrate in t = ln(s + lambda^2), where the peak of
        // 1/D at x -> 1 for a heavy boson (lambda -> 0) is flat
        double tLo = Math.log(lambda2);
        double tHi = Math.log(1 + lambda2);
        double integral = 0;
        double h = (tHi - tLo) / PANELS;
        for (int p = 0; p < PANELS; p++) {
            double a = tLo + p * h;
            double b = a + h;
            for (int i = 0; i < RULE.points(); i++) {
                double t = RULE.node(i, a, b);
                double s = Math.exp(t) - lambda2;
                double x = 1 - s;
                double d = s + lambda2 * x * x;
                integral += RULE.weight(i, a, b) * Math.exp(t) * numerator(structure, x, lambda2) / d;
            }
        }
        return g * g / (8 * Math.PI * Math.PI) * lambda2 * integral;
    }

    private static double numerator(Mediator structure, double x, double lambda2) {
        return switch (structure) {
            case SCALAR -> x * x * (2 - x);
            case PSEUDOSCALAR -> -x * x * x;
            case VECTOR -> 2 * x * x * (1 - x);
            case AXIAL -> 2 * x * (1 - x) * (x - 4) - 4 * lambda2 * x * x * x;
        };
    }

    /**
     * The couplings that make Delta a equal to {@code central +- sigma} (a band, [low, high]); the
     * sign of Delta a is fixed by the structure, so a measured value of the other sign has no band
     * (null). A lower end below zero makes the band start at g = 0 (low = 0).
     */
    public static double[] band(Mediator structure, double bosonMass, double leptonMass, double central, double sigma) {
        double unit = deltaA(structure, 1, bosonMass, leptonMass);
        double lo = (central - sigma) / unit;
        double hi = (central + sigma) / unit;
        if (unit < 0) {
            double t = lo;
            lo = hi;
            hi = t;
        }
        if (!(hi > 0)) {
            return null;
        }
        return new double[] {Math.sqrt(Math.max(0, lo)), Math.sqrt(hi)};
    }
}
