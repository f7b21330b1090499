package na64.sim.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import na64.physics.ParticleType;
import na64.detector.BeamSpec;
import na64.detector.Setups;
import org.junit.jupiter.api.Test;

class BeamGeneratorTest {
    static final BeamSpec SPEC = Setups.load("na64e-2022").beam();

    @Test
    void speciesFractionsFollowTheAdmixture() {
        BeamGenerator g = new BeamGenerator(SPEC);
        SplittableRandom rng = new SplittableRandom(1);
        int n = 400_000;
        Map<ParticleType, Integer> counts = new EnumMap<>(ParticleType.class);
        for (int i = 0; i < n; i++) {
            counts.merge(g.next(rng).type, 1, Integer::sum);
        }
        // Pearson chi-square over the four species, 3 degrees of freedom: p = 0.001 at 16.3
        double chi2 = 0;
        double nominal = 1;
        for (BeamSpec.Admixture a : SPEC.admixture()) {
            double expected = n * a.fraction();
            chi2 += sq(counts.getOrDefault(a.type(), 0) - expected) / expected;
            nominal -= a.fraction();
        }
        chi2 += sq(counts.get(ParticleType.ELECTRON) - n * nominal) / (n * nominal);
        assertThat(chi2).isLessThan(16.3);
        assertThat(counts.keySet()).containsExactlyInAnyOrder(ParticleType.ELECTRON, ParticleType.PION_MINUS,
                ParticleType.KAON_MINUS, ParticleType.MUON);
    }

    @Test
    void momentumSpreadTailSpotAndDivergence() {
        BeamGenerator g = new BeamGenerator(SPEC);
        SplittableRandom rng = new SplittableRandom(2);
        int n = 200_000;
        double p0 = g.nominalMomentum();
        double sum = 0;
        double sum2 = 0;
        int core = 0;
        int tail = 0;
        double sx2 = 0;
        double stx2 = 0;
        for (int i = 0; i < n; i++) {
            Track t = g.next(rng);
            sx2 += t.x * t.x;
            stx2 += t.tx * t.tx;
            double d = t.momentum() / p0 - 1;
            if (Math.abs(d) < 0.05) {
                core++;
                sum += d;
                sum2 += d * d;
            } else if (d < -0.05) {
                tail++;
            }
        }
        double mean = sum / core;
        double sigma = Math.sqrt(sum2 / core - mean * mean);
        // sigma of a Gaussian sample: relative standard error 1/sqrt(2N); 4 sigma tolerance, and the tail
        // contributes (tail below 0.95 p0 excluded) 0.005 * 0.05/0.5 of the core, well inside
        assertThat(sigma).isBetween(0.01 * (1 - 4 / Math.sqrt(2.0 * core)) - 1e-4, 0.01 * (1 + 4 / Math.sqrt(2.0 * core)) + 1e-4);
        assertThat(Math.abs(mean)).isLessThan(4 * 0.01 / Math.sqrt(core) + 1e-4);
        // tail: 0.5 % of the electrons, flat in [0.5, 1] p0 -> 0.9 of it below 0.95 p0
        double expectedTail = n * (1 - 0.015) * 0.005 * 0.9;
        assertThat((double) tail).isBetween(expectedTail - 4 * Math.sqrt(expectedTail), expectedTail + 4 * Math.sqrt(expectedTail));
        assertThat(Math.sqrt(sx2 / n)).isBetween(0.5 * (1 - 4 / Math.sqrt(2.0 * n)), 0.5 * (1 + 4 / Math.sqrt(2.0 * n)));
        assertThat(Math.sqrt(stx2 / n)).isBetween(1e-4 * (1 - 4 / Math.sqrt(2.0 * n)), 1e-4 * (1 + 4 / Math.sqrt(2.0 * n)));
    }

    private static double sq(double x) {
        return x * x;
    }
}
