package na64.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CLs limits of one counting channel against analytic results, the PDG table and an independent integration. */
class CLsSingleChannelTest {
    private static final double LN10 = Math.log(10);
    private final CLs cls90 = new CLs();
    private final CLs cls95 = new CLs(CLs.Settings.defaults().withConfidenceLevel(0.95));

    @Test
    void zeroObservedZeroBackgroundGivesLn10() {
        // n = 0, b = 0: CLs = exp(-s) = 0.1, so N_up = ln 10 = 2.302585 (2.30 in every NA64 paper).
        Limit limit = cls90.upperLimit(Channel.counting(0, 0));
        assertThat(limit.events()).isCloseTo(LN10, within(1e-6));
        assertThat(limit.method()).isEqualTo(Limit.Method.EXACT);
        // At 95 % CL the same argument gives ln 20 = 2.9957.
        assertThat(cls95.upperLimit(Channel.counting(0, 0)).events()).isCloseTo(Math.log(20), within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.3, 1, 2.5, 10, 50})
    void zeroObservedGivesLn10ForAnyBackground(double b) {
        // CLs = e^-(s+b) / e^-b = e^-s whatever b: the known property of CLs for counting.
        assertThat(cls90.upperLimit(Channel.counting(0, b)).events()).isCloseTo(LN10, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(doubles = {800, 1000, 1e4, 1e6})
    void zeroObservedGivesLn10WhereEToTheMinusBUnderflows(double b) {
        // e^-b is below the smallest double here: CLs+b and CLb both underflow, their ratio does not.
        assertThat(cls90.upperLimit(Channel.counting(0, b)).events()).isCloseTo(LN10, within(1e-6));
        Channel uncertain = Channel.counting(0, b).withBackgroundUncertainty(Uncertainty.logNormal(0.3));
        assertThat(cls90.upperLimit(uncertain).events()).isCloseTo(LN10, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource({"3, 1000", "20, 900", "1000, 1000"})
    void fewEventsOverALargeBackgroundSatisfyTheClosedForm(int n, double b) {
        // CLs(s) = e^-s sum_(j<=n) (s+b)^j/j! / sum_(j<=n) b^j/j!, summed here as ratios of terms
        // to the largest one so nothing underflows; at the limit it must equal 0.1.
        double s = cls90.upperLimit(Channel.counting(n, b)).events();
        assertThat(closedFormCls(n, b, s)).isCloseTo(0.1, within(1e-6));
    }

    @Test
    void countsBeyondEnumerationFollowTheGaussianLimit() {
        // n = b = 10^7 is more outcomes than the exact sum may visit. For large b the counts are
        // Gaussian: CLs = Phi(-s/sqrt(b)) / Phi(0) = 0.1 at s = 1.6449 sqrt(b) = 5201.6.
        double b = 1e7;
        Limit limit = cls90.upperLimit(Channel.counting((int) b, b));
        assertThat(limit.events()).isCloseTo(1.6448536 * Math.sqrt(b), within(5.0));
        assertThat(limit.method()).isEqualTo(Limit.Method.EXACT);
    }

    private static double closedFormCls(int n, double b, double s) {
        return Math.exp(-s + logPoissonSum(n, s + b) - logPoissonSum(n, b));
    }

    /** ln sum_(j<=n) x^j / j!, by log-sum-exp over the terms. */
    private static double logPoissonSum(int n, double x) {
        double[] logTerm = new double[n + 1];
        double max = Double.NEGATIVE_INFINITY;
        double lnFactorial = 0;
        for (int j = 0; j <= n; j++) {
            lnFactorial += j == 0 ? 0 : Math.log(j);
            logTerm[j] = j * Math.log(x) - lnFactorial;
            max = Math.max(max, logTerm[j]);
        }
        double sum = 0;
        for (double t : logTerm) {
            sum += Math.exp(t - max);
        }
        return max + Math.log(sum);
    }

    @Test
    void zeroObservedIgnoresAnyBackgroundUncertainty() {
        // E_k[e^-(s + k b)] / E_k[e^-(k b)] = e^-s for any prior of the background factor k.
        Channel c = Channel.counting(0, 2).withBackgroundUncertainty(Uncertainty.logNormal(0.8));
        assertThat(cls90.upperLimit(c).events()).isCloseTo(LN10, within(1e-6));
        Channel g = Channel.counting(0, 2).withBackgroundUncertainty(Uncertainty.truncatedGaussian(0.8));
        assertThat(cls90.upperLimit(g).events()).isCloseTo(LN10, within(1e-6));
    }

    /**
     * PDG, Review of Particle Physics (R.L. Workman et al., PTEP 2022, 083C01), chapter 40
     * "Statistics", the table of upper limits s_up for the mean s of a Poisson variable given n
     * observed events with expected background b (Bayesian, flat prior for s), which for counting
     * without uncertainties coincides with CLs. Values as printed, two decimals.
     */
    @ParameterizedTest
    @CsvSource({
        "0.90, 1, 0.0, 3.89", "0.90, 2, 0.0, 5.32", "0.90, 3, 0.0, 6.68", "0.90, 4, 0.0, 7.99",
        "0.90, 1, 1.0, 3.27", "0.90, 2, 1.0, 4.44", "0.90, 3, 1.0, 5.71",
        "0.90, 1, 2.0, 2.99", "0.90, 2, 2.0, 3.88", "0.90, 3, 3.0, 4.36",
        "0.95, 0, 0.0, 3.00", "0.95, 1, 0.0, 4.74", "0.95, 2, 0.0, 6.30", "0.95, 1, 1.0, 4.11", "0.95, 2, 1.0, 5.41"})
    void matchesThePdgTableOfPoissonUpperLimits(double cl, int n, double b, double pdg) {
        CLs calc = cl == 0.90 ? cls90 : cls95;
        assertThat(calc.upperLimit(Channel.counting(n, b)).events()).isCloseTo(pdg, within(0.0051));
    }

    @ParameterizedTest
    @CsvSource({"0, 0.7", "1, 0.25", "2, 3.3", "5, 2.2", "7, 7.5", "12, 4", "40, 35", "150, 160"})
    void equalsAnIndependentlyIntegratedFlatPriorPosterior(int n, double b) {
        // For one channel without uncertainties CLs equals the flat-prior Bayesian limit
        // (Read 2002, sec. 4; PDG Statistics chapter, eq. 40.68 and the sentence after it). The
        // posterior (s+b)^n e^-(s+b) is integrated here with Simpson's rule and the 90 % point
        // found by bisection - a different route from the code's Poisson sums and Brent solver.
        double expected = bayesianFlatPriorLimit(n, b, 0.90);
        assertThat(cls90.upperLimit(Channel.counting(n, b)).events()).isCloseTo(expected, within(2e-4 * expected));
    }

    @Test
    void largeCountsUseTheLogSpacePoissonAndStillMatch() {
        // lambda > 600 takes the logarithmic recurrence in Poisson.addPmf.
        double expected = bayesianFlatPriorLimit(700, 690, 0.90);
        assertThat(cls90.upperLimit(Channel.counting(700, 690)).events()).isCloseTo(expected, within(2e-4 * expected));
    }

    @Test
    void signalNormalisationOnlyRescalesMu() {
        // One channel: N_up does not depend on s, and mu_up = N_up / s.
        Channel base = Channel.of("run", 1, 0.4, 1).withSignalUncertainty(Uncertainty.logNormal(0.15))
                .withBackgroundUncertainty(Uncertainty.logNormal(0.3));
        Limit one = cls90.upperLimit(base);
        Limit scaled = cls90.upperLimit(base.withSignal(3.7e4));
        assertThat(scaled.events()).isCloseTo(one.events(), within(1e-6 * one.events()));
        assertThat(scaled.mu()).isCloseTo(one.events() / 3.7e4, within(1e-6 * scaled.mu()));
        assertThat(one.muFor(3.7e4)).isCloseTo(scaled.mu(), within(1e-6 * scaled.mu()));
    }

    @Test
    void gaussianSignalUncertaintyMatchesTheNormalMomentGeneratingFunction() {
        // n = b = 0 with a Gaussian efficiency factor k ~ N(1, r): CLs = E[e^-k s] = exp(-s + s^2 r^2 / 2)
        // (the truncation at k = 0 is 10 sigma away for r = 0.1), so s_up solves
        // s - s^2 r^2 / 2 = ln 10: s_up = (1 - sqrt(1 - 2 r^2 ln 10)) / r^2 = 2.3297.
        double r = 0.1;
        double expected = (1 - Math.sqrt(1 - 2 * r * r * LN10)) / (r * r);
        Channel c = Channel.counting(0, 0).withSignalUncertainty(Uncertainty.truncatedGaussian(r));
        assertThat(cls90.upperLimit(c).events()).isCloseTo(expected, within(1e-5));
    }

    @Test
    void logNormalSignalUncertaintyMatchesADirectIntegral() {
        // CLs = E[e^-k s] over the log-normal prior, integrated here with the trapezoidal rule on a
        // fine grid in ln k and solved by bisection (independent of the Gauss-Hermite nodes).
        double r = 0.4;
        double sigma = Math.sqrt(Math.log1p(r * r));
        double m = -0.5 * sigma * sigma;
        double lo = 0;
        double hi = 20;
        for (int it = 0; it < 100; it++) {
            double s = 0.5 * (lo + hi);
            double sum = 0;
            int steps = 20000;
            double h = 20.0 / steps;
            for (int i = 0; i <= steps; i++) {
                double z = -10 + i * h;
                double f = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) * Math.exp(-Math.exp(m + sigma * z) * s);
                sum += (i == 0 || i == steps ? 0.5 : 1) * f * h;
            }
            if (sum > 0.1) {
                lo = s;
            } else {
                hi = s;
            }
        }
        Channel c = Channel.counting(0, 0).withSignalUncertainty(Uncertainty.logNormal(r));
        assertThat(cls90.upperLimit(c).events()).isCloseTo(lo, within(2e-4 * lo));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LOG_NORMAL", "TRUNCATED_GAUSSIAN"})
    void uncertaintiesRaiseTheLimitAndVanishSmoothly(Uncertainty.Shape shape) {
        Channel nominal = Channel.counting(3, 1.2);
        double none = cls90.upperLimit(nominal).events();
        double previousB = none;
        double previousS = none;
        // A Gaussian cut at k = 0 has a mean above 1 (1.16 for r = 0.8), which lowers the limit
        // again at large r; the log-normal keeps the mean at 1 for every r.
        double[] steps = shape == Uncertainty.Shape.LOG_NORMAL ? new double[] {0.05, 0.1, 0.2, 0.4, 0.8, 1.5}
                : new double[] {0.05, 0.1, 0.2, 0.3};
        for (double r : steps) {
            double withB = cls90.upperLimit(nominal.withBackgroundUncertainty(new Uncertainty(r, shape))).events();
            double withS = cls90.upperLimit(nominal.withSignalUncertainty(new Uncertainty(r, shape))).events();
            assertThat(withB).isGreaterThan(previousB);
            assertThat(withS).isGreaterThan(previousS);
            previousB = withB;
            previousS = withS;
        }
        double tiny = cls90.upperLimit(nominal.withBackgroundUncertainty(new Uncertainty(1e-4, shape))
                .withSignalUncertainty(new Uncertainty(1e-4, shape))).events();
        assertThat(tiny).isCloseTo(none, within(1e-5 * none));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LOG_NORMAL", "TRUNCATED_GAUSSIAN"})
    void defaultQuadratureIsConverged(Uncertainty.Shape shape) {
        CLs fine = new CLs(CLs.Settings.defaults().withQuadratureNodes(48));
        for (double r : new double[] {0.1, 0.3, 0.6, 1.0, 2.0}) {
            Channel c = Channel.counting(4, 2.5).withBackgroundUncertainty(new Uncertainty(r, shape))
                    .withSignalUncertainty(new Uncertainty(r, shape));
            double coarse = cls90.upperLimit(c).events();
            assertThat(coarse).as("r = %s", r).isCloseTo(fine.upperLimit(c).events(), within(2e-5 * coarse));
        }
    }

    @Test
    void anAbsoluteBackgroundErrorIsItsRelativeEquivalent() {
        // b = 0.5 +- 0.2 events is a 40 % relative uncertainty.
        Channel absolute = Channel.counting(2, 0.5).withBackgroundError(0.2, Uncertainty.Shape.LOG_NORMAL);
        Channel relative = Channel.counting(2, 0.5).withBackgroundUncertainty(Uncertainty.logNormal(0.4));
        assertThat(absolute.backgroundUncertainty().relative()).isCloseTo(0.4, within(1e-15));
        assertThat(cls90.upperLimit(absolute).events()).isEqualTo(cls90.upperLimit(relative).events());
    }

    @Test
    void clbReportsHowBackgroundLikeTheDataAre() {
        // One channel: CLb = P(n <= n_obs | b), here P(n <= 1 | 3) = 4 e^-3.
        Limit limit = cls90.upperLimit(Channel.counting(1, 3));
        assertThat(limit.clb()).isCloseTo(4 * Math.exp(-3), within(1e-12));
        assertThat(limit.confidenceLevel()).isEqualTo(0.90);
    }

    /** Flat-prior posterior limit by Simpson integration and bisection (test-only, independent). */
    static double bayesianFlatPriorLimit(int n, double b, double cl) {
        double top = n + b + 30 + 20 * Math.sqrt(n + b + 1);
        int steps = 200_000;
        double h = top / steps;
        double peak = n > b ? n * Math.log(n) - n : n * Math.log(b) - b;
        double[] cumulative = new double[steps + 1];
        for (int i = 1; i <= steps; i++) {
            double a = (i - 1) * h;
            double c = i * h;
            double mid = 0.5 * (a + c);
            cumulative[i] = cumulative[i - 1] + h / 6 * (density(a, n, b, peak) + 4 * density(mid, n, b, peak) + density(c, n, b, peak));
        }
        double target = cl * cumulative[steps];
        int i = 0;
        while (cumulative[i + 1] < target) {
            i++;
        }
        // Bisection inside the last Simpson interval with a finer Simpson rule.
        double lo = i * h;
        double hi = (i + 1) * h;
        for (int it = 0; it < 60; it++) {
            double x = 0.5 * (lo + hi);
            double part = (x - i * h) / 6 * (density(i * h, n, b, peak) + 4 * density(0.5 * (i * h + x), n, b, peak) + density(x, n, b, peak));
            if (cumulative[i] + part < target) {
                lo = x;
            } else {
                hi = x;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double density(double s, int n, double b, double logScale) {
        double mean = s + b;
        double log = (n == 0 ? 0 : n * Math.log(mean)) - mean - logScale;
        return Math.exp(log);
    }
}
