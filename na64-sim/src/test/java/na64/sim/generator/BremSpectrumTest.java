package na64.sim.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleUnaryOperator;
import na64.core.RandomStreams;
import na64.physics.Lepton;
import na64.physics.Mediator;
import na64.physics.brem.DarkBremSpectrum;
import org.junit.jupiter.api.Test;

/**
 * The x = E_X/E0 distribution of generated bremsstrahlung events against the physics library's
 * dsigma/dx: 20 bins of equal expected content (edges from the numerical integral of dsigma/dx,
 * not from the sampler), 20000 events, Pearson chi-square with 19 degrees of freedom, rejected
 * below a p-value of 1e-3 (chi^2 > 43.82, the 0.999 quantile of chi^2(19)).
 */
class BremSpectrumTest {
    private static final int BINS = 20;
    private static final int EVENTS = 20_000;
    private static final double CHI2_P_0001_DOF_19 = 43.82;

    /** x of each event read as E_X / E0 from the event record (particle 4 is X). */
    private static double[] xOfEvents(BremGenerator generator) {
        double[] x = new double[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            GeneratorEvent e = generator.event(i, RandomStreams.forEvent(11, i));
            GeneratorParticle boson = e.particles().get(4);
            assertThat(boson.pdg()).isEqualTo(5000022);
            x[i] = boson.e() / generator.beamEnergy();
        }
        return x;
    }

    /** Bin edges with equal shares of the integral of dsigma/dx over [xMin, xMax] (trapezoids in t = ln(1 - x)). */
    private static double[] equalContentEdges(DarkBremSpectrum s) {
        DoubleUnaryOperator f = s::dSigmaDx;
        int n = 400_000;
        double tLo = Math.log(1 - s.xMax());
        double tHi = Math.log(1 - s.xMin());
        double[] x = new double[n + 1];
        double[] cumulative = new double[n + 1];
        double previous = 0;
        for (int i = 0; i <= n; i++) {
            double t = tHi + (tLo - tHi) * i / n; // x increasing with i
            x[i] = 1 - Math.exp(t);
            double density = f.applyAsDouble(Math.min(Math.max(x[i], s.xMin() + 1e-15), s.xMax() - 1e-15)) * (1 - x[i]);
            if (i > 0) {
                cumulative[i] = cumulative[i - 1] + 0.5 * (density + previous) * (tHi - tLo) / n;
            }
            previous = density;
        }
        return EqualContentBins.edges(x, cumulative, BINS, s.xMin(), s.xMax());
    }

    @Test
    void electronDarkPhotonSpectrumFollowsDsigmaDx() {
        BremGenerator g = Processes.brem(Lepton.ELECTRON, Mediator.VECTOR, "Pb", 0.0167, 100, 1e-4, false);
        DarkBremSpectrum s = g.process().spectrum(g.target(), 0.0167, 100, 1e-4);
        double[] x = xOfEvents(g);
        double chi2 = EqualContentBins.chiSquare(x, equalContentEdges(s));
        assertThat(chi2).as("chi2 / 19 dof").isLessThan(CHI2_P_0001_DOF_19);
        // the test can fail: the same events against the spectrum of a ten times heavier X
        DarkBremSpectrum heavier = g.process().spectrum(g.target(), 0.167, 100, 1e-4);
        assertThat(EqualContentBins.chiSquare(x, equalContentEdges(heavier))).isGreaterThan(10 * CHI2_P_0001_DOF_19);
    }

    @Test
    void muonScalarSpectrumFollowsDsigmaDx() {
        BremGenerator g = Processes.brem(Lepton.MUON, Mediator.SCALAR, "Pb", 0.1, 160, 1e-3, false);
        DarkBremSpectrum s = g.process().spectrum(g.target(), 0.1, 160, 1e-3);
        assertThat(EqualContentBins.chiSquare(xOfEvents(g), equalContentEdges(s))).isLessThan(CHI2_P_0001_DOF_19);
    }
}
