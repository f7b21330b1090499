package na64.sim.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import na64.core.InputException;
import na64.physics.ParticleType;
import org.junit.jupiter.api.Test;

class ForcedDecayTest {

    private static final ParticleType K = ParticleType.KAON_MINUS;

    @Test
    void weightIsTheProbabilityToDecayInTheRegion() {
        double p = 20;
        double lambda = DecaySampler.decayLength(K, p);
        ForcedDecay forcing = new ForcedDecay(-3000.0, -1000.0, null);
        SplittableRandom rng = new SplittableRandom(1);
        // the particle starts at z0 = -5000 cm: the region is 2000..4000 cm along its path
        ForcedDecay.Decay d = forcing.sample(K, -5000, 100, p, rng);
        double expected = Math.exp(-2000 / lambda) - Math.exp(-4000 / lambda);
        assertThat(d.weight()).isCloseTo(expected, within(1e-12 * expected));
        assertThat(d.z()).isBetween(-3000.0, -1000.0);
    }

    @Test
    void forcedAndNaturalDecaysGiveTheSameRateInARegion() {
        // the natural sampler measures the rate (~ 12 %) directly; the forced one as a mean weight
        double p = 20;
        double z0 = -5000;
        double a = -3000;
        double b = -1000;
        int n = 200_000;
        SplittableRandom rng = new SplittableRandom(2);
        int natural = 0;
        for (int i = 0; i < n; i++) {
            double z = z0 + DecaySampler.samplePath(K, p, rng);
            if (z > a && z < b) {
                natural++;
            }
        }
        ForcedDecay forcing = new ForcedDecay(a, b, null);
        double sumW = 0;
        double sumZ = 0;
        int forcedN = 20_000;
        for (int i = 0; i < forcedN; i++) {
            ForcedDecay.Decay d = forcing.sample(K, z0, 100, p, rng);
            sumW += d.weight();
            sumZ += d.z();
        }
        double rate = (double) natural / n;
        double sigma = Math.sqrt(rate * (1 - rate) / n);
        assertThat(sumW / forcedN).isCloseTo(rate, within(3 * sigma));
        // the position follows the truncated exponential: mean a' + lambda - L e^(-L/lambda) / (1 - e^(-L/lambda))
        double lambda = DecaySampler.decayLength(K, p);
        double length = b - a;
        double meanZ = a + lambda - length * Math.exp(-length / lambda) / -Math.expm1(-length / lambda);
        double sigmaZ = length / Math.sqrt(12 * forcedN);
        assertThat(sumZ / forcedN).isCloseTo(meanZ, within(4 * sigmaZ));
    }

    @Test
    void electronChannelShareIsUndoneByTheWeights() {
        // K -> e nu has a branching fraction of 1.58e-5 (PDG); forced to half of the decays, the
        // weighted channel fractions must still be the branching fractions, and the weights sum to P(region)
        ForcedDecay forcing = new ForcedDecay(null, null, 0.5);
        SplittableRandom rng = new SplittableRandom(3);
        int n = 100_000;
        Map<String, Double> weighted = new HashMap<>();
        double sumW = 0;
        int electron = 0;
        for (int i = 0; i < n; i++) {
            ForcedDecay.Decay d = forcing.sample(K, -5000, 100, 100, rng);
            weighted.merge(d.channel().label(), d.weight(), Double::sum);
            sumW += d.weight();
            if (ForcedDecay.electronOnly(d.channel())) {
                electron++;
            }
        }
        double lambda = DecaySampler.decayLength(K, 100);
        double pRegion = -Math.expm1(-5100 / lambda);
        assertThat(sumW / n).isCloseTo(pRegion, within(3 * pRegion * Math.sqrt(1.0 / n)));
        assertThat(electron / (double) n).isCloseTo(0.5, within(3 * Math.sqrt(0.25 / n)));
        double total = DecayData.totalFraction(K);
        for (DecayChannel c : DecayData.channels(K)) {
            double share = weighted.getOrDefault(c.label(), 0.0) / sumW;
            double expected = c.fraction() / total;
            // binomial error of a share among the n/2 draws of its group (the weight of a group's
            // draw fluctuates with the group's count: at most 1/sqrt(n/2) relative)
            double sigma = Math.sqrt(expected * (1 - expected) / (n * 0.5)) + expected * Math.sqrt(2.0 / n);
            assertThat(share).as(c.label()).isCloseTo(expected, within(4 * sigma));
        }
    }

    @Test
    void stableParticlesAreNotForcedAndRegionsOffThePathWeighZero() {
        ForcedDecay forcing = new ForcedDecay(-3000.0, -1000.0, null);
        SplittableRandom rng = new SplittableRandom(4);
        assertThat(forcing.sample(ParticleType.ELECTRON, -5000, 100, 100, rng)).isNull();
        ForcedDecay.Decay off = forcing.sample(K, -500, 100, 100, rng);
        assertThat(off.weight()).isZero();
        assertThat(off.z()).isNaN();
    }

    @Test
    void badRegionsAndSharesNameTheirField() {
        assertThatThrownBy(() -> new ForcedDecay(10.0, -10.0, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("force-decay");
        assertThatThrownBy(() -> new ForcedDecay(null, null, 1.0)).isInstanceOf(InputException.class)
                .hasMessageContaining("electron-share");
    }
}
