package na64.sim.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import na64.physics.material.Material;
import na64.detector.CellGrid;
import na64.physics.ParticleType;
import na64.sim.shower.ShowerMedium;
import org.junit.jupiter.api.Test;

/** The electromagnetic cascade in the NA64 ECAL against conservation laws and the PDG shower rules. */
class ShowerPhysicsTest {
    private static final Material ECAL = Blocks.ECAL;

    @Test
    void everyEventConservesEnergy() {
        Blocks.Shooter s = new Blocks.Shooter(Blocks.ecal(0.1), CascadeConfig.defaults());
        for (ParticleType t : new ParticleType[] {ParticleType.ELECTRON, ParticleType.POSITRON, ParticleType.PHOTON}) {
            for (int i = 0; i < 50; i++) {
                s.shoot(t, 100, 1, i);
                assertThat(s.bookkeeping()).as("%s event %d", t, i).isCloseTo(100, within(1e-9));
            }
        }
    }

    @Test
    void lateralContainmentFollowsThePdgRule() {
        // PDG, "Passage of particles through matter", sec. 34.5: ~90 % within 1 R_M, ~99 % within 3.5 R_M
        int n = 160;
        double pitch = 0.25;
        Layout layout = Blocks.block(ECAL, 200, CellGrid.of(n, n, pitch, pitch), new double[] {200}, Readout.Response.IDEAL);
        Blocks.Shooter s = new Blocks.Shooter(layout, CascadeConfig.defaults());
        double rm = ShowerMedium.of(ECAL).moliereRadiusCm();
        double total = 0;
        double within1 = 0;
        double within35 = 0;
        for (int i = 0; i < 30; i++) {
            double[] c = s.shoot(ParticleType.ELECTRON, 50, 2, i);
            for (int iy = 0; iy < n; iy++) {
                for (int ix = 0; ix < n; ix++) {
                    double e = c[iy * n + ix];
                    double r = Math.hypot((ix + 0.5 - n / 2.0) * pitch, (iy + 0.5 - n / 2.0) * pitch) / rm;
                    total += e;
                    within1 += r < 1 ? e : 0;
                    within35 += r < 3.5 ? e : 0;
                }
            }
        }
        assertThat(within1 / total).isCloseTo(0.90, within(0.03));
        assertThat(within35 / total).isCloseTo(0.99, within(0.007));
    }

    /** Mean depth and variance [X0] of the energy deposit of showers of one type. */
    private static double[] profileMoments(ParticleType type, double energy, int events) {
        double x0 = ECAL.radiationLengthCm();
        int sections = 60;
        double[] ends = new double[sections];
        for (int i = 0; i < sections; i++) {
            ends[i] = (i + 1) * 0.5 * x0;
        }
        Layout layout = Blocks.block(ECAL, sections * 0.5 * x0, CellGrid.of(1, 1, 200, 200), ends, Readout.Response.IDEAL);
        Blocks.Shooter s = new Blocks.Shooter(layout, CascadeConfig.defaults());
        double w = 0;
        double m1 = 0;
        double m2 = 0;
        for (int i = 0; i < events; i++) {
            double[] c = s.shoot(type, energy, 3, i);
            for (int k = 0; k < sections; k++) {
                double t = (k + 0.5) * 0.5;
                w += c[k];
                m1 += c[k] * t;
                m2 += c[k] * t * t;
            }
        }
        double mean = m1 / w;
        return new double[] {mean, m2 / w - mean * mean};
    }

    @Test
    void depthOfShowerMaximumIsThePdgForm() {
        // dE/dt ~ (bt)^(a-1) e^(-bt): mean a/b, variance a/b^2, t_max = (a-1)/b = ln(E0/E_c) + C,
        // C = -0.5 for electrons, +0.5 for photons (PDG eq. 34.36); E_c Rossi's of the structure
        double ec = ECAL.criticalEnergy();
        double[] e = profileMoments(ParticleType.ELECTRON, 100, 150);
        double b = e[0] / e[1];
        double a = e[0] * b;
        double tMax = (a - 1) / b;
        assertThat(tMax).isCloseTo(Math.log(100 / ec) - 0.5, within(1.0));
        assertThat(b).isCloseTo(0.5, within(0.1));
        double[] g = profileMoments(ParticleType.PHOTON, 100, 150);
        double bg = g[0] / g[1];
        double tMaxPhoton = (g[0] * bg - 1) / bg;
        assertThat(tMaxPhoton - tMax).isCloseTo(1.0, within(0.4));
    }

    @Test
    void ecalResolutionIsTheSamplingTerm() {
        // sigma/E = 10 %/sqrt(E) from the sampling fluctuations; shower and spot fluctuations add a little
        Blocks.Shooter s = new Blocks.Shooter(Blocks.ecal(0.10), CascadeConfig.defaults());
        for (double e0 : new double[] {20, 100}) {
            int n = 400;
            double sum = 0;
            double sum2 = 0;
            for (int i = 0; i < n; i++) {
                double[] c = s.shoot(ParticleType.ELECTRON, e0, 4, i);
                double e = 0;
                for (double x : c) {
                    e += x;
                }
                sum += e;
                sum2 += e * e;
            }
            double mean = sum / n;
            double sigma = Math.sqrt(sum2 / n - mean * mean);
            double stochastic = sigma / mean * Math.sqrt(e0);
            // lateral and longitudinal leakage of the 6x6 matrix ~1 %
            assertThat(mean / e0).as("response at %s GeV", e0).isBetween(0.975, 1.0);
            // the error of sigma from n events is sigma/sqrt(2n) ~ 3.5 %
            assertThat(stochastic).as("stochastic term at %s GeV", e0).isBetween(0.10 * (1 - 0.11), 0.10 * 1.20);
        }
    }
}
