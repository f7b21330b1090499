package na64.physics.sm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import na64.physics.PhysicalConstants;
import org.junit.jupiter.api.Test;

class ComptonScatteringTest {
    private static final double THOMSON_PB = 8 * Math.PI / 3 * PhysicalConstants.ELECTRON_RADIUS
            * PhysicalConstants.ELECTRON_RADIUS / PhysicalConstants.PB_CM2;

    @Test
    void limitsOfKleinNishina() {
        // Thomson limit, and the high-energy limit pi r_e^2 (ln 2 kappa + 1/2)/kappa
        assertThat(ComptonScattering.sigmaPerElectronPb(1e-9)).isCloseTo(THOMSON_PB, within(1e-4 * THOMSON_PB));
        double k = 10;
        double kappa = k / PhysicalConstants.ELECTRON_MASS;
        double asymptote = Math.PI * PhysicalConstants.ELECTRON_RADIUS * PhysicalConstants.ELECTRON_RADIUS
                / PhysicalConstants.PB_CM2 * (Math.log(2 * kappa) + 0.5) / kappa;
        assertThat(ComptonScattering.sigmaPerElectronPb(k)).isCloseTo(asymptote, within(1e-3 * asymptote));
        // the closed form just above the series' range agrees with the expansion
        // 1 - 2 kappa + 26/5 kappa^2 - 133/10 kappa^3 + 1144/35 kappa^4 (next term -77.7 kappa^5)
        double kap = 0.02;
        double series = 1 - 2 * kap + 26.0 / 5 * kap * kap - 133.0 / 10 * Math.pow(kap, 3) + 1144.0 / 35 * Math.pow(kap, 4);
        assertThat(ComptonScattering.sigmaPerElectronPb(kap * PhysicalConstants.ELECTRON_MASS) / THOMSON_PB)
                .isCloseTo(series, within(1e-6));
    }

    @Test
    void samplerFollowsKleinNishina() {
        // chi-square of the sampled eps = k'/k against dsigma/deps ~ (1/eps + eps)(1 - eps sin^2/(1 + eps^2))
        double k = 0.01;
        double kappa = k / PhysicalConstants.ELECTRON_MASS;
        double eps0 = 1 / (1 + 2 * kappa);
        int bins = 20;
        long[] counts = new long[bins];
        SplittableRandom rng = new SplittableRandom(2);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double eps = ComptonScattering.sampleEpsilon(k, rng);
            int b = (int) ((eps - eps0) / (1 - eps0) * bins);
            counts[Math.min(Math.max(b, 0), bins - 1)]++;
        }
        double[] expected = new double[bins];
        double total = 0;
        for (int b = 0; b < bins; b++) {
            double lo = eps0 + (1 - eps0) * b / bins;
            double hi = eps0 + (1 - eps0) * (b + 1) / bins;
            int m = 200;
            for (int j = 0; j < m; j++) {
                double eps = lo + (hi - lo) * (j + 0.5) / m;
                double oneMinusCos = (1 - eps) / (eps * kappa);
                double sin2 = oneMinusCos * (2 - oneMinusCos);
                expected[b] += (1 / eps + eps) * (1 - eps * sin2 / (1 + eps * eps)) * (hi - lo) / m;
            }
            total += expected[b];
        }
        double chi2 = 0;
        for (int b = 0; b < bins; b++) {
            double e = expected[b] / total * n;
            chi2 += (counts[b] - e) * (counts[b] - e) / e;
        }
        // 19 degrees of freedom: P(chi2 > 43.8) = 1e-3
        assertThat(chi2).isLessThan(43.8);
    }
}
