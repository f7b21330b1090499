package na64.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/** The building blocks: nuisance quadrature, Poisson probabilities and the toy generator. */
class NumericsTest {
    private final QuadratureRules rules = new QuadratureRules(16);

    @Test
    void logNormalNodesHaveMeanOneAndTheRequestedSpread() {
        for (double r : new double[] {0.05, 0.3, 1.0}) {
            FactorPrior prior = new FactorPrior(Uncertainty.logNormal(r), rules);
            double[] m = moments(prior);
            assertThat(m[0]).isCloseTo(1, within(1e-12));
            assertThat(m[1]).isCloseTo(1, within(1e-10));
            assertThat(Math.sqrt(m[2] - 1)).isCloseTo(r, within(1e-6 * (1 + r)));
        }
    }

    @Test
    void truncatedGaussianNodesReproduceTheTruncatedNormalMoments() {
        // Mean of N(1, r) cut at 0: 1 + r phi(a) / (1 - Phi(a)) with a = -1/r.
        for (double r : new double[] {0.1, 0.3, 0.8, 2.0}) {
            FactorPrior prior = new FactorPrior(Uncertainty.truncatedGaussian(r), rules);
            double a = -1 / r;
            double phi = Math.exp(-0.5 * a * a) / Math.sqrt(2 * Math.PI);
            double tail = 0.5 * org.hipparchus.special.Erf.erfc(a / Math.sqrt(2));
            double mean = 1 + r * phi / tail;
            double[] m = moments(prior);
            assertThat(m[0]).isCloseTo(1, within(1e-12));
            assertThat(m[1]).as("r = %s", r).isCloseTo(mean, within(1e-7));
        }
    }

    @Test
    void truncatedGaussianSamplesFollowTheTruncatedMean() {
        FactorPrior prior = new FactorPrior(Uncertainty.truncatedGaussian(0.8), rules);
        SplittableRandom random = new SplittableRandom(1);
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double k = prior.sample(random);
            assertThat(k).isGreaterThanOrEqualTo(0);
            sum += k;
        }
        double[] m = moments(prior);
        // sd of k ~ 0.65: the mean of 2e5 samples is known to 0.0015.
        assertThat(sum / n).isCloseTo(m[1], within(0.006));
    }

    @Test
    void poissonProbabilitiesSumToOneAndMatchLogGamma() {
        for (double mean : new double[] {0.3, 12, 250, 900}) {
            double[] pmf = new double[(int) (mean + 20 * Math.sqrt(mean) + 30)];
            Poisson.addPmf(mean, 1, pmf);
            double sum = 0;
            for (double p : pmf) {
                sum += p;
            }
            assertThat(sum).isCloseTo(1, within(1e-10));
            int n = (int) mean;
            double expected = Math.exp(n * Math.log(mean) - mean - Gamma.logGamma(n + 1.0));
            assertThat(pmf[n]).isCloseTo(expected, within(1e-10 * expected));
        }
    }

    @Test
    void poissonInversionPassesAChiSquareTest() {
        // Pearson chi-square of 1e5 inverted uniforms against the pmf; cells with expectation < 5
        // merged into the tails. For ~20 degrees of freedom the 99.9 % point is ~45.
        for (double mean : new double[] {3.5, 64}) {
            SplittableRandom random = new SplittableRandom(42);
            int draws = 100_000;
            int size = (int) (mean + 10 * Math.sqrt(mean) + 20);
            long[] counts = new long[size];
            for (int i = 0; i < draws; i++) {
                counts[Math.min(Poisson.quantile(random.nextDouble(), mean), size - 1)]++;
            }
            double[] pmf = new double[size];
            Poisson.addPmf(mean, 1, pmf);
            double chi2 = 0;
            int dof = -1;
            double expectedCell = 0;
            long observedCell = 0;
            for (int n = 0; n < size; n++) {
                expectedCell += draws * pmf[n];
                observedCell += counts[n];
                if (expectedCell >= 5 || n == size - 1) {
                    chi2 += (observedCell - expectedCell) * (observedCell - expectedCell) / expectedCell;
                    dof++;
                    expectedCell = 0;
                    observedCell = 0;
                }
            }
            double limit = dof + 4.5 * Math.sqrt(2.0 * dof);
            assertThat(chi2).as("mean %s, %s dof", mean, dof).isLessThan(limit);
        }
    }

    @Test
    void poissonInversionIsMonotoneInTheMean() {
        // Coupled pseudo-experiments rely on n(u, mean) not decreasing with the mean.
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            double u = random.nextDouble();
            int previous = 0;
            for (double mean = 0.1; mean < 120; mean *= 1.3) {
                int n = Poisson.quantile(u, mean);
                assertThat(n).isGreaterThanOrEqualTo(previous);
                assertThat(Poisson.cdf(n, mean)).isGreaterThanOrEqualTo(u);
                if (n > 0) {
                    assertThat(Poisson.cdf(n - 1, mean)).isLessThan(u);
                }
                previous = n;
            }
        }
    }

    private static double[] moments(FactorPrior prior) {
        double[] m = new double[3];
        for (int i = 0; i < prior.size(); i++) {
            double k = prior.factor(i);
            m[0] += prior.weight(i);
            m[1] += prior.weight(i) * k;
            m[2] += prior.weight(i) * k * k;
        }
        return m;
    }

    @org.junit.jupiter.api.Test
    void largeMeanPoissonCdfIsTheIncompleteGammaFunctionTo1e6() {
        // above 1e7 the Wilson-Hilferty form replaces the series; compare with Hipparchus' exact Q(n+1, mean)
        double mean = 2e7;
        for (double z : new double[] {-5, -2, -0.5, 0, 0.5, 2, 5}) {
            int n = (int) Math.round(mean + z * Math.sqrt(mean));
            double exact = org.hipparchus.special.Gamma.regularizedGammaQ(n + 1.0, mean);
            org.assertj.core.api.Assertions.assertThat(Poisson.cdf(n, mean)).as("z = " + z)
                    .isCloseTo(exact, org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    @org.junit.jupiter.api.Test
    void theBernsteinBoundCoversTheUpperTailWithAFewCountsToSpare() {
        for (double mean : new double[] {2e5, 3e6}) {
            int exact = Poisson.quantile(1 - 1e-7, mean);
            int bound = Poisson.upperTailBound(1e-7, mean);
            org.assertj.core.api.Assertions.assertThat(bound).isGreaterThanOrEqualTo(exact)
                    .isLessThan(exact + (int) Math.sqrt(mean));
        }
    }
}
