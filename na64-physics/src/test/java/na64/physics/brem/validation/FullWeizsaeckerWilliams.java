package na64.physics.brem.validation;

import java.util.function.DoubleUnaryOperator;
import na64.physics.Mediator;
import na64.physics.PhysicalConstants;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * An independent numerical evaluation of the full Weizsaecker-Williams (WW) total cross section of l Z -> l Z X at
 * eps = 1 [pb], the photon flux chi taken at the t limits of every (x, theta) (no IWW step):
 * <pre>
 *   d2sigma/(dx dtheta) = 2 alpha^3 E0^2 sin(theta) sqrt(x^2 - m^2/E0^2) (1 - x)/u~^2 A2 chi(tmin, tmax),
 *   u~ = -x E0^2 theta^2 - m^2 (1 - x)/x - ml^2 x,  tmin = u~^2/(4 E0^2 (1 - x)^2),  tmax = m^2 + ml^2,
 *   chi = integral_tmin^tmax dt (t - tmin)/t^2 G2(t)
 * </pre>
 * (Gninenko, Kirpichnikov, Kirsanov, Krasnikov, PLB 782 (2018) 406; Kirpichnikov et al., PRD 104 (2021) 076012;
 * Liu, McKeen, Miller, PRD 95 (2017) 036010; docs/physics.md "Dark bremsstrahlung of muons"). The amplitude
 * factor is A2 = (3 c_X/(1 - x)) [c0 - c1 w (1 - U0 w)], w = -1/u~, U0 = m^2 (1 - x)/x + ml^2 x, with c0, c1 of the
 * table in docs/physics.md; for V and S this is literally the A2 of the guide (DMG4 DarkZ, DarkMuPhilicScalars).
 *
 * <p>Everything is integrated numerically here - x in xi = ln(x/(1 - x)), theta in ln(theta), chi in ln t, by
 * composite 8-point Gauss-Legendre on panels at most 1/refinement wide - so it shares no code with na64's
 * MuonDarkBrem (w substitution, closed-form chi) nor with the IWW closed form of ElectronDarkBrem.
 *
 * @param maxAngle   upper limit of theta [rad] (DMG4 and na64 use 0.3)
 * @param refinement panels per unit of each log variable; doubling it estimates the quadrature error
 */
record FullWeizsaeckerWilliams(Mediator mediator, double leptonMass, AtomicFormFactor formFactor,
                               double nucleusMass, double maxAngle, int refinement) {
    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(8, -1, 1);
    /** theta starts this factor below the characteristic angle sqrt(U0/(x E0^2)): the integrand grows as theta^2. */
    private static final double ANGLE_FLOOR = 1e-4;

    FullWeizsaeckerWilliams refined() {
        return new FullWeizsaeckerWilliams(mediator, leptonMass, formFactor, nucleusMass, maxAngle, 2 * refinement);
    }

    FullWeizsaeckerWilliams withFormFactor(AtomicFormFactor other) {
        return new FullWeizsaeckerWilliams(mediator, leptonMass, other, nucleusMass, maxAngle, refinement);
    }

    FullWeizsaeckerWilliams withMaxAngle(double angle) {
        return new FullWeizsaeckerWilliams(mediator, leptonMass, formFactor, nucleusMass, angle, refinement);
    }

    /** Total cross section at eps = 1 [pb]; 0 where no x is kinematically open. */
    double totalPb(double m, double e0) {
        double xMin = m / e0;
        double xMax = 1 - Math.pow(m, 4) / (8 * e0 * e0 * e0 * nucleusMass) - leptonMass / e0;
        if (!(xMax > xMin)) {
            return 0;
        }
        double integral = integrate(xi -> {
            double x = 1 / (1 + Math.exp(-xi));
            return x * (1 - x) * dSigmaDx(m, e0, x);
        }, Math.log(xMin / (1 - xMin)), Math.log(xMax / (1 - xMax)));
        return PhysicalConstants.GEV2_PB * 2 * Math.pow(PhysicalConstants.ALPHA, 3) * e0 * e0 * integral;
    }

    /** integral over theta of d2sigma/(dx dtheta) without the constant 2 alpha^3 E0^2 (GeV^-4). */
    private double dSigmaDx(double m, double e0, double x) {
        double u0 = m * m * (1 - x) / x + leptonMass * leptonMass * x;
        double characteristic = Math.sqrt(u0 / (x * e0 * e0));
        double low = Math.log(ANGLE_FLOOR * characteristic);
        double high = Math.log(maxAngle);
        if (!(high > low)) {
            return 0;
        }
        return integrate(s -> {
            double theta = Math.exp(s);
            return theta * angularIntegrand(m, e0, x, theta, u0);
        }, low, high);
    }

    private double angularIntegrand(double m, double e0, double x, double theta, double u0) {
        double uTilde = -(x * e0 * e0 * theta * theta + u0);
        double tmin = uTilde * uTilde / (4 * e0 * e0 * (1 - x) * (1 - x));
        double tmax = m * m + leptonMass * leptonMass;
        double chi = chi(tmin, tmax);
        if (chi == 0) {
            return 0;
        }
        double w = -1 / uTilde;
        double a2 = 3 * iwwCoefficient() / (1 - x) * (c0(x, m) - c1(x, m) * w * (1 - u0 * w));
        return Math.sin(theta) * Math.sqrt(Math.max(0, x * x - m * m / (e0 * e0))) * (1 - x) / (uTilde * uTilde) * a2 * chi;
    }

    /** chi by quadrature in ln t: dt (t - tmin)/t^2 = d(ln t) (1 - tmin/t). */
    private double chi(double tmin, double tmax) {
        if (!(tmax > tmin)) {
            return 0;
        }
        return integrate(s -> {
            double t = Math.exp(s);
            return (1 - tmin / t) * formFactor.squared(t);
        }, Math.log(tmin), Math.log(tmax));
    }

    private double integrate(DoubleUnaryOperator f, double low, double high) {
        int panels = Math.max(2, (int) Math.ceil((high - low) * refinement));
        double width = (high - low) / panels;
        double sum = 0;
        for (int i = 0; i < panels; i++) {
            double mid = low + (i + 0.5) * width;
            for (int k = 0; k < RULE.getNumberOfPoints(); k++) {
                sum += RULE.getWeight(k) * f.applyAsDouble(mid + 0.5 * width * RULE.getPoint(k));
            }
        }
        return 0.5 * width * sum;
    }

    /** c_X: 4/3 (V, A), 2/3 (S, P). */
    private double iwwCoefficient() {
        return mediator == Mediator.VECTOR || mediator == Mediator.AXIAL ? 4.0 / 3 : 2.0 / 3;
    }

    private double c0(double x, double m) {
        double l2 = leptonMass * leptonMass;
        return switch (mediator) {
            case VECTOR -> 1 - x + x * x / 2;
            case SCALAR, PSEUDOSCALAR -> x * x / 2;
            case AXIAL -> 1 - x + x * x / 2 + l2 * x * x / (m * m);
        };
    }

    private double c1(double x, double m) {
        double m2 = m * m;
        double l2 = leptonMass * leptonMass;
        return x * (1 - x) * switch (mediator) {
            case VECTOR -> m2 + 2 * l2;
            case SCALAR, AXIAL -> m2 - 4 * l2;
            case PSEUDOSCALAR -> m2;
        };
    }
}
