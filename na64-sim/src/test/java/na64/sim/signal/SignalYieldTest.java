package na64.sim.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import na64.core.RandomStreams;
import na64.physics.Lepton;
import na64.physics.Mediator;
import na64.physics.brem.Approximation;
import na64.physics.brem.DarkBrem;
import na64.physics.brem.FluxModel;
import na64.physics.material.Material;
import na64.physics.model.DarkMatterType;
import na64.physics.model.DarkPhoton;
import na64.physics.model.DarkSector;
import na64.sim.cascade.Blocks;
import na64.sim.cascade.Cascade;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.Layout;
import na64.sim.event.EventTruth;
import na64.physics.ParticleType;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/** The dark-photon yield of the cascade: biased emission, track-length estimate, primary electron. */
class SignalYieldTest {
    private static final double E0 = 100;
    private static final double MASS = 0.1;
    private static final double EPS = 1e-4;
    private static final double MIN = 50;

    @Test
    void biasedEmissionAgreesWithTheTrackLengthYieldAndExceedsThePrimaryElectron() {
        Layout layout = Blocks.ecal(0.1);
        CascadePhysics physics = new CascadePhysics(layout, CascadeConfig.defaults());
        DarkPhoton model = new DarkPhoton(MASS, EPS, DarkSector.withMassRatio(0.1, MASS, 3, DarkMatterType.DIRAC));
        // B chosen so that about half of the events emit: exact weights keep the estimate unbiased
        RareProcessModel rare = RareProcessModel.builder(physics).signal(model, false, 6e10).build();
        DarkBrem brem = DarkBrem.of(Lepton.ELECTRON, Mediator.VECTOR, Approximation.ETL, FluxModel.ELASTIC);
        DarkBremYield expected = new DarkBremYield(physics, brem, MASS, EPS, MIN, 0);
        CascadeContext ctx = new CascadeContext(physics);
        BiasedProcesses processes = rare.newProcesses(na64.sim.cascade.HadronicInteraction.LOCAL);
        ctx.setRare(processes);
        Cascade cascade = new Cascade(ctx, Map.of(ParticleType.DARK_BOSON,
                new DarkBosonHandler(model, DarkBosonHandler.Fate.INVISIBLE)));
        // the track-length estimate needs unperturbed showers: a separate run without signal
        CascadeContext plain = new CascadeContext(physics);
        plain.setObserver(expected);
        Cascade plainCascade = Cascade.electromagnetic(plain);
        EventTruth truth = new EventTruth();
        int n = 3000;
        double sw = 0;
        double sw2 = 0;
        double st = 0;
        double st2 = 0;
        int emitted = 0;
        for (int i = 0; i < n; i++) {
            truth.clear();
            ctx.startEvent(RandomStreams.forEvent(21, i), truth);
            ctx.stack().push(ParticleType.ELECTRON, E0, 0, 0, -1e-6, 0, 0, 1);
            cascade.run();
            processes.endEvent(ctx);
            double w = truth.emission != EventTruth.Emission.NONE && truth.emissionEnergy > MIN ? truth.weight : 0;
            emitted += truth.emission != EventTruth.Emission.NONE ? 1 : 0;
            sw += w;
            sw2 += w * w;
            plain.startEvent(RandomStreams.forEvent(22, i), null);
            plain.stack().push(ParticleType.ELECTRON, E0, 0, 0, -1e-6, 0, 0, 1);
            plainCascade.run();
            double y = expected.takeEvent();
            st += y;
            st2 += y * y;
            // energy bookkeeping with the emission
            double balance = ctx.calorimetry().deposited() + ctx.calorimetry().leaked() + ctx.restEnergyKept()
                    + ctx.invisibleEnergy();
            assertThat(balance).isCloseTo(E0, within(1e-9));
        }
        double eps2 = EPS * EPS;
        double biased = sw / n / eps2;
        double biasedErr = Math.sqrt(sw2 / n - (sw / n) * (sw / n)) / Math.sqrt(n) / eps2;
        double trackLength = st / n / eps2;
        double trackLengthErr = Math.sqrt(st2 / n - (st / n) * (st / n)) / Math.sqrt(n) / eps2;
        assertThat(emitted).isBetween(n / 4, 3 * n / 4);
        assertThat(biased).isCloseTo(trackLength, within(3.5 * Math.hypot(biasedErr, trackLengthErr)));
        assertThat(biasedErr / biased).isLessThan(0.1);

        // the primary electron alone (Tsai's I_e(E0, E, t) integrated over the depth, guide sec. 6)
        double primary = primaryElectronYield(brem, Blocks.ECAL) / eps2;
        assertThat(trackLength).isGreaterThan(primary);
        // secondaries add ~10 % (guide sec. 6): allow 0 - 30 %
        assertThat(trackLength / primary).isBetween(1.0, 1.3);
        // and C = N m^2/(eps^2 m_e^2) of 4-6 (+ secondaries) for the primary electron
        double me = na64.physics.PhysicalConstants.ELECTRON_MASS;
        assertThat(primary * MASS * MASS / (me * me)).isBetween(4.0, 6.5);
    }

    /**
     * N/EOT of the primary electron: int dE T_1(E) Sigma_>(E), T_1(E) = X0 int_0^inf I_e(E0, E, t) dt,
     * I_e = (1/E0) [ln(E0/E)]^(bt-1)/Gamma(bt), b = 4/3.
     */
    static double primaryElectronYield(DarkBrem brem, Material m) {
        double x0 = m.radiationLengthCm();
        double b = 4.0 / 3.0;
        double sum = 0;
        int ne = 400;
        for (int i = 0; i < ne; i++) {
            double e = MIN + (E0 - MIN) * (i + 0.5) / ne;
            double de = (E0 - MIN) / ne;
            double l = Math.log(E0 / e);
            double tSum = 0;
            int nt = 4000;
            double tMax = 40;
            for (int j = 0; j < nt; j++) {
                double t = tMax * (j + 0.5) / nt;
                double bt = b * t;
                tSum += Math.exp((bt - 1) * Math.log(l) - Gamma.logGamma(bt)) * tMax / nt;
            }
            double track = x0 * tSum / E0;
            double sigma = 0;
            for (Material.Component c : m.composition()) {
                sigma += c.atomsPerCm3() * DarkBremYield.above(brem, c.element(), MASS, e, EPS, MIN / e) * 1e-36;
            }
            sum += track * sigma * de;
        }
        return sum;
    }
}
