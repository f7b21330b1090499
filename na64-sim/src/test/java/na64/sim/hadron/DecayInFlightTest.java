package na64.sim.hadron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import na64.core.RandomStreams;
import na64.physics.ParticleType;
import na64.physics.PhysicalConstants;
import na64.physics.material.Material;
import na64.physics.material.Materials;
import na64.sim.beam.DecayData;
import na64.sim.cascade.Cascade;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.CascadeObserver;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.Layout;
import na64.sim.cascade.ParticleHandler;
import na64.sim.cascade.ParticleStack;
import na64.sim.cascade.Track;
import na64.sim.cascade.Volume;
import na64.sim.muon.ChargedTransport;
import na64.sim.muon.HeavyMedia;
import org.junit.jupiter.api.Test;

/**
 * Decays in flight of hadrons in the downstream transport, against the exponential law with the
 * PDG lifetime (beta gamma c tau) and the PDG branching fractions, and energy conservation.
 */
class DecayInFlightTest {
    private static final double K0S_ENERGY = 10;
    private static final double K0S_MOMENTUM = Math.sqrt(K0S_ENERGY * K0S_ENERGY
            - PhysicalConstants.NEUTRAL_KAON_MASS * PhysicalConstants.NEUTRAL_KAON_MASS);
    /** beta gamma c tau of a 10 GeV K0S (PDG tau = 8.954e-11 s): 53.9 cm. */
    private static final double DECAY_LENGTH = K0S_MOMENTUM / PhysicalConstants.NEUTRAL_KAON_MASS
            * PhysicalConstants.SPEED_OF_LIGHT * 8.954e-11;

    @Test
    void decayLengthIsTheAnalyticExponentialInMaterial() {
        Layout layout = new Layout(List.of(Volume.slab("air", 0, 20 * DECAY_LENGTH, 1e4, Materials.get("air"))));
        CascadeContext ctx = context(layout);
        ChargedTransport transport = new ChargedTransport(layout, new HeavyMedia(layout));
        Track t = new Track();
        int n = 20_000;
        double sum = 0;
        double sumSq = 0;
        int decayed = 0;
        for (int i = 0; i < n; i++) {
            load(ctx, t, ParticleType.KAON_SHORT, 0, i);
            double lives = -Math.log(1 - ctx.rng().nextDouble());
            if (transport.follow(t, Double.POSITIVE_INFINITY, lives, ctx) == ChargedTransport.Outcome.DECAYED) {
                decayed++;
                sum += t.z;
                sumSq += t.z * t.z;
            }
        }
        // 20 decay lengths of air: every K0S decays (the air's interaction length is ~700 m)
        assertThat(decayed).isGreaterThan(n - 5);
        double mean = sum / decayed;
        // exponential: mean = lambda, rms = lambda
        assertThat(mean).isCloseTo(DECAY_LENGTH, within(4 * DECAY_LENGTH / Math.sqrt(decayed)));
        assertThat(Math.sqrt(sumSq / decayed - mean * mean)).isCloseTo(DECAY_LENGTH, within(0.04 * DECAY_LENGTH));
        assertThat(DECAY_LENGTH).isCloseTo(53.9, within(0.1));
    }

    @Test
    void decaysInTheGapBetweenVolumes() {
        // two thin air slabs one decay length apart: a K0S reaches the second one with probability e^-1
        Material air = Materials.get("air");
        Layout layout = new Layout(List.of(Volume.slab("front", 0, 1e-3, 1e4, air),
                Volume.slab("back", DECAY_LENGTH, 1e-3, 1e4, air)));
        Counter counter = new Counter();
        CascadeContext ctx = context(layout);
        ctx.setObserver(counter);
        Cascade cascade = hadronCascade(layout, ctx);
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            ctx.startEvent(RandomStreams.forEvent(83, i), null);
            ctx.stack().push(ParticleType.KAON_SHORT, K0S_ENERGY, 0, 0, -1e-6, 0, 0, 1);
            cascade.run();
            // every particle leaves the setup: the energy is all leaked or carried by neutrinos
            assertThat(ctx.calorimetry().leaked() + ctx.calorimetry().deposited() + ctx.invisibleEnergy() + ctx.restEnergyKept())
                    .isCloseTo(K0S_ENERGY, within(1e-9));
        }
        double p = Math.exp(-(DECAY_LENGTH + 2e-3) / DECAY_LENGTH);
        assertThat((double) counter.kaons / n).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / n)));
        // K0S -> pi+ pi- in 69.20 / (69.20 + 30.69) of the decays (PDG); the rest pi0 pi0 -> 4 gamma, no hadron leaves
        int decays = n - counter.kaons;
        double charged = 0.6920 / (0.6920 + 0.3069);
        assertThat((double) counter.pionPairs / decays).isCloseTo(charged, within(4 * Math.sqrt(charged * (1 - charged) / decays)));
    }

    @Test
    void decayCompetesWithNuclearInteractionsAsTheirRates() {
        // a neutral K0S in iron: it decays before it interacts with probability (1/L_decay) / (1/L_decay + 1/lambda_int)
        Material iron = Materials.get("iron");
        double lambda = iron.nuclearInteractionLengthCm();
        Layout layout = new Layout(List.of(Volume.slab("iron", 0, 50 * lambda, 1e4, iron)));
        CascadeContext ctx = context(layout);
        ChargedTransport transport = new ChargedTransport(layout, new HeavyMedia(layout));
        Track t = new Track();
        int n = 20_000;
        int decayed = 0;
        for (int i = 0; i < n; i++) {
            load(ctx, t, ParticleType.KAON_SHORT, 1, i);
            double lambdas = -Math.log(1 - ctx.rng().nextDouble());
            double lives = -Math.log(1 - ctx.rng().nextDouble());
            if (transport.follow(t, lambdas, lives, ctx) == ChargedTransport.Outcome.DECAYED) {
                decayed++;
            }
        }
        double p = (1 / DECAY_LENGTH) / (1 / DECAY_LENGTH + 1 / lambda);
        assertThat((double) decayed / n).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / n)));
    }

    @Test
    void stableHadronsAndTheLongLivedOnesHaveThePdgLifetimes() {
        assertThat(DecayData.lifetime(ParticleType.NEUTRON)).isInfinite();
        assertThat(DecayData.lifetime(ParticleType.PROTON)).isInfinite();
        // c tau: K0S 2.6844 cm, K0L 15.34 m (PDG summary tables)
        assertThat(DecayData.lifetime(ParticleType.KAON_SHORT) * PhysicalConstants.SPEED_OF_LIGHT).isCloseTo(2.6844, within(0.001));
        assertThat(DecayData.lifetime(ParticleType.KAON_LONG) * PhysicalConstants.SPEED_OF_LIGHT).isCloseTo(1534, within(1.0));
        // the listed K0L modes cover 99.65 % of its width, the K0S ones 99.89 %
        assertThat(DecayData.totalFraction(ParticleType.KAON_LONG)).isCloseTo(0.9965, within(1e-4));
        assertThat(DecayData.totalFraction(ParticleType.KAON_SHORT)).isCloseTo(0.9989, within(1e-4));
    }

    private static CascadeContext context(Layout layout) {
        return new CascadeContext(new CascadePhysics(layout, CascadeConfig.defaults()));
    }

    private static Cascade hadronCascade(Layout layout, CascadeContext ctx) {
        HadronHandler h = new HadronHandler(new ChargedTransport(layout, new HeavyMedia(layout)),
                new HadronShower(layout, HadronShowerParameters.defaults()));
        Map<ParticleType, ParticleHandler> handlers = new EnumMap<>(ParticleType.class);
        for (ParticleType type : ParticleType.values()) {
            if (type.isHadron()) {
                handlers.put(type, h);
            }
        }
        return new Cascade(ctx, handlers);
    }

    private static void load(CascadeContext ctx, Track t, ParticleType type, long seed, long event) {
        ctx.startEvent(RandomStreams.forEvent(seed, event), null);
        ParticleStack s = ctx.stack();
        s.push(type, K0S_ENERGY, 0, 0, -1e-6, 0, 0, 1);
        s.pop();
        t.load(s);
    }

    /** Counts the K0S and the pi+ pi- pairs that leave the setup. */
    private static final class Counter implements CascadeObserver {
        int kaons;
        int pionPairs;

        @Override
        public void left(ParticleType type, double energy) {
            if (type == ParticleType.KAON_SHORT) {
                kaons++;
            } else if (type == ParticleType.PION_PLUS) {
                pionPairs++;
            }
        }
    }
}
