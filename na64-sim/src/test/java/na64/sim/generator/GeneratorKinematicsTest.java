package na64.sim.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import na64.core.RandomStreams;
import na64.physics.Lepton;
import na64.physics.Mediator;
import na64.physics.PhysicalConstants;
import org.junit.jupiter.api.Test;

/** Energy-momentum conservation, mass shells and the event structure of the generated events. */
class GeneratorKinematicsTest {
    private static final double TOLERANCE = 1e-9;

    /** Every vertex: the four-momenta of its incoming particles equal those of the particles leaving it; all on their mass shell. */
    private static void assertConserves(EmissionProcess process, int events, double scale) {
        for (long i = 0; i < events; i++) {
            GeneratorEvent e = process.event(i, RandomStreams.forEvent(7, i));
            double[] in = new double[4];
            double[] out = new double[4];
            for (GeneratorParticle p : e.particles()) {
                double[] sum = p.status() == GeneratorParticle.INCOMING ? in : p.status() == GeneratorParticle.FINAL ? out : null;
                if (sum != null) {
                    sum[0] += p.px();
                    sum[1] += p.py();
                    sum[2] += p.pz();
                    sum[3] += p.e();
                }
                // E^2 - p^2 = m^2, to double precision relative to E^2 (sqrt(E^2 - p^2) would amplify rounding for m << E)
                double m2 = (p.e() - p.momentum()) * (p.e() + p.momentum());
                assertThat(m2).as("mass shell of %d in event %d", p.pdg(), i)
                        .isCloseTo(p.mass() * p.mass(), within(1e-12 * p.e() * p.e() + TOLERANCE * p.mass() * p.mass()));
            }
            for (int k = 0; k < 4; k++) {
                assertThat(out[k]).as("component %d of event %d of %s", k, i, process.name()).isCloseTo(in[k], within(TOLERANCE * scale));
            }
            for (int v = 0; v < e.vertices().size(); v++) {
                double[] vin = new double[4];
                double[] vout = new double[4];
                for (int index : e.vertices().get(v).incoming()) {
                    add(vin, e.particles().get(index));
                }
                for (GeneratorParticle p : e.particles()) {
                    if (p.productionVertex() == v) {
                        add(vout, p);
                    }
                }
                for (int k = 0; k < 4; k++) {
                    assertThat(vout[k]).as("vertex %d of event %d", v, i).isCloseTo(vin[k], within(TOLERANCE * scale));
                }
            }
        }
    }

    private static void add(double[] sum, GeneratorParticle p) {
        sum[0] += p.px();
        sum[1] += p.py();
        sum[2] += p.pz();
        sum[3] += p.e();
    }

    @Test
    void electronBremsstrahlungWithVisibleDecayConserves() {
        BremGenerator brem = Processes.brem(Lepton.ELECTRON, Mediator.VECTOR, "Pb", 0.0167, 100, 1e-4, true);
        assertConserves(brem, 2000, 100);
        GeneratorEvent e = brem.event(0, RandomStreams.forEvent(7, 0));
        // e- Pb -> e- Pb X, X -> e+ e-: 2 in, 3 out of the emission, 2 from the decay
        assertThat(e.particles()).hasSize(7);
        assertThat(e.vertices()).hasSize(2);
        assertThat(e.particles().stream().map(GeneratorParticle::pdg).toList())
                .containsExactly(11, 1000822070, 11, 1000822070, 5000022, 11, -11);
        assertThat(e.particles().get(4).status()).isEqualTo(GeneratorParticle.DECAYED);
        assertThat(e.weight()).isEqualTo(brem.crossSectionPb()).isPositive();
    }

    @Test
    void muonAndScalarBremsstrahlungConserve() {
        assertConserves(Processes.brem(Lepton.MUON, Mediator.VECTOR, "Pb", 0.1, 160, 1e-3, false), 300, 160);
        assertConserves(Processes.brem(Lepton.POSITRON, Mediator.SCALAR, "W", 0.05, 50, 1e-4, true), 300, 50);
    }

    @Test
    void annihilationMakesXOfMassSqrtS() {
        double mass = 0.225;
        double eR = (mass * mass - 2 * PhysicalConstants.ELECTRON_MASS * PhysicalConstants.ELECTRON_MASS)
                / (2 * PhysicalConstants.ELECTRON_MASS);
        AnnihilationGenerator a = Processes.annihilation(mass, eR, 1e-3, true);
        assertConserves(a, 500, eR);
        GeneratorEvent e = a.event(3, RandomStreams.forEvent(7, 3));
        GeneratorParticle x = e.particles().get(2);
        assertThat(x.pdg()).isEqualTo(5000022);
        assertThat(x.mass()).isCloseTo(mass, within(1e-12));
        assertThat(x.e()).isCloseTo(eR + PhysicalConstants.ELECTRON_MASS, within(1e-12));
    }

    @Test
    void primakoffAlpDecaysToTwoPhotonsAndConserves() {
        PrimakoffGenerator p = Processes.primakoff(0.05, 1e-3, "Pb", 50, true);
        assertConserves(p, 1000, 50);
        GeneratorEvent e = p.event(1, RandomStreams.forEvent(7, 1));
        List<Integer> pdg = e.particles().stream().map(GeneratorParticle::pdg).toList();
        assertThat(pdg).containsExactly(22, 1000822070, 5000022, 1000822070, 22, 22);
    }

    /**
     * A massless particle along an angle theta off a nucleus at rest (gamma N -> gamma N) has, by
     * Compton's formula, E' = E / (1 + (E/M)(1 - cos theta)): an expectation independent of the solver.
     */
    @Test
    void recoilSolverReproducesComptonFormula() {
        double bigM = 193.7;
        for (double e : new double[] {0.5, 50, 5000}) {
            for (double theta : new double[] {1e-6, 1e-3, 0.3, 2.5}) {
                double p = RecoilSolver.momentumAlong(e, bigM, 0, 0, e, Math.sin(theta), 0, Math.cos(theta), 0);
                double compton = e / (1 + e / bigM * (1 - Math.cos(theta)));
                assertThat(p).as("E = %g, theta = %g", e, theta).isCloseTo(compton, within(1e-12 * e));
            }
        }
        // a heavy particle cannot take more energy than is there
        assertThat(RecoilSolver.momentumAlong(1, bigM, 0, 0, 1, 0, 0, 1, 2)).isNaN();
    }
}
