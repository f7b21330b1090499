package na64.sim.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import na64.core.RandomStreams;
import na64.physics.material.Material;
import na64.physics.sm.DimuonProduction;
import na64.sim.cascade.Blocks;
import na64.sim.cascade.Cascade;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.CascadeObserver;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.HadronicInteraction;
import na64.sim.cascade.Layout;
import na64.sim.cascade.ParticleHandler;
import na64.sim.event.EventTruth;
import na64.physics.ParticleType;
import org.junit.jupiter.api.Test;

class DimuonTest {

    @Test
    void dimuonYieldPerElectronIsThePhotonTrackLengthTimesTheCrossSection() {
        Layout layout = Blocks.ecal(0.1);
        Material ecal = Blocks.ECAL;
        CascadePhysics physics = new CascadePhysics(layout, CascadeConfig.defaults().withCut(0.4));
        double bias = 5e3;
        RareProcessModel rare = RareProcessModel.builder(physics).dimuon(bias).build();
        CascadeContext ctx = new CascadeContext(physics);
        BiasedProcesses p = rare.newProcesses(HadronicInteraction.LOCAL);
        ctx.setRare(p);
        double[] expected = new double[1];
        // the photon track length of unperturbed showers (a separate run without dimuons) times the cross section
        CascadeContext plain = new CascadeContext(physics);
        Cascade plainCascade = Cascade.electromagnetic(plain);
        plain.setObserver(new CascadeObserver() {
            @Override
            public void photonStep(int volume, double k, double length) {
                expected[0] += length * ecal.macroscopic(el -> DimuonProduction.sigmaPb(el, k));
            }
        });
        ParticleHandler nothing = (t, c) -> c.calorimetry().leak(t.energy);
        Cascade cascade = new Cascade(ctx, Map.of(ParticleType.MUON, nothing, ParticleType.ANTIMUON, nothing));
        EventTruth truth = new EventTruth();
        int n = 6000;
        double sw = 0;
        double sw2 = 0;
        for (int i = 0; i < n; i++) {
            truth.clear();
            ctx.startEvent(RandomStreams.forEvent(41, i), truth);
            ctx.stack().push(ParticleType.ELECTRON, 100, 0, 0, -1e-6, 0, 0, 1);
            cascade.run();
            p.endEvent(ctx);
            double w = truth.dimuon ? truth.weight : 0;
            sw += w;
            sw2 += w * w;
            plain.startEvent(RandomStreams.forEvent(42, i), null);
            plain.stack().push(ParticleType.ELECTRON, 100, 0, 0, -1e-6, 0, 0, 1);
            plainCascade.run();
        }
        double yield = sw / n;
        double err = Math.sqrt(sw2 / n - yield * yield) / Math.sqrt(n);
        double trackLengthYield = expected[0] / n;
        assertThat(yield).isCloseTo(trackLengthYield, within(3.5 * err + 0.02 * trackLengthYield));
        // Rossi approximation A for the photon track length, T(k) dk = 0.572 X0 E0 dk/k^2, above the threshold
        double x0 = ecal.radiationLengthCm();
        double analytic = 0;
        int m = 20_000;
        double lo = Math.log(DimuonProduction.threshold());
        double hi = Math.log(100);
        double h = (hi - lo) / m;
        for (int i = 0; i < m; i++) {
            double k = Math.exp(lo + (i + 0.5) * h);
            analytic += 0.572 * x0 * 100 / (k * k) * ecal.macroscopic(el -> DimuonProduction.sigmaPb(el, k)) * k * h;
        }
        assertThat(yield).isCloseTo(analytic, within(0.12 * analytic));
    }
}
