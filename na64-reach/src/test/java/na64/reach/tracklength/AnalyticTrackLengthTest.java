package na64.reach.tracklength;

import na64.physics.tracklength.TsaiPrimaryElectron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class AnalyticTrackLengthTest {
    private static final double E0 = 100;
    private static final double X0 = 0.56; // Pb, cm
    private static final double EC = 7.43e-3; // Pb, GeV

    /** integral of f(E) dE from a to b by Simpson's rule in ln E. */
    static double integrateLog(DoubleUnaryOperator f, double a, double b, int n) {
        double la = Math.log(a);
        double h = (Math.log(b) - la) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double e = Math.exp(la + i * h);
            double w = i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += w * f.applyAsDouble(e) * e;
        }
        return sum * h / 3;
    }

    @Test
    void exponentialIntegralMatchesAbramowitzStegunTable() {
        // A&S table 5.1: E1(0.1) = 1.8229239584, E1(1) = 0.2193839344, E1(2) = 0.0489005107, E1(5) = 0.0011482956
        assertThat(ExponentialIntegral.e1(0.1)).isCloseTo(1.8229239584, within(1e-9));
        assertThat(ExponentialIntegral.e1(1)).isCloseTo(0.2193839344, within(1e-9));
        assertThat(ExponentialIntegral.e1(2)).isCloseTo(0.0489005107, within(1e-9));
        assertThat(ExponentialIntegral.e1(5)).isCloseTo(0.0011482956, within(1e-10));
        assertThat(ExponentialIntegral.scaledE1(800)).isCloseTo(1 / 801.0, Percentage.withPercentage(0.01));
    }

    /**
     * integral of g(u) dT/dE dE over the whole spectrum, in the variable u = ln(E0/E) (Simpson in
     * ln u, so the integrable 1/(u ln^2 u) peak at E0 is resolved). Below u = 1e-15, E0 e^-u
     * rounds to E0 in double precision; that part (0.02 X0) is added from the asymptotic form
     * when g = 1.
     */
    static double integrateOverU(TsaiPrimaryElectron tsai, DoubleUnaryOperator g, boolean addTail) {
        double uMin = 1e-15;
        double integral = integrateLog(u -> E0 * Math.exp(-u) * g.applyAsDouble(u) * tsai.electron(E0 * Math.exp(-u)), uMin, 20, 4000);
        if (addTail) {
            double l = -Math.log(uMin);
            integral += X0 / TsaiPrimaryElectron.B * (1 / l + 0.5772156649015329 / (l * l));
        }
        return integral;
    }

    @Test
    void tsaiSpectrumIntegratesToTheTargetThickness() {
        // I(E0,E,t) is a probability density in E for every t (ln(E0/E) ~ Gamma(b t)), so the track
        // length above E0 e^-20 (the tabulated range) is X0 integral_0^T P(b t, 20) dt, with P the
        // regularised incomplete gamma function; for thin targets this is the whole thickness.
        for (double thickness : new double[] {0.5, 4, 40}) {
            TsaiPrimaryElectron tsai = new TsaiPrimaryElectron(E0, thickness, X0, false);
            double total = integrateOverU(tsai, u -> 1, true);
            int n = 20000;
            double expected = 0;
            for (int i = 0; i < n; i++) {
                double t = (i + 0.5) * thickness / n;
                expected += org.hipparchus.special.Gamma.regularizedGammaP(TsaiPrimaryElectron.B * t, 20.0) * thickness / n;
            }
            expected *= X0;
            if (thickness <= 4) {
                assertThat(expected).isCloseTo(thickness * X0, Percentage.withPercentage(0.01));
            }
            assertThat(total).as("thickness %s X0", thickness).isCloseTo(expected, Percentage.withPercentage(1));
        }
    }

    @Test
    void tsaiMeanLogEnergyLossGrowsAsGammaShape() {
        // ln(E0/E) ~ Gamma(shape b t): its mean is b t, so integral of ln(E0/E) dT/dE dE = X0 b T^2 / 2
        double thickness = 2;
        TsaiPrimaryElectron tsai = new TsaiPrimaryElectron(E0, thickness, X0, false);
        double moment = integrateOverU(tsai, u -> u, false);
        assertThat(moment).isCloseTo(X0 * TsaiPrimaryElectron.B * thickness * thickness / 2, Percentage.withPercentage(1));
    }

    @Test
    void tsaiBeamChargeSelectsTheSpecies() {
        TsaiPrimaryElectron positron = new TsaiPrimaryElectron(E0, 40, X0, true);
        assertThat(positron.electron(50)).isZero();
        assertThat(positron.positron(50)).isPositive();
        assertThat(positron.photon(50)).isZero();
        assertThat(positron.positron(E0)).isZero();
        assertThat(positron.positron(-1)).isZero();
    }

    @Test
    void rossiBTendsToAWellAboveTheCriticalEnergyAndGivesTheTotalTrackLength() {
        RossiApproximationB b = new RossiApproximationB(E0, 40, X0, EC, false);
        RossiApproximationA a = new RossiApproximationA(E0, 40, X0, false);
        // asymptotically (1 + x) e^x E1(x) - 1 = x^-2 (1 - 4/x + O(x^-2)): B = A (1 - 4/x), x = 2.29 E/E_c
        double x = 2.29 * 200;
        assertThat(b.charged(200 * EC) / a.charged(200 * EC)).isCloseTo(1 - 4 / x, within(1e-4));
        // closed-form integral: L(>0) = X0 E0 / E_c (approximation B's total charged track length)
        assertThat(b.integralAbove(1e-12)).isCloseTo(X0 * E0 / EC, Percentage.withPercentage(1e-3));
        // the differential spectrum integrates to the closed-form integral
        double lo = 0.1 * EC;
        double numeric = integrateLog(b::charged, lo, E0 * (1 - 1e-12), 2000);
        assertThat(numeric).isCloseTo(b.integralAbove(lo) - b.integralAbove(E0), Percentage.withPercentage(0.1));
    }

    @Test
    void chargeSplitConservesTheChargedTrackLengthAndFollowsTheBeam() {
        RossiApproximationA electrons = new RossiApproximationA(E0, 40, X0, false);
        RossiApproximationA positrons = new RossiApproximationA(E0, 40, X0, true);
        for (double e : new double[] {0.01, 1, 30, 70, 99}) {
            assertThat(electrons.electron(e) + electrons.positron(e)).isCloseTo(electrons.charged(e), within(1e-9 * electrons.charged(e)));
            assertThat(electrons.positron(e)).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(electrons.electron(e));
            assertThat(positrons.positron(e)).isCloseTo(electrons.electron(e), within(1e-12));
        }
        // photons: 0.572/0.437 of the charged track length at every energy
        assertThat(electrons.photon(5) / electrons.charged(5)).isCloseTo(0.572 / 0.437, within(1e-12));
    }
}
