package na64.sim.generator;

import static org.assertj.core.api.Assertions.assertThat;

import na64.core.RandomStreams;
import na64.physics.material.Element;
import na64.physics.primakoff.PrimakoffProduction;
import org.junit.jupiter.api.Test;

/**
 * The polar angle of the ALP in generated Primakoff events against the physics library's
 * dsigma/dtheta: 20 bins of equal expected content from the numerical integral of dsigma/dtheta,
 * 20000 events, chi-square with 19 degrees of freedom below 43.82 (p-value 1e-3).
 */
class PrimakoffAngleTest {
    private static final int BINS = 20;
    private static final int EVENTS = 20_000;
    private static final double CHI2_P_0001_DOF_19 = 43.82;

    /** Equal-content edges in theta of dsigma/dtheta on [0, thetaMax], by trapezoids in ln theta. */
    private static double[] edges(PrimakoffProduction p, Element element, double energy, double thetaMax) {
        int n = 200_000;
        double lo = Math.log(thetaMax * 1e-9);
        double hi = Math.log(thetaMax);
        double[] theta = new double[n + 1];
        double[] cumulative = new double[n + 1];
        double previous = 0;
        for (int i = 0; i <= n; i++) {
            theta[i] = Math.exp(lo + (hi - lo) * i / n);
            double density = p.dSigmaDTheta(element, energy, theta[i]) * theta[i];
            if (i > 0) {
                cumulative[i] = cumulative[i - 1] + 0.5 * (density + previous) * (hi - lo) / n;
            }
            previous = density;
        }
        return EqualContentBins.edges(theta, cumulative, BINS, 0, thetaMax);
    }

    @Test
    void alpAngleFollowsDsigmaDtheta() {
        double mass = 0.05;
        double energy = 50;
        PrimakoffGenerator g = Processes.primakoff(mass, 1e-3, "Pb", energy, false);
        Element pb = Processes.element("Pb");
        PrimakoffProduction p = PrimakoffProduction.of(mass, 1e-3);
        double[] theta = new double[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            GeneratorParticle a = g.event(i, RandomStreams.forEvent(13, i)).particles().get(2);
            assertThat(a.pdg()).isEqualTo(5000022);
            theta[i] = Math.atan2(Math.hypot(a.px(), a.py()), a.pz());
        }
        // the library's sampler stops at t = 100 t_d, which carries < 1e-4 of the cross section
        double p2 = (energy - mass) * (energy + mass);
        double thetaMax = Math.sqrt((100 * PrimakoffProduction.nuclearScale(pb) - p.tMin(energy)) / p2);
        assertThat(EqualContentBins.chiSquare(theta, edges(p, pb, energy, thetaMax))).isLessThan(CHI2_P_0001_DOF_19);
        // and fails for the angles of a 10 times heavier ALP
        PrimakoffProduction heavy = PrimakoffProduction.of(10 * mass, 1e-3);
        assertThat(EqualContentBins.chiSquare(theta, edges(heavy, pb, energy, thetaMax))).isGreaterThan(10 * CHI2_P_0001_DOF_19);
    }
}
