package na64.sim.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import na64.core.RandomStreams;
import na64.detector.CellGrid;
import na64.physics.ParticleType;
import na64.physics.PhysicalConstants;
import na64.physics.material.Material;
import na64.physics.material.Materials;
import na64.physics.model.AxionLikeParticle;
import na64.physics.primakoff.PrimakoffProduction;
import na64.sim.cascade.Blocks;
import na64.sim.cascade.Cascade;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.CascadeObserver;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.HadronicInteraction;
import na64.sim.cascade.Layout;
import na64.sim.cascade.Readout;
import na64.sim.event.EventTruth;
import org.junit.jupiter.api.Test;

/**
 * Primakoff conversion of shower photons into ALPs in the cascade: the biased rate of conversions
 * per electron against the cross section of the physics library times the photon track length the
 * cascade's photons cross (an unbiased run, every step above the minimum energy weighted by
 * n sigma(k) of the material, computed here from {@link PrimakoffProduction} directly).
 */
class PrimakoffChannelTest {
    private static final double ENERGY = 50;
    private static final double MIN_ENERGY = 5;
    private static final AxionLikeParticle ALP = new AxionLikeParticle(0.05, 1e-4, 0);
    private static final Material TUNGSTEN = Materials.get("tungsten");

    private static Layout block() {
        return Blocks.block(TUNGSTEN, 10, CellGrid.of(1, 1, 40, 40), new double[] {10}, Readout.Response.IDEAL);
    }

    @Test
    void conversionRateIsTheCrossSectionTimesThePhotonTrackLength() {
        // expected conversions per electron: sum over photon steps above 5 GeV of n sigma(k) L
        PrimakoffProduction process = new PrimakoffProduction(ALP);
        CascadePhysics physics = new CascadePhysics(block(), CascadeConfig.defaults().withCut(0.4));
        CascadeContext plain = new CascadeContext(physics);
        double[] depth = {0};
        plain.setObserver(new CascadeObserver() {
            @Override
            public void photonStep(int volume, double k, double length) {
                if (k > MIN_ENERGY) {
                    double nSigma = 0;
                    for (Material.Component c : TUNGSTEN.composition()) {
                        nSigma += c.atomsPerCm3() * process.sigmaPb(c.element(), k) * PhysicalConstants.PB_CM2;
                    }
                    depth[0] += nSigma * length;
                }
            }
        });
        Cascade em = Cascade.electromagnetic(plain);
        int showers = 2000;
        for (int i = 0; i < showers; i++) {
            plain.startEvent(RandomStreams.forEvent(91, i), null);
            plain.stack().push(ParticleType.ELECTRON, ENERGY, 0, 0, -1e-6, 0, 0, 1);
            em.run();
        }
        double expected = depth[0] / showers;

        // the biased cascade: the bias makes ~20 % of the events convert a photon; weights undo it
        double bias = 0.25 / expected;
        RareProcessModel rare = RareProcessModel.builder(physics).primakoff(ALP, bias, MIN_ENERGY).build();
        CascadeContext ctx = new CascadeContext(physics);
        BiasedProcesses p = rare.newProcesses(HadronicInteraction.LOCAL);
        ctx.setRare(p);
        Cascade cascade = Cascade.electromagnetic(ctx);
        EventTruth truth = new EventTruth();
        int events = 3000;
        double sw = 0;
        double sw2 = 0;
        int converted = 0;
        double softest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < events; i++) {
            truth.clear();
            ctx.startEvent(RandomStreams.forEvent(92, i), truth);
            ctx.stack().push(ParticleType.ELECTRON, ENERGY, 0, 0, -1e-6, 0, 0, 1);
            cascade.run();
            p.endEvent(ctx);
            if (truth.emission == EventTruth.Emission.PRIMAKOFF) {
                converted++;
                sw += truth.weight;
                sw2 += truth.weight * truth.weight;
                softest = Math.min(softest, truth.emissionEnergy);
                // the ALP carries the photon's energy, within the momentum transfers the sampler allows (t < 100 t_d)
                assertThat(truth.emissionEnergy).isEqualTo(truth.emitterEnergy);
                double k = truth.emitterEnergy;
                double td = PrimakoffProduction.nuclearScale(TUNGSTEN.composition().get(0).element());
                assertThat(truth.emissionTheta).isLessThanOrEqualTo(Math.sqrt(100 * td / ((k - ALP.mass()) * (k + ALP.mass()))));
            }
        }
        double rate = sw / events;
        double err = Math.sqrt(sw2 / events - rate * rate) / Math.sqrt(events);
        assertThat(converted).isBetween(300, 1200);
        assertThat(softest).isGreaterThan(MIN_ENERGY);
        assertThat(expected).as("conversions per 50 GeV electron, g = 1e-4 / GeV").isBetween(1e-12, 1e-9);
        // the table interpolation of sigma(k) and the statistics: 3 sigma plus 2 %
        assertThat(rate).isCloseTo(expected, within(3 * err + 0.02 * expected));
    }
}
