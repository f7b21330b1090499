package na64.sim.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import na64.physics.ParticleType;
import org.junit.jupiter.api.Test;

/** The sub-shower expectation and sampler against closed forms, for a step-function cross section. */
class SubShowerTracksTest {
    // Sigma = s0 above k_th = 0.2 GeV: mu_e(E) = 0.572 X0 E s0 (1/k_th - 1/E), the photon's primary path adds 9/7 X0 s0
    private static final double S0 = 1e-3;
    private static final double KTH = 0.2;
    private static final double X0 = 0.56;
    private static final SubShowerTracks TABLE = SubShowerTracks.photons(k -> k > KTH ? S0 : 0, X0, 3.0);

    @Test
    void expectationsAreApproximationATimesTheCrossSection() {
        for (double e : new double[] {0.5, 1.0, 2.9}) {
            double electron = 0.572 * X0 * e * S0 * (1 / KTH - 1 / e);
            assertThat(TABLE.expected(ParticleType.ELECTRON, e, false)).isCloseTo(electron, within(0.01 * electron));
            assertThat(TABLE.expected(ParticleType.PHOTON, e, false))
                    .isCloseTo(electron + 9.0 / 7 * X0 * S0, within(0.01 * electron));
        }
        assertThat(TABLE.expected(ParticleType.ELECTRON, 0.15, false)).isZero();
    }

    @Test
    void secondaryPhotonEnergiesFollowOneOverKSquared() {
        // P(k < K) = (1/k_th - 1/K) / (1/k_th - 1/E): the median is 2 / (1/k_th + 1/E)
        double e = 2.0;
        SplittableRandom rng = new SplittableRandom(3);
        double[] k = new double[20_000];
        for (int i = 0; i < k.length; i++) {
            k[i] = TABLE.trackEnergy(ParticleType.ELECTRON, e, false, rng);
        }
        Arrays.sort(k);
        assertThat(k[0]).isGreaterThanOrEqualTo(KTH * 0.98);
        assertThat(k[k.length - 1]).isLessThanOrEqualTo(e);
        assertThat(k[k.length / 2]).isCloseTo(2 / (1 / KTH + 1 / e), within(0.01));
    }

    /**
     * A lepton process: approximation A's e+- track length 0.437 X0 E/k^2 plus the primary lepton's
     * own path X0 dk/k, mu(E) = 0.437 X0 E s0 (1/k_th - 1/E) + X0 s0 ln(E/k_th); no photon primary term.
     */
    @Test
    void leptonProcessesCountTheSecondariesAndThePrimaryLepton() {
        SubShowerTracks leptons = SubShowerTracks.leptons(k -> k > KTH ? S0 : 0, X0, 3.0);
        for (double e : new double[] {0.5, 1.0, 2.9}) {
            double expected = 0.437 * X0 * e * S0 * (1 / KTH - 1 / e) + X0 * S0 * Math.log(e / KTH);
            assertThat(leptons.expected(ParticleType.ELECTRON, e, false)).isCloseTo(expected, within(0.01 * expected));
            double secondaries = 0.437 * X0 * e * S0 * (1 / KTH - 1 / e);
            assertThat(leptons.expected(ParticleType.PHOTON, e, false)).isCloseTo(secondaries, within(0.01 * secondaries));
        }
    }
}
