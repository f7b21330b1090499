package na64.sim.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import na64.core.RandomStreams;
import na64.physics.PhysicalConstants;
import na64.physics.annihilation.ResonantAnnihilation;
import na64.physics.model.DarkMatterType;
import na64.physics.model.DarkPhoton;
import na64.physics.model.DarkSector;
import na64.sim.cascade.Blocks;
import na64.sim.cascade.Cascade;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.HadronicInteraction;
import na64.sim.event.EventTruth;
import na64.physics.ParticleType;
import org.junit.jupiter.api.Test;

class AnnihilationTest {

    @Test
    void breitWignerCumulativeIntegratesTheCrossSection() {
        // int sigma dE over [E_a, E_b] = I [G(E_b) - G(E_a)], for a broad and a narrow resonance
        for (double alphaD : new double[] {0.5, 1e-6}) {
            double m = 0.05;
            DarkPhoton model = new DarkPhoton(m, 1e-3, DarkSector.withMassRatio(alphaD, m, 3, DarkMatterType.DIRAC));
            ResonantAnnihilation ra = new ResonantAnnihilation(model);
            BreitWigner bw = new BreitWigner(m, model.decays().total());
            double er = ra.resonanceEnergy();
            double width = Math.max(ra.resonanceWidthInEnergy(), 1e-9 * er);
            double a = er - 3 * width;
            double b = er + 2 * width;
            int n = 200_000;
            double h = (b - a) / n;
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += ra.sigmaPerElectronPb(a + (i + 0.5) * h, null) * h;
            }
            double viaG = ra.narrowWidthIntegralPerElectron(null) * (bw.cumulative(b) - bw.cumulative(a));
            assertThat(viaG).isCloseTo(s, within(2e-3 * s));
            assertThat(bw.energyAt(bw.cumulative(1.01 * er))).isCloseTo(1.01 * er, within(1e-9 * er));
        }
    }

    /** Mean expected (unbiased) annihilations per 100 GeV electron shower in the ECAL, with the given cut. */
    private static double meanAnnihilations(double mass, double cut, int events) {
        CascadePhysics physics = new CascadePhysics(Blocks.ecal(0.1), CascadeConfig.defaults().withCut(cut));
        DarkPhoton model = new DarkPhoton(mass, 1e-4, DarkSector.withMassRatio(0.1, mass, 3, DarkMatterType.DIRAC));
        RareProcessModel with = RareProcessModel.builder(physics).signal(model, true, 1).build();
        RareProcessModel without = RareProcessModel.builder(physics).signal(model, false, 1).build();
        double sum = 0;
        for (RareProcessModel rare : new RareProcessModel[] {with, without}) {
            CascadeContext ctx = new CascadeContext(physics);
            BiasedProcesses p = rare.newProcesses(HadronicInteraction.LOCAL);
            ctx.setRare(p);
            Cascade cascade = Cascade.electromagnetic(ctx);
            double depth = 0;
            for (int i = 0; i < events; i++) {
                ctx.startEvent(RandomStreams.forEvent(31, i), null);
                ctx.stack().push(ParticleType.ELECTRON, 100, 0, 0, -1e-6, 0, 0, 1);
                cascade.run();
                depth += p.signalGroup().biasedDepth();
            }
            // with bias 1 the group's depth is the expected number of emissions; the difference is annihilation
            sum += (rare == with ? 1 : -1) * depth / events;
        }
        return sum;
    }

    @Test
    void parameterisedShowersAnnihilateAsTheExplicitCascade() {
        // E_R = 1 GeV: followed explicitly with a 0.3 GeV cut, inside parameterised showers with a 3 GeV cut
        double er = 1.0;
        double me = PhysicalConstants.ELECTRON_MASS;
        double mass = Math.sqrt(2 * me * er + 2 * me * me);
        double explicit = meanAnnihilations(mass, 0.3, 300);
        double parameterised = meanAnnihilations(mass, 3.0, 300);
        assertThat(explicit).isPositive();
        assertThat(parameterised).isCloseTo(explicit, within(0.12 * explicit));
    }

    @Test
    void restrictedBreitWignerDrawStaysInsideItsInterval() {
        // a broad resonance (alpha_D = 0.5: Gamma/m ~ 0.2) puts 5 % of G below E+ = m_e
        double m = 0.05;
        DarkPhoton model = new DarkPhoton(m, 1e-3, DarkSector.withMassRatio(0.5, m, 3, DarkMatterType.DIRAC));
        BreitWigner bw = new BreitWigner(m, model.decays().total());
        double me = PhysicalConstants.ELECTRON_MASS;
        double er = (m * m - 2 * me * me) / (2 * me);
        assertThat(bw.cumulative(me)).isGreaterThan(0.01);
        for (double u : new double[] {0, 1e-300, 1e-3, 0.5, 0.999, Math.nextDown(1.0)}) {
            assertThat(bw.energyBetween(m - me, 3 * er, u)).isBetween(m - me, 3 * er);
        }
        // far from both edges of a narrow resonance the median is E_R (G(E_R) = 1/2 exactly)
        BreitWigner narrow = new BreitWigner(m, 1e-6 * m);
        assertThat(narrow.energyBetween(me, 100 * er, 0.5)).isCloseTo(er, within(1e-4 * er));
    }

    @Test
    void everyAnnihilationInsideAShowerMakesAnXAboveItsMass() {
        // E_R = 2.4 GeV under the 3 GeV cut: annihilations come from parameterised showers, whose
        // positron energy was drawn from the whole Breit-Wigner (E+ < m_e, E_X < m_X in 5 % of them)
        double m = 0.05;
        double me = PhysicalConstants.ELECTRON_MASS;
        CascadePhysics physics = new CascadePhysics(Blocks.ecal(0.1), CascadeConfig.defaults().withCut(3.0));
        DarkPhoton model = new DarkPhoton(m, 1e-4, DarkSector.withMassRatio(0.5, m, 3, DarkMatterType.DIRAC));
        RareProcessModel rare = RareProcessModel.builder(physics).signal(model, true, 1e10, 99).build();
        CascadeContext ctx = new CascadeContext(physics);
        ctx.setRare(rare.newProcesses(HadronicInteraction.LOCAL));
        Cascade cascade = Cascade.electromagnetic(ctx);
        EventTruth truth = new EventTruth();
        int annihilations = 0;
        for (int i = 0; i < 400; i++) {
            truth.clear();
            ctx.startEvent(RandomStreams.forEvent(7, i), truth);
            ctx.stack().push(ParticleType.ELECTRON, 100, 0, 0, -1e-6, 0, 0, 1);
            cascade.run();
            if (truth.emission == EventTruth.Emission.ANNIHILATION) {
                annihilations++;
                assertThat(truth.emitterEnergy).as("positron energy, event %d", i).isGreaterThanOrEqualTo(m - me);
                assertThat(truth.emissionEnergy).as("X energy, event %d", i).isGreaterThanOrEqualTo(m);
                assertThat(truth.weight).as("weight, event %d", i).isFinite().isPositive();
            }
        }
        assertThat(annihilations).isGreaterThan(100);
    }
}
