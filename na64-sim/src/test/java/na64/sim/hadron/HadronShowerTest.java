package na64.sim.hadron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import na64.core.RandomStreams;
import na64.physics.material.Material;
import na64.physics.material.Materials;
import na64.sim.cascade.Cascade;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.Layout;
import na64.sim.cascade.ParticleHandler;
import na64.sim.cascade.Volume;
import na64.sim.muon.ChargedTransport;
import na64.sim.muon.HeavyMedia;
import na64.physics.ParticleType;
import org.junit.jupiter.api.Test;

class HadronShowerTest {

    @Test
    void neutralsPunchThroughWithProbabilityExpMinusLOverLambda() {
        Material iron = Materials.get("iron");
        double lambda = iron.nuclearInteractionLengthCm();
        double length = 1.5 * lambda;
        Layout layout = new Layout(List.of(Volume.slab("iron", 0, length, 1e4, iron)));
        CascadeContext ctx = new CascadeContext(new CascadePhysics(layout, CascadeConfig.defaults()));
        HadronHandler h = new HadronHandler(new ChargedTransport(layout, new HeavyMedia(layout)),
                new HadronShower(layout, HadronShowerParameters.defaults()));
        Cascade cascade = new Cascade(ctx, Map.of(ParticleType.NEUTRON, h));
        int n = 20_000;
        int through = 0;
        for (int i = 0; i < n; i++) {
            ctx.startEvent(RandomStreams.forEvent(71, i), null);
            ctx.stack().push(ParticleType.NEUTRON, 30, 0, 0, -1e-6, 0, 0, 1);
            cascade.run();
            if (ctx.calorimetry().deposited() == 0) {
                through++;
            }
        }
        double p = Math.exp(-1.5);
        assertThat((double) through / n).isCloseTo(p, within(5 * Math.sqrt(p * (1 - p) / n)));
    }

    /** Pions on an iron slab of one interaction length, with or without forced punch-through. */
    private static final class PunchThroughRun implements na64.sim.cascade.CascadeObserver {
        final CascadeContext ctx;
        final Cascade cascade;
        final ForcedPunchThrough.Event forced;
        double leadingKineticMin;
        boolean seen;

        /** @param region the forced interaction region, null: natural */
        PunchThroughRun(double lengthCm, ForcedPunchThrough region) {
            Material iron = Materials.get("iron");
            Layout layout = new Layout(List.of(Volume.slab("iron", 0, lengthCm, 1e4, iron)));
            ctx = new CascadeContext(new CascadePhysics(layout, CascadeConfig.defaults()));
            ctx.setObserver(this);
            ChargedTransport transport = new ChargedTransport(layout, new HeavyMedia(layout));
            HadronShower shower = new HadronShower(layout, HadronShowerParameters.defaults());
            forced = region == null ? null : new ForcedPunchThrough.Event(region);
            shower.force(forced);
            HadronHandler h = new HadronHandler(transport, shower);
            Map<ParticleType, ParticleHandler> handlers = new java.util.EnumMap<>(ParticleType.class);
            for (ParticleType t : ParticleType.values()) {
                if (t.isHadron()) {
                    handlers.put(t, h);
                }
            }
            cascade = new Cascade(ctx, handlers);
        }

        @Override
        public void left(ParticleType type, double energy) {
            if ((type == ParticleType.NEUTRON || type == ParticleType.KAON_LONG) && energy - type.mass() > leadingKineticMin) {
                seen = true;
            }
        }

        /** {sum of weights, sum of squared weights} of the events in which a fast neutral left the slab. */
        double[] run(int events, long seed) {
            double sum = 0;
            double sum2 = 0;
            for (int i = 0; i < events; i++) {
                ctx.startEvent(RandomStreams.forEvent(seed, i), null);
                if (forced != null) {
                    forced.startEvent();
                }
                seen = false;
                ctx.stack().push(ParticleType.PION_MINUS, 100, 0, 0, -1e-6, 0, 0, 1);
                cascade.run();
                double balance = ctx.calorimetry().deposited() + ctx.calorimetry().leaked() + ctx.restEnergyKept() + ctx.invisibleEnergy();
                assertThat(balance).isCloseTo(100, within(1e-9));
                double w = forced == null ? 1 : forced.weight();
                if (seen) {
                    sum += w;
                    sum2 += w * w;
                }
            }
            return new double[] {sum / events, Math.sqrt(sum2) / events};
        }
    }

    @Test
    void forcedPunchThroughReproducesTheNaturalRateOfEscapingLeadingNeutrals() {
        double lambda = Materials.get("iron").nuclearInteractionLengthCm();
        HadronShowerParameters p = HadronShowerParameters.defaults();
        // leading neutrons above 65 % of the beam energy: only the first interaction's leading hadron
        // (at most 80 %) gets there, a second generation has at most 0.8^2 = 64 %
        double cut = 65;
        PunchThroughRun natural = new PunchThroughRun(lambda, null);
        natural.leadingKineticMin = cut;
        double[] rNatural = natural.run(40_000, 81);
        PunchThroughRun forced = new PunchThroughRun(lambda, ForcedPunchThrough.EVERYWHERE);
        forced.leadingKineticMin = cut;
        double[] rForced = forced.run(10_000, 82);

        // analytic: first interaction at depth s (density e^-s) emits the leading neutral (p) with a share
        // above the cut (uniform in [min, max]) and it crosses the remaining 1 - s without interacting:
        // p P(x > cut/E) int_0^1 e^-s e^-(1-s) ds = p P(x > cut/E) e^-1 (E: the pion's energy at the
        // interaction, 100 GeV minus ~0.1 GeV of ionisation on average)
        double share = (p.leadingMax() - (cut + 0.1) / 100) / (p.leadingMax() - p.leadingMin());
        double expected = p.leadingProbability() * share * Math.exp(-1);
        assertThat(rForced[0]).isCloseTo(expected, within(3 * rForced[1] + 0.01 * expected));
        assertThat(rNatural[0]).isCloseTo(expected, within(3 * rNatural[1] + 0.01 * expected));
        // and the two samples agree with each other; the forced one is ~10x more precise per event
        assertThat(rForced[0] - rNatural[0]).isCloseTo(0, within(3 * Math.hypot(rForced[1], rNatural[1])));
        assertThat(rForced[1] * Math.sqrt(10_000)).isLessThan(rNatural[1] * Math.sqrt(40_000) / 3);
    }

    @Test
    void forcedPunchThroughWeightIsTheEscapeProbabilityThroughThickMaterial() {
        // interactions in the first interaction length of 12: the natural rate p int_0^1 e^-s e^-(12-s) ds
        // = p e^-12 = 6e-7 is beyond a natural sample; the forced events carry it in their weights
        double lambda = Materials.get("iron").nuclearInteractionLengthCm();
        PunchThroughRun forced = new PunchThroughRun(12 * lambda, new ForcedPunchThrough(null, lambda));
        forced.leadingKineticMin = 0;
        double[] r = forced.run(4_000, 83);
        HadronShowerParameters p = HadronShowerParameters.defaults();
        double expected = p.leadingProbability() * Math.exp(-12);
        // the error of the mean, sqrt(sum w^2) / N, relative to it: sqrt(E[w^2] / N) / E[w] = sqrt((e - 1) / N) = 2 %
        assertThat(r[1] / r[0]).isLessThan(0.03);
        assertThat(r[0]).isCloseTo(expected, within(3 * r[1]));
    }

    @Test
    void pionShowersAreContainedInThirtyInteractionLengthsAndConserveEnergy() {
        Material hcal = Materials.get("hcal-fesc");
        Layout layout = new Layout(List.of(Volume.slab("hcal", 0, 4 * 139.2, 1e4, hcal)));
        CascadeContext ctx = new CascadeContext(new CascadePhysics(layout, CascadeConfig.defaults()));
        ChargedTransport transport = new ChargedTransport(layout, new HeavyMedia(layout));
        HadronHandler h = new HadronHandler(transport, new HadronShower(layout, HadronShowerParameters.defaults()));
        ParticleHandler muons = (t, c) -> transport.follow(t, Double.POSITIVE_INFINITY, c);
        Map<ParticleType, ParticleHandler> handlers = new java.util.EnumMap<>(ParticleType.class);
        for (ParticleType t : ParticleType.values()) {
            if (t.isHadron()) {
                handlers.put(t, h);
            }
        }
        handlers.put(ParticleType.MUON, muons);
        Cascade cascade = new Cascade(ctx, handlers);
        int n = 300;
        double deposited = 0;
        for (int i = 0; i < n; i++) {
            ctx.startEvent(RandomStreams.forEvent(72, i), null);
            ctx.stack().push(ParticleType.PION_MINUS, 100, 0, 0, -1e-6, 0, 0, 1);
            cascade.run();
            double balance = ctx.calorimetry().deposited() + ctx.calorimetry().leaked() + ctx.restEnergyKept() + ctx.invisibleEnergy();
            assertThat(balance).isCloseTo(100, within(1e-9));
            deposited += ctx.calorimetry().deposited() + ctx.restEnergyKept();
        }
        // 4 x 7.4 lambda_I: the escaping tail (punch-through, lateral) is below 1 %
        assertThat(deposited / n / 100).isGreaterThan(0.99);
    }

    @Test
    void meanElectromagneticFractionIsGroomsPowerLaw() {
        HadronShowerParameters p = HadronShowerParameters.defaults();
        // f_em = 1 - (E/E0)^(m-1) with E0 = 1 GeV, m = 0.85: 0.50 at 100 GeV, 0.29 at 10 GeV
        assertThat(p.meanEmFraction(100)).isCloseTo(1 - Math.pow(100, -0.15), within(1e-12));
        assertThat(p.meanEmFraction(100)).isCloseTo(0.50, within(0.01));
        assertThat(p.meanEmFraction(0.5)).isZero();
    }
}
