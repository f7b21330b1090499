package na64.sim.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import na64.core.RandomStreams;
import na64.detector.CellGrid;
import na64.physics.ParticleType;
import na64.physics.PhysicalConstants;
import na64.physics.material.Material;
import na64.physics.material.Materials;
import na64.physics.model.DarkPhoton;
import na64.sim.cascade.Blocks;
import na64.sim.cascade.Cascade;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.CascadeObserver;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.EmTables;
import na64.sim.cascade.HadronicInteraction;
import na64.sim.cascade.Layout;
import na64.sim.cascade.Readout;
import na64.sim.event.EventTruth;
import org.junit.jupiter.api.Test;

/**
 * Resonant annihilation e+ e- -> A' of a positron beam in a thick lead target, against expectations
 * computed here from the formulas, not from the code under test:
 * <ul>
 *   <li>the number of annihilations per positron = n_e x (narrow-width integral 2 pi^2 alpha eps^2 / m_e)
 *       x dT/dE at E_R, the positron track-length spectrum of unbiased showers scored in a window around
 *       E_R (physics.md, "Resonant annihilation");</li>
 * </ul>
 */
class PositronBeamAnnihilationTest {
    private static final Material LEAD = Materials.get("lead");
    private static final double M_E = PhysicalConstants.ELECTRON_MASS;

    private static CascadePhysics physics() {
        Layout block = Blocks.block(LEAD, 20, CellGrid.of(1, 1, 40, 40), new double[] {20}, Readout.Response.IDEAL);
        return new CascadePhysics(block, CascadeConfig.defaults().withCut(1.0));
    }

    /** The mass whose resonance lies at positron energy E_R. */
    private static double resonantMass(double er) {
        return Math.sqrt(2 * M_E * er + 2 * M_E * M_E);
    }

    @Test
    void annihilationsPerPositronAreTheNarrowWidthIntegralTimesTheTrackLengthAtTheResonance() {
        double energy = 100;
        double er = 60;
        double eps = 1e-4;
        CascadePhysics physics = physics();
        // unbiased showers: positron track length with energy in E_R +- 4 GeV (energy linear along a step:
        // within a step only the continuous loss acts)
        double half = 4;
        double[] inWindow = {0};
        CascadeContext plain = new CascadeContext(physics);
        plain.setObserver(new CascadeObserver() {
            @Override
            public void chargedStep(int volume, boolean positron, double eStart, double eEnd, double length, EmTables tables) {
                if (!positron) {
                    return;
                }
                double hi = Math.max(eStart, eEnd);
                double lo = Math.min(eStart, eEnd);
                if (hi - lo < 1e-12) {
                    inWindow[0] += Math.abs(lo - er) < half ? length : 0;
                } else {
                    double overlap = Math.min(hi, er + half) - Math.max(lo, er - half);
                    inWindow[0] += overlap > 0 ? length * overlap / (hi - lo) : 0;
                }
            }
        });
        Cascade em = Cascade.electromagnetic(plain);
        int showers = 4000;
        for (int i = 0; i < showers; i++) {
            plain.startEvent(RandomStreams.forEvent(31, i), null);
            plain.stack().push(ParticleType.POSITRON, energy, 0, 0, -1e-6, 0, 0, 1);
            em.run();
        }
        double trackPerGeV = inWindow[0] / showers / (2 * half);
        double electronsPerCm3 = 0;
        for (Material.Component c : LEAD.composition()) {
            electronsPerCm3 += c.atomsPerCm3() * c.element().z();
        }
        // narrow-width integral per electron [GeV cm^2]: 2 pi^2 alpha eps^2 / m_e in GeV^-2 times (hbar c)^2
        double integral = 2 * Math.PI * Math.PI * PhysicalConstants.ALPHA * eps * eps / M_E * PhysicalConstants.HBAR_C * PhysicalConstants.HBAR_C;
        double expected = electronsPerCm3 * integral * trackPerGeV;

        // the biased cascade: A' -> e+ e- only (a narrow resonance). Only the ~2 % of positrons that slow down
        // continuously through E_R can annihilate; the bias keeps the biased depth of one such crossing ~0.5
        // (B x n_e I / L = 0.01 / (L dT/dE)), so that the weights e^(Lambda_b)/B stay within e^1
        DarkPhoton model = new DarkPhoton(resonantMass(er), eps, null);
        // bremsstrahlung restricted to E_X > 0.9 E0 (the group's other channel; at most one emission per event)
        RareProcessModel rare = RareProcessModel.builder(physics).signal(model, true, 0.01 / expected, 0.9 * energy).build();
        CascadeContext ctx = new CascadeContext(physics);
        BiasedProcesses p = rare.newProcesses(HadronicInteraction.LOCAL);
        ctx.setRare(p);
        Cascade cascade = Cascade.electromagnetic(ctx);
        EventTruth truth = new EventTruth();
        int events = 40000;
        double sw = 0;
        double sw2 = 0;
        int annihilated = 0;
        for (int i = 0; i < events; i++) {
            truth.clear();
            ctx.startEvent(RandomStreams.forEvent(32, i), truth);
            ctx.stack().push(ParticleType.POSITRON, energy, 0, 0, -1e-6, 0, 0, 1);
            cascade.run();
            p.endEvent(ctx);
            if (truth.emission == EventTruth.Emission.ANNIHILATION) {
                annihilated++;
                sw += truth.weight;
                sw2 += truth.weight * truth.weight;
                // 2 -> 1: the A' takes the positron's energy and the atomic electron's rest energy
                assertThat(truth.emissionEnergy).isCloseTo(truth.emitterEnergy + M_E, within(1e-9));
                assertThat(truth.emitterEnergy).isCloseTo(er, within(1e-3));
            }
        }
        double rate = sw / events;
        double err = Math.sqrt(sw2 / events - rate * rate) / Math.sqrt(events);
        assertThat(annihilated).isBetween(100, 1000);
        assertThat(expected).as("annihilations per 100 GeV positron, eps = 1e-4").isBetween(1e-12, 1e-10);
        // statistics of both runs, and the curvature of dT/dE across the +-4 GeV window: 3 sigma + 3 %
        double trackError = expected / Math.sqrt(showers);
        assertThat(rate).isCloseTo(expected, within(3 * Math.hypot(err, trackError) + 0.03 * expected));
    }


}
