package na64.sim.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import na64.physics.PhysicalConstants;
import na64.physics.ParticleType;
import org.junit.jupiter.api.Test;

class DecayTest {

    @Test
    void decayLengthIsBetaGammaCTau() {
        // c tau of the charged pion is 7.8045 m (PDG); at p = 100 GeV beta gamma = p/m
        assertThat(DecaySampler.decayLength(ParticleType.PION_MINUS, 100))
                .isCloseTo(100 / PhysicalConstants.CHARGED_PION_MASS * 780.45, within(0.5));
        assertThat(DecaySampler.decayLength(ParticleType.ELECTRON, 100)).isInfinite();
    }

    @Test
    void decayProbabilityFollowsTheExponentialLaw() {
        SplittableRandom rng = new SplittableRandom(3);
        for (ParticleType type : List.of(ParticleType.PION_MINUS, ParticleType.KAON_MINUS, ParticleType.MUON)) {
            double p = 20;
            double lambda = DecaySampler.decayLength(type, p);
            for (double length : new double[] {0.1 * lambda, lambda, 3 * lambda}) {
                int n = 100_000;
                int decayed = 0;
                for (int i = 0; i < n; i++) {
                    if (DecaySampler.samplePath(type, p, rng) < length) {
                        decayed++;
                    }
                }
                double expected = 1 - Math.exp(-length / lambda);
                double sigma = Math.sqrt(expected * (1 - expected) / n);
                assertThat((double) decayed / n).as(type + " L/lambda=" + length / lambda)
                        .isCloseTo(expected, within(4 * sigma));
            }
        }
    }

    @Test
    void channelsAreChosenWithTheirBranchingFractions() {
        SplittableRandom rng = new SplittableRandom(4);
        int n = 400_000;
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            counts.merge(DecaySampler.sampleChannel(ParticleType.KAON_MINUS, rng).label(), 1, Integer::sum);
        }
        double total = DecayData.totalFraction(ParticleType.KAON_MINUS);
        double chi2 = 0;
        int dof = -1;
        for (DecayChannel c : DecayData.channels(ParticleType.KAON_MINUS)) {
            double expected = n * c.fraction() / total;
            if (expected > 20) {
                chi2 += Math.pow(counts.getOrDefault(c.label(), 0) - expected, 2) / expected;
                dof++;
            }
        }
        assertThat(dof).isEqualTo(5);
        assertThat(chi2).isLessThan(20.5); // p = 0.001 for 5 degrees of freedom
        assertThat(DecayData.totalFraction(ParticleType.PION_PLUS)).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void pionToMuonNeutrinoGivesTheFlatLabSpectrumOfATwoBodyDecay() {
        // for an ultra-relativistic pion, E_mu/E_pi is uniform in [r, 1], r = m_mu^2/m_pi^2
        double r = Math.pow(PhysicalConstants.MUON_MASS / PhysicalConstants.CHARGED_PION_MASS, 2);
        SplittableRandom rng = new SplittableRandom(5);
        int bins = 20;
        int[] h = new int[bins];
        int n = 100_000;
        int accepted = 0;
        for (int i = 0; i < n; i++) {
            Track pion = Track.of(ParticleType.PION_MINUS, 100, 0, 0, 0, 0, 0, 0, 0);
            List<Track> out = new ArrayList<>();
            DecayChannel c = DecaySampler.decay(pion, rng, out);
            if (!c.label().equals("pi- -> mu- nu")) {
                continue;
            }
            double sumE = out.stream().mapToDouble(t -> t.energy).sum();
            assertThat(sumE).isCloseTo(100, within(1e-9));
            double f = (out.get(0).energy / 100 - r) / (1 - r);
            h[Math.min(bins - 1, Math.max(0, (int) (f * bins)))]++;
            accepted++;
        }
        double chi2 = 0;
        for (int b = 0; b < bins; b++) {
            double e = accepted / (double) bins;
            chi2 += (h[b] - e) * (h[b] - e) / e;
        }
        assertThat(chi2).isLessThan(43.8); // 19 dof, p = 0.001
    }

    @Test
    void michelSpectrumAtRest() {
        SplittableRandom rng = new SplittableRandom(6);
        double m = PhysicalConstants.MUON_MASS;
        int bins = 20;
        int[] h = new int[bins];
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double[][] p = DecaySampler.michel(m, PhysicalConstants.ELECTRON_MASS, rng);
            assertThat(p[0][0] + p[1][0]).isCloseTo(m, within(1e-12));
            double x = p[0][0] / (m / 2);
            h[Math.min(bins - 1, (int) (x * bins))]++;
        }
        // expected per bin: integral of x^2 (3 - 2x) = x^3 - x^4/2, normalised by 1/2
        double chi2 = 0;
        for (int b = 0; b < bins; b++) {
            double a = (double) b / bins;
            double c = (double) (b + 1) / bins;
            double e = n * 2 * ((c * c * c - c * c * c * c / 2) - (a * a * a - a * a * a * a / 2));
            if (e > 10) {
                chi2 += (h[b] - e) * (h[b] - e) / e;
            }
        }
        assertThat(chi2).isLessThan(45); // <= 19 dof, p ~ 0.001
    }

    @Test
    void threeBodyDecaysConserveFourMomentumAndPutProductsOnShell() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            Track k = Track.of(ParticleType.KAON_MINUS, 50, 0.1, -0.2, -100, 1e-3, -2e-3, 0, 0);
            double[] u = k.direction();
            double p = k.momentum();
            List<Track> out = new ArrayList<>();
            DecaySampler.decay(k, rng, out);
            double e = 0;
            double px = 0;
            double py = 0;
            double pz = 0;
            boolean forward = true;
            for (Track t : out) {
                if (!Double.isFinite(t.tx)) {
                    forward = false; // a neutrino emitted backwards in the lab: energy only
                    e += t.energy;
                    continue;
                }
                double q = t.momentum();
                double[] d = t.direction();
                e += t.energy;
                px += q * d[0];
                py += q * d[1];
                pz += q * d[2];
                if (t.type != ParticleType.NEUTRINO) {
                    assertThat(t.mass).isEqualTo(t.type.mass());
                }
                assertThat(t.z).isEqualTo(-100);
            }
            assertThat(e).isCloseTo(50, within(1e-9));
            if (!forward) {
                continue;
            }
            assertThat(px).isCloseTo(p * u[0], within(1e-9));
            assertThat(py).isCloseTo(p * u[1], within(1e-9));
            assertThat(pz).isCloseTo(p * u[2], within(1e-9));
        }
    }

    @Test
    void threeBodyPhaseSpaceIsUniformInTheDalitzPlot() {
        // K -> pi pi pi at rest: the m12^2 projection of a uniform Dalitz density is proportional to
        // the length of the allowed m23^2 interval (PDG "Kinematics" eq. 49.23)
        double mk = ParticleType.KAON_MINUS.mass();
        double mp = ParticleType.PION_MINUS.mass();
        SplittableRandom rng = new SplittableRandom(8);
        int bins = 10;
        int[] h = new int[bins];
        double lo = 4 * mp * mp;
        double hi = (mk - mp) * (mk - mp);
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            double[][] p = Kinematics.threeBody(mk, mp, mp, mp, rng);
            double s12 = Math.pow(p[0][0] + p[1][0], 2) - Math.pow(p[0][1] + p[1][1], 2) - Math.pow(p[0][2] + p[1][2], 2)
                    - Math.pow(p[0][3] + p[1][3], 2);
            h[Math.min(bins - 1, (int) ((s12 - lo) / (hi - lo) * bins))]++;
        }
        double[] w = new double[bins];
        double sum = 0;
        for (int b = 0; b < bins; b++) {
            int steps = 200;
            for (int k = 0; k < steps; k++) {
                double s12 = lo + (hi - lo) * (b + (k + 0.5) / steps) / bins;
                w[b] += dalitzWidth(s12, mk, mp);
            }
            sum += w[b];
        }
        double chi2 = 0;
        for (int b = 0; b < bins; b++) {
            double e = n * w[b] / sum;
            chi2 += (h[b] - e) * (h[b] - e) / e;
        }
        assertThat(chi2).isLessThan(27.9); // 9 dof, p = 0.001
    }

    /** Width of the allowed m23^2 range at fixed m12^2 for equal masses m from a parent M. */
    private static double dalitzWidth(double s12, double bigM, double m) {
        double m12 = Math.sqrt(s12);
        double e2 = m12 / 2;                                    // m2 energy in the 12 rest frame
        double e3 = (bigM * bigM - s12 - m * m) / (2 * m12);    // m3 energy in the 12 rest frame
        double p2 = Math.sqrt(Math.max(0, e2 * e2 - m * m));
        double p3 = Math.sqrt(Math.max(0, e3 * e3 - m * m));
        return 4 * p2 * p3;
    }
}
