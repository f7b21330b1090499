package na64.sim.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import na64.core.RandomStreams;
import na64.physics.PhysicalConstants;
import na64.physics.material.Materials;
import na64.physics.model.DarkPhoton;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.Layout;
import na64.sim.cascade.ParticleStack;
import na64.sim.cascade.Track;
import na64.sim.cascade.Volume;
import na64.sim.event.EventTruth;
import na64.physics.ParticleType;
import org.junit.jupiter.api.Test;

class DecayTest {

    @Test
    void twoBodyDecaysConserveFourMomentumAndHaveTheParentMass() {
        TwoBodyDecay d = new TwoBodyDecay();
        SplittableRandom rng = new SplittableRandom(4);
        double m = 0.0167;
        double me = PhysicalConstants.ELECTRON_MASS;
        for (int i = 0; i < 100; i++) {
            double e = 5 + 100 * rng.nextDouble();
            d.decay(e, m, me, me, 0.01, 0, Math.sqrt(1 - 1e-4), rng);
            double[] o = d.out;
            assertThat(o[0] + o[4]).isCloseTo(e, within(1e-9 * e));
            double p1 = Math.sqrt(o[0] * o[0] - me * me);
            double p2 = Math.sqrt(o[4] * o[4] - me * me);
            double px = p1 * o[1] + p2 * o[5];
            double py = p1 * o[2] + p2 * o[6];
            double pz = p1 * o[3] + p2 * o[7];
            double p = Math.sqrt(e * e - m * m);
            assertThat(px).isCloseTo(p * 0.01, within(1e-9 * e));
            assertThat(py).isCloseTo(0, within(1e-9 * e));
            double mass2 = e * e - (px * px + py * py + pz * pz);
            assertThat(Math.sqrt(mass2)).isCloseTo(m, within(1e-5 * m + 1e-6));
        }
    }

    /**
     * Decay points z / L of {@code n} visible dark photons of 50 GeV (16.7 MeV, eps = 1e-3) started at
     * z = 0 with no setup in the way; each decay leaves two leptons whose energies sum to that of X.
     */
    private static double[] decayPoints(int n, long seed) {
        DarkPhoton model = DarkPhoton.visible(0.0167, 1e-3);
        Layout layout = new Layout(List.of(Volume.slab("far", 1e6, 1, 10, Materials.get("Pb"))));
        CascadeContext ctx = new CascadeContext(new CascadePhysics(layout, CascadeConfig.defaults()));
        DarkBosonHandler handler = new DarkBosonHandler(model, DarkBosonHandler.Fate.VISIBLE);
        EventTruth truth = new EventTruth();
        double energy = 50;
        double length = model.decays().labDecayLength(energy);
        double[] z = new double[n];
        Track t = new Track();
        for (int i = 0; i < n; i++) {
            truth.clear();
            ctx.startEvent(RandomStreams.forEvent(seed, i), truth);
            ctx.stack().push(ParticleType.DARK_BOSON, energy, model.mass(), 0, 0, 0, 0, 0, 1);
            ParticleStack s = ctx.stack();
            s.pop();
            t.load(s);
            handler.follow(t, ctx);
            z[i] = truth.decayZ / length;
            s.pop();
            double e1 = s.popEnergy;
            s.pop();
            assertThat(e1 + s.popEnergy).isCloseTo(energy, within(1e-9));
        }
        return z;
    }

    @Test
    void visibleBosonsDecayAfterTheirLabDecayLength() {
        // X -> e+e- with L = beta gamma c tau: the mean z of the decays is L
        int n = 20_000;
        double mean = java.util.Arrays.stream(decayPoints(n, 51)).average().orElseThrow();
        assertThat(mean).isCloseTo(1.0, within(5 / Math.sqrt(n)));
    }

    /**
     * Isotropic in the rest frame: the lab energy of a daughter, gamma E* + beta gamma p* cos(theta*),
     * is uniform between its two ends (chi-square of 20 bins, 20 dof, p = 0.001 at 45.3).
     */
    @Test
    void daughterEnergiesAreUniformBetweenTheirKinematicEnds() {
        TwoBodyDecay d = new TwoBodyDecay();
        SplittableRandom rng = new SplittableRandom(7);
        double m = 0.0167;
        double me = PhysicalConstants.ELECTRON_MASS;
        double e = 40;
        double pStar = Math.sqrt(m * m / 4 - me * me);
        double eStar = m / 2;
        double gamma = e / m;
        double betaGamma = Math.sqrt(gamma * gamma - 1);
        double lo = gamma * eStar - betaGamma * pStar;
        double hi = gamma * eStar + betaGamma * pStar;
        int n = 20_000;
        int[] bins = new int[20];
        for (int i = 0; i < n; i++) {
            d.decay(e, m, me, me, 0, 0, 1, rng);
            double e1 = d.out[0];
            assertThat(e1).isBetween(lo - 1e-9, hi + 1e-9);
            bins[Math.min(19, (int) ((e1 - lo) / (hi - lo) * 20))]++;
        }
        double chi2 = 0;
        for (int b : bins) {
            chi2 += Math.pow(b - n / 20.0, 2) / (n / 20.0);
        }
        assertThat(chi2).isLessThan(45.3);
    }

    /**
     * The opening angle: never below the symmetric decay's theta_min = 2 arcsin(m/E) (massless
     * daughters), and with the energy share x uniform, theta < 2 theta_min exactly where
     * x(1 - x) > 1/16 (small angles: theta^2 = m^2 / (E^2 x (1 - x))), a fraction sqrt(3)/2.
     */
    @Test
    void openingAnglesFollowFromTheEnergySharing() {
        TwoBodyDecay d = new TwoBodyDecay();
        SplittableRandom rng = new SplittableRandom(8);
        double m = 0.0167;
        double me = PhysicalConstants.ELECTRON_MASS;
        double e = 40;
        double thetaMin = 2 * Math.asin(m / e);
        int n = 20_000;
        int narrow = 0;
        for (int i = 0; i < n; i++) {
            d.decay(e, m, me, me, 0, 0, 1, rng);
            double[] o = d.out;
            double cos = o[1] * o[5] + o[2] * o[6] + o[3] * o[7];
            double theta = Math.acos(Math.min(1, cos));
            assertThat(theta).isGreaterThan(thetaMin * (1 - 2e-3)); // the electron mass lowers it by (m_e/m)^2
            narrow += theta < 2 * thetaMin ? 1 : 0;
        }
        double expected = Math.sqrt(3) / 2;
        assertThat((double) narrow / n).isCloseTo(expected, within(4 * Math.sqrt(expected * (1 - expected) / n)));
    }

    /** The decay points follow exp(-z/L), not only in their mean (chi-square of 20 bins up to 3 L). */
    @Test
    void decayPointsFollowTheExponentialLaw() {
        int n = 20_000;
        int[] bins = new int[20];
        int beyond = 0;
        for (double z : decayPoints(n, 52)) {
            if (z >= 3) {
                beyond++;
            } else {
                bins[(int) (z / 0.15)]++;
            }
        }
        double chi2 = 0;
        for (int b = 0; b < 20; b++) {
            double expected = n * (Math.exp(-0.15 * b) - Math.exp(-0.15 * (b + 1)));
            chi2 += Math.pow(bins[b] - expected, 2) / expected;
        }
        double tail = n * Math.exp(-3);
        chi2 += Math.pow(beyond - tail, 2) / tail;
        assertThat(chi2).isLessThan(47.0); // 21 bins, 21 dof, p = 0.001
    }

    /**
     * X forced to decay between 2 and 3 decay lengths: every decay in the window, every weight the
     * true probability e^-2 (1 - e^-1), and the mean decay point that of the exponential truncated
     * to the window, a + L - (b - a) e^-(b-a)/L / (1 - e^-(b-a)/L) = 2.418 L.
     */
    @Test
    void forcedDecaysFallInTheirWindowWithTheTrueProbabilityAsWeight() {
        DarkPhoton model = DarkPhoton.visible(0.0167, 1e-3);
        double energy = 50;
        double length = model.decays().labDecayLength(energy);
        Layout layout = new Layout(List.of(Volume.slab("far", 1e6, 1, 10, Materials.get("Pb"))));
        CascadeContext ctx = new CascadeContext(new CascadePhysics(layout, CascadeConfig.defaults()));
        DarkBosonHandler handler = new DarkBosonHandler(model, DarkBosonHandler.Fate.VISIBLE,
                new SignalDecayRegion(2 * length, 3 * length));
        EventTruth truth = new EventTruth();
        Track t = new Track();
        int n = 20000;
        double sum = 0;
        double sum2 = 0;
        double expectedWeight = Math.exp(-2) * (1 - Math.exp(-1));
        for (int i = 0; i < n; i++) {
            truth.clear();
            ctx.startEvent(RandomStreams.forEvent(7, i), truth);
            ctx.stack().push(ParticleType.DARK_BOSON, energy, model.mass(), 0, 0, 0, 0, 0, 1);
            ParticleStack s = ctx.stack();
            s.pop();
            t.load(s);
            handler.follow(t, ctx);
            double z = truth.decayZ / length;
            assertThat(z).isBetween(2.0, 3.0);
            assertThat(truth.weight).isCloseTo(expectedWeight, within(1e-12));
            sum += z;
            sum2 += z * z;
        }
        double mean = sum / n;
        double sigma = Math.sqrt((sum2 / n - mean * mean) / n);
        double expected = 2 + 1 - Math.exp(-1) / (1 - Math.exp(-1));
        assertThat(mean).isCloseTo(expected, within(4 * sigma));
    }

    @Test
    void anXMovingAwayFromItsWindowGetsWeightZero() {
        DarkPhoton model = DarkPhoton.visible(0.0167, 1e-3);
        Layout layout = new Layout(List.of(Volume.slab("far", 1e6, 1, 10, Materials.get("Pb"))));
        CascadeContext ctx = new CascadeContext(new CascadePhysics(layout, CascadeConfig.defaults()));
        DarkBosonHandler handler = new DarkBosonHandler(model, DarkBosonHandler.Fate.VISIBLE, new SignalDecayRegion(-20, -10));
        EventTruth truth = new EventTruth();
        ctx.startEvent(RandomStreams.forEvent(7, 0), truth);
        ctx.stack().push(ParticleType.DARK_BOSON, 50, model.mass(), 0, 0, 0, 0, 0, 1);
        Track t = new Track();
        ctx.stack().pop();
        t.load(ctx.stack());
        handler.follow(t, ctx);
        assertThat(truth.weight).isZero();
        assertThat(truth.decayZ).isNaN();
    }
}
