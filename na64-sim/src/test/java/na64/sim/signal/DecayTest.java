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

    @Test
    void visibleBosonsDecayAfterTheirLabDecayLength() {
        // X -> e+e- with L = beta gamma c tau: the mean z of the decays is L (no setup in the way)
        DarkPhoton model = DarkPhoton.visible(0.0167, 1e-3);
        Layout layout = new Layout(List.of(Volume.slab("far", 1e6, 1, 10, Materials.get("Pb"))));
        CascadeContext ctx = new CascadeContext(new CascadePhysics(layout, CascadeConfig.defaults()));
        DarkBosonHandler handler = new DarkBosonHandler(model, DarkBosonHandler.Fate.VISIBLE);
        EventTruth truth = new EventTruth();
        double energy = 50;
        double length = model.decays().labDecayLength(energy);
        int n = 20_000;
        double sum = 0;
        Track t = new Track();
        for (int i = 0; i < n; i++) {
            truth.clear();
            ctx.startEvent(RandomStreams.forEvent(51, i), truth);
            ctx.stack().push(ParticleType.DARK_BOSON, energy, model.mass(), 0, 0, 0, 0, 0, 1);
            ParticleStack s = ctx.stack();
            s.pop();
            t.load(s);
            handler.follow(t, ctx);
            sum += truth.decayZ;
            // two leptons of total energy E on the stack
            s.pop();
            double e1 = s.popEnergy;
            s.pop();
            assertThat(e1 + s.popEnergy).isCloseTo(energy, within(1e-9));
        }
        assertThat(sum / n).isCloseTo(length, within(5 * length / Math.sqrt(n)));
    }
}
