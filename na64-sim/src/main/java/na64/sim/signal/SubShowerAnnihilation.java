package na64.sim.signal;

import static na64.physics.PhysicalConstants.ELECTRON_MASS;
import static na64.physics.PhysicalConstants.PB_CM2;

import java.util.List;
import na64.core.RandomStreams;
import na64.physics.material.Material;
import na64.sim.cascade.Cascade;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.CascadeObserver;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.EmTables;
import na64.sim.cascade.Layout;
import na64.sim.cascade.Volume;
import na64.physics.ParticleType;

/**
 * Resonant annihilation e+ e- -> X of positrons inside showers that the cascade does not follow
 * (E_R = (m^2 - 2 m_e^2)/(2 m_e) below the cut energy). A parameterised shower has no positrons,
 * so the expected number of annihilations of a shower of energy E_s started by an electron,
 * positron or photon,
 * <pre>
 *   mu(E_s) = n_e int T_+(E; E_s) sigma(E) dE = n_e I int T_+(E; E_s) dG(E)
 * </pre>
 * (T_+ the positron track-length spectrum of the shower, I the narrow-width integral and G the
 * Breit-Wigner cumulative, {@link BreitWigner}), is tabulated once per material from explicit
 * cascades with a low cut (half of E_R, so that every positron near the resonance is followed):
 * 13 energies from E_R to the simulation's cut, {@value #EVENTS} showers each, a fixed seed.
 * Between the energies mu/E_s is interpolated linearly in ln E_s. The soft bremsstrahlung that
 * a track collects below the cut (photons of energies spread evenly up to the cut k_c) counts
 * E (1/k_c) int_0^{k_c} mu_gamma(k)/k dk.
 *
 * <p>Where such an annihilation happens the positron energy is drawn from the Breit-Wigner between
 * the edge of the resonance and E_s, and the place along the shower axis from the shower's average
 * GFlash profile (depth of the energy deposit, a stand-in for the depth of positrons at E_R, which
 * is not tabulated). Immutable after construction.
 */
final class SubShowerAnnihilation {
    static final int EVENTS = 400;
    private static final int ENERGIES = 13;

    private final double lnLow;
    private final double lnStep;
    /** mu/E_s per type (0 e-, 1 e+, 2 photon) and energy node [1/GeV]. */
    private final double[][] perEnergy = new double[3][ENERGIES];
    private final double softPerEnergy;

    SubShowerAnnihilation(Material material, BreitWigner bw, double integralPbGeV, double resonance, double cut) {
        double low = Math.max(resonance, 2 * ELECTRON_MASS);
        double high = cut * 1.05;
        this.lnLow = Math.log(low);
        this.lnStep = Math.log(high / low) / (ENERGIES - 1);
        double lowCut = Math.max(0.5 * resonance, 1e-3);
        Volume block = Volume.slab("block", 0, 1000 * material.radiationLengthCm(), 1e5, material);
        CascadePhysics physics = new CascadePhysics(new Layout(List.of(block)),
                new CascadeConfig(lowCut, 10, 1, 2.0));
        EmTables em = physics.emTables(0);
        // optical depth per unit of G for a positron slowing down across the resonance (as AnnihilationTables)
        double k = em.electronsPerCm3() * integralPbGeV * PB_CM2 / em.loss(true, resonance);
        double[] count = new double[1];
        CascadeObserver observer = new CascadeObserver() {
            @Override
            public void chargedStep(int volume, boolean positron, double e0, double e1, double length, EmTables t) {
                if (positron) {
                    count[0] += k * (bw.cumulative(e0) - bw.cumulative(e1));
                }
            }
        };
        CascadeContext ctx = new CascadeContext(physics);
        ctx.setObserver(observer);
        Cascade cascade = Cascade.electromagnetic(ctx);
        ParticleType[] types = {ParticleType.ELECTRON, ParticleType.POSITRON, ParticleType.PHOTON};
        for (int type = 0; type < 3; type++) {
            for (int i = 0; i < ENERGIES; i++) {
                double energy = Math.exp(lnLow + i * lnStep);
                count[0] = 0;
                for (int n = 0; n < EVENTS; n++) {
                    ctx.startEvent(RandomStreams.forEvent(0x5EED, n, type * 100L + i), null);
                    ctx.stack().push(types[type], Math.max(energy, types[type].mass() * 1.0001), 0, 0, 1e-6, 0, 0, 1);
                    cascade.run();
                }
                perEnergy[type][i] = count[0] / EVENTS / energy;
            }
        }
        // soft radiation: (1/k_c) int_0^{k_c} mu_gamma(k)/k dk, mu_gamma = 0 below the first node
        double sum = 0;
        for (int i = 0; i < ENERGIES - 1; i++) {
            double ka = Math.exp(lnLow + i * lnStep);
            double kb = Math.min(Math.exp(lnLow + (i + 1) * lnStep), cut);
            if (kb > ka) {
                sum += 0.5 * (perEnergy[2][i] + perEnergy[2][i + 1]) * (kb - ka);
            }
        }
        this.softPerEnergy = sum / cut;
    }

    /** Expected (unbiased) annihilations in a shower of energy E [GeV] of the given type. */
    double expected(ParticleType type, double energy, boolean softRadiation) {
        if (softRadiation) {
            return softPerEnergy * energy;
        }
        int row = switch (type) {
            case ELECTRON -> 0;
            case POSITRON -> 1;
            default -> 2;
        };
        double u = (Math.log(energy) - lnLow) / lnStep;
        if (u < 0) {
            return 0;
        }
        int i = Math.min((int) u, ENERGIES - 2);
        double w = Math.min(u - i, 1);
        double[] r = perEnergy[row];
        return energy * (r[i] + w * (r[i + 1] - r[i]));
    }
}
