package na64.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PoissonSamplerTest {
    private static final int SAMPLES = 200_000;

    /** Means on both sides of the switch from the product of uniforms to the rejection at 10. */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 3.5, 9.9, 10, 47.5, 2500})
    void meanAndVarianceAreTheMean(double mean) {
        SplittableRandom rng = new SplittableRandom(11);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < SAMPLES; i++) {
            long k = PoissonSampler.sample(rng, mean);
            sum += k;
            sumSq += (double) k * k;
        }
        double sampleMean = sum / SAMPLES;
        double sampleVariance = sumSq / SAMPLES - sampleMean * sampleMean;
        // standard errors: sqrt(mu / N) for the mean, sqrt((mu + 2 mu^2) / N) for the variance
        assertThat(sampleMean).isCloseTo(mean, Offset.offset(5 * Math.sqrt(mean / SAMPLES)));
        assertThat(sampleVariance).isCloseTo(mean, Offset.offset(5 * Math.sqrt((mean + 2 * mean * mean) / SAMPLES)));
    }

    /** Pearson chi-square of the histogram against the Poisson probabilities, tails merged into one bin each. */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 3.5, 9.9, 10, 47.5, 2500})
    void distributionPassesAChiSquareTest(double mean) {
        PoissonDistribution expected = new PoissonDistribution(mean);
        // bins k in [lo, hi] individually, each expecting >= 20 entries; k < lo and k > hi merged
        int lo = 0;
        while (SAMPLES * expected.probability(lo) < 20 && lo < mean) {
            lo++;
        }
        int hi = (int) Math.ceil(mean);
        while (SAMPLES * expected.probability(hi + 1) >= 20) {
            hi++;
        }
        long[] counts = new long[hi - lo + 3];
        SplittableRandom rng = new SplittableRandom(12);
        for (int i = 0; i < SAMPLES; i++) {
            long k = PoissonSampler.sample(rng, mean);
            counts[k < lo ? 0 : k > hi ? counts.length - 1 : (int) (k - lo) + 1]++;
        }
        double[] p = new double[counts.length];
        p[0] = lo == 0 ? 0 : expected.cumulativeProbability(lo - 1);
        for (int k = lo; k <= hi; k++) {
            p[k - lo + 1] = expected.probability(k);
        }
        p[counts.length - 1] = 1 - expected.cumulativeProbability(hi);
        double chi2 = 0;
        int bins = 0;
        for (int i = 0; i < counts.length; i++) {
            double e = SAMPLES * p[i];
            if (e > 0) {
                chi2 += (counts[i] - e) * (counts[i] - e) / e;
                bins++;
            } else {
                assertThat(counts[i]).isZero();
            }
        }
        assertThat(bins).isGreaterThan(3);
        assertThat(chi2).isLessThan(new ChiSquaredDistribution(bins - 1).inverseCumulativeProbability(0.999));
    }

    @Test
    void drawsOnlyFromTheGivenStream() {
        long[] first = new long[50];
        long[] second = new long[50];
        SplittableRandom a = RandomStreams.forEvent(5, 17);
        SplittableRandom b = RandomStreams.forEvent(5, 17);
        for (int i = 0; i < first.length; i++) {
            first[i] = PoissonSampler.sample(a, 0.5 + i * 3);
            second[i] = PoissonSampler.sample(b, 0.5 + i * 3);
        }
        assertThat(first).isEqualTo(second);
    }

    @Test
    void zeroNegativeAndNaNMeansGiveZeroWithoutDrawing() {
        SplittableRandom rng = new SplittableRandom(3);
        SplittableRandom untouched = new SplittableRandom(3);
        assertThat(PoissonSampler.sample(rng, 0)).isZero();
        assertThat(PoissonSampler.sample(rng, -2)).isZero();
        assertThat(PoissonSampler.sample(rng, Double.NaN)).isZero();
        assertThat(rng.nextLong()).isEqualTo(untouched.nextLong());
    }
}
