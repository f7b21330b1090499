package na64.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Expected limits: quantiles of the limit under background only. */
class ExpectedLimitsTest {
    private static final double LN10 = Math.log(10);
    private final CLs cls = new CLs();

    @Test
    void bandsAreOrdered() {
        for (double b : new double[] {0.05, 0.5, 2, 7.5, 30}) {
            ExpectedLimits e = cls.expected(Channel.counting(0, b).withBackgroundUncertainty(Uncertainty.logNormal(0.2)));
            assertThat(e.minus2()).isLessThanOrEqualTo(e.minus1());
            assertThat(e.minus1()).isLessThanOrEqualTo(e.median());
            assertThat(e.median()).isLessThanOrEqualTo(e.plus1());
            assertThat(e.plus1()).isLessThanOrEqualTo(e.plus2());
            assertThat(e.minus2()).isGreaterThanOrEqualTo(LN10 - 1e-9);
        }
    }

    @Test
    void withoutBackgroundEveryQuantileIs2Point3() {
        for (double b : new double[] {0, 1e-6, 1e-3}) {
            ExpectedLimits e = cls.expected(Channel.counting(0, b));
            assertThat(e.values()).containsOnly(e.median());
            assertThat(e.median()).isCloseTo(LN10, within(1e-6));
        }
    }

    @Test
    void aHugeBackgroundGivesTheGaussianBand() {
        // b = 10^8 (an unresolved background taken at its bound): counts are Gaussian, n = b + z sqrt(b)
        // at the band's quantile z, and CLs = Phi(z - s/sqrt(b)) / Phi(z) = 0.1 gives s / sqrt(b) =
        // 1.6449 at the median (z = 0) and 2.3774 at +1 sigma (Phi(-1.3774) = 0.1 Phi(1)).
        double b = 1e8;
        ExpectedLimits e = cls.expected(Channel.counting(0, b));
        assertThat(e.median() / Math.sqrt(b)).isCloseTo(1.6449, within(2e-3));
        assertThat(e.plus1() / Math.sqrt(b)).isCloseTo(2.3774, within(2e-3));
        assertThat(e.method()).isEqualTo(Limit.Method.EXACT);
    }

    @Test
    void quantilesFollowThePoissonCountQuantiles() {
        // b = 3: P(n <= k) = 0.050, 0.199, 0.423, 0.647, 0.815, 0.916, 0.966, 0.988 for k = 0..7.
        // The first k reaching 0.0228, 0.159, 0.5, 0.841, 0.977 is 0, 1, 3, 5, 7.
        ExpectedLimits e = cls.expected(Channel.counting(0, 3));
        int[] counts = {0, 1, 3, 5, 7};
        for (int k = 0; k < 5; k++) {
            assertThat(e.values()[k]).isCloseTo(cls.upperLimit(Channel.counting(counts[k], 3)).events(), within(1e-9));
        }
    }

    @Test
    void aCombinationOfProportionalChannelsHasTheBandOfTheMergedChannel() {
        // Equal s/b: the limit depends on n1 + n2 ~ Poisson(b1 + b2) only (see the combination test).
        List<Channel> split = List.of(Channel.of("a", 1, 0.5, 0), Channel.of("b", 3, 1.5, 0));
        ExpectedLimits combined = cls.expected(split, null);
        ExpectedLimits merged = cls.expected(Channel.of("sum", 4, 2, 0));
        assertThat(combined.values()).containsExactly(merged.values(), within(1e-6));
        assertThat(combined.method()).isEqualTo(Limit.Method.EXACT);
    }

    @Test
    void pseudoDatasetsGiveTheSameBandWhenOutcomesAreTooMany() {
        List<Channel> split = List.of(Channel.of("a", 1, 0.5, 0), Channel.of("b", 3, 1.5, 0));
        CLs sampled = new CLs(CLs.Settings.defaults().withExpectedOutcomes(1, 4000));
        ExpectedLimits toys = sampled.expected(split, new SplittableRandom(7));
        ExpectedLimits exact = cls.expected(split, null);
        assertThat(toys.method()).isEqualTo(Limit.Method.TOYS);
        // Discrete quantiles: with 4000 pseudo-datasets the median count n1 + n2 = 2 (P(<=1) =
        // 0.41, P(<=2) = 0.68 for mean 2) is found with certainty, likewise +-1 sigma.
        assertThat(toys.median()).isCloseTo(exact.median(), within(1e-9));
        assertThat(toys.minus1()).isCloseTo(exact.minus1(), within(1e-9));
        assertThat(toys.plus1()).isCloseTo(exact.plus1(), within(1e-9));
    }

    @Test
    void timesConvertsToEvents() {
        ExpectedLimits mu = cls.expected(Channel.of("run", 250, 0.4, 0));
        ExpectedLimits events = mu.times(250);
        assertThat(events.median()).isCloseTo(cls.expected(Channel.counting(0, 0.4)).median(), within(1e-6));
    }
}
