package na64.sim.spectrometer;

import na64.sim.event.EnergyDeposits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import na64.core.RandomStreams;
import na64.physics.PhysicalConstants;
import na64.sim.beam.Track;
import na64.sim.event.EventRecord;
import na64.physics.ParticleType;
import na64.detector.Setup;
import org.junit.jupiter.api.Test;

class SynchrotronRadiationTest {

    @Test
    void criticalEnergyOfElectronsMatchesThePracticalFormula() {
        // E_c[keV] = 0.665 E^2[GeV] B[T] (PDG, synchrotron radiation)
        for (double e : new double[] {20, 100, 150}) {
            for (double b : new double[] {0.5, 1.75}) {
                double rho = MagnetOptics.radiusCm(e, b);
                double ec = SynchrotronRadiation.criticalEnergy(e, PhysicalConstants.ELECTRON_MASS, rho);
                assertThat(ec).isCloseTo(0.665e-6 * e * e * b, within(0.002 * ec));
            }
        }
    }

    @Test
    void universalFunctionMatchesTabulatedValues() {
        // F(x) = x int_x^inf K_5/3: 0.4450 at 0.01, 0.8182 at 0.1, 0.9180 at its maximum x = 0.2858,
        // 0.6514 at 1 (standard tables of the synchrotron function, e.g. H. Wiedemann, Particle
        // Accelerator Physics, 4th ed., sec. 24; Jackson 14.6)
        assertThat(0.01 * SynchrotronRadiation.integratedK53(0.01)).isCloseTo(0.4450, within(0.0015));
        assertThat(0.1 * SynchrotronRadiation.integratedK53(0.1)).isCloseTo(0.8182, within(0.0015));
        assertThat(0.2858 * SynchrotronRadiation.integratedK53(0.2858)).isCloseTo(0.9180, within(0.0015));
        assertThat(SynchrotronRadiation.integratedK53(1)).isCloseTo(0.6514, within(0.0015));
        // normalisation of the number spectrum: int_0^inf (3/5pi) int_x K_5/3 = 1
        assertThat(SynchrotronRadiation.tabulatedNormalisation()).isCloseTo(1.0, within(2e-3));
    }

    @Test
    void sampledPhotonEnergiesFollowTheSpectrum() {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 400_000;
        double[] edges = {0, 1e-3, 1e-2, 0.05, 0.1, 0.2, 0.4, 0.7, 1, 1.5, 2.5, 4, 100};
        int[] h = new int[edges.length - 1];
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            double x = SynchrotronRadiation.sampleX(rng);
            sum += x;
            sum2 += x * x;
            for (int b = 0; b < h.length; b++) {
                if (x < edges[b + 1]) {
                    h[b]++;
                    break;
                }
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(sum2 / n - mean * mean);
        assertThat(mean).isCloseTo(SynchrotronRadiation.meanEnergyOverCritical(), within(4 * sd / Math.sqrt(n) + 1e-3));
        double chi2 = 0;
        for (int b = 0; b < h.length; b++) {
            double expected = n * integral(edges[b], Math.min(edges[b + 1], 60));
            chi2 += (h[b] - expected) * (h[b] - expected) / expected;
        }
        assertThat(chi2).isLessThan(31.3); // 11 dof, p = 0.001
    }

    /** int_a^b of the number spectrum, by the trapezoid rule in ln x (and the x^(-2/3) limit near 0). */
    private static double integral(double a, double b) {
        if (a == 0) {
            double x0 = 1e-8;
            return 3 * x0 * SynchrotronRadiation.spectrum(x0) + integral(x0, b);
        }
        int steps = 400;
        double h = Math.log(b / a) / steps;
        double s = 0;
        for (int i = 0; i <= steps; i++) {
            double x = a * Math.exp(i * h);
            double w = i == 0 || i == steps ? 0.5 : 1;
            s += w * x * SynchrotronRadiation.spectrum(x);
        }
        return s * h;
    }

    @Test
    void photonsPerEventAndRadiatedEnergyFollowTheClassicalFormulas() {
        // one 2 m, 1.75 T dipole, 100 GeV electrons: N = 5/(2 sqrt 3) alpha gamma theta,
        // <E> = N 8/(15 sqrt 3) E_c
        Setup setup = TestSetups.of("e-", 100, "magnets: [{name: M, zFront: 100, length: 200, field: 1.75, "
                + "aperture: {pitchX: 400, pitchY: 400}}]\n");
        for (ParticleType type : new ParticleType[] {ParticleType.ELECTRON, ParticleType.PION_MINUS}) {
            BeamLineTransport transport = BeamLineTransport.upstream(setup);
            TransportState state = new TransportState();
            EventRecord event = new EventRecord(EnergyDeposits.forSetup(setup));
            int n = 4000;
            double photons = 0;
            double energy = 0;
            double energy2 = 0;
            double p = 100;
            double e0 = Math.sqrt(p * p + type.mass() * type.mass());
            for (int i = 0; i < n; i++) {
                event.reset(i);
                state.reset(RandomStreams.forEvent(3, i), event, 1);
                Track t = Track.of(type, e0, 0, 0, 0, 0, 0, 0, 0);
                transport.transport(t, state);
                photons += event.truth().synchrotronPhotons;
                energy += event.truth().synchrotronEnergy;
                energy2 += event.truth().synchrotronEnergy * event.truth().synchrotronEnergy;
                assertThat(state.photons().size()).isEqualTo(event.truth().synchrotronPhotons);
            }
            double gamma = e0 / type.mass();
            double theta = MagnetOptics.bendingAngle(3.5, p);
            double rho = MagnetOptics.radiusCm(p, 1.75);
            double expectedN = 5 / (2 * Math.sqrt(3)) * PhysicalConstants.ALPHA * gamma * theta;
            double expectedE = expectedN * SynchrotronRadiation.meanEnergyOverCritical()
                    * SynchrotronRadiation.criticalEnergy(e0, type.mass(), rho);
            double meanN = photons / n;
            assertThat(meanN).as(type + " photons").isCloseTo(expectedN, within(4 * Math.sqrt(expectedN / n) + 1e-3));
            double meanE = energy / n;
            double sdE = Math.sqrt(energy2 / n - meanE * meanE);
            assertThat(meanE).as(type + " energy").isCloseTo(expectedE, within(4 * sdE / Math.sqrt(n) + 1e-12));
            if (type == ParticleType.ELECTRON) {
                assertThat(expectedN).isCloseTo(21.63, within(0.01)); // 3.5 T m at 100 GeV: 1.4434 x 195695/137.036 x 0.010493
            } else {
                // a pion of the same momentum: ~m_e/m_pi as many photons, E_c smaller by (m_e/m_pi)^3
                assertThat(meanE).isLessThan(1e-8);
            }
        }
    }
}
