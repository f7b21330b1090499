package na64.sim.signal;

import static na64.physics.PhysicalConstants.PB_CM2;

import java.util.HashMap;
import java.util.Map;
import na64.physics.annihilation.ResonantAnnihilation;
import na64.physics.material.Material;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.EmTables;

/**
 * Resonant annihilation e+ e- -> X in the materials of a layout (immutable, shared by threads),
 * from {@link ResonantAnnihilation} (Breit-Wigner per atomic electron, all final states).
 *
 * <p>Positrons the cascade follows (E_R above the cut): the optical depth of a positron slowing
 * down from E0 to E1 is n_e int sigma/L dE = K [G(E0) - G(E1)], K = n_e I / L(E_R), the loss L
 * being constant across the resonance (I the narrow-width integral, G the Breit-Wigner cumulative;
 * exact in the narrow-width limit, good to the variation of L over the width otherwise).
 * Positrons inside parameterised showers (E_R below the cut): {@link SubShowerAnnihilation}.
 */
final class AnnihilationTables implements OpticalDepth {
    private final ResonantAnnihilation process;
    private final BreitWigner breitWigner;
    private final double resonance;
    private final double[] factor;
    private final SubShowerAnnihilation[] subShowers;

    AnnihilationTables(CascadePhysics physics, ResonantAnnihilation process) {
        this.process = process;
        double mass = process.model().mass();
        double width = process.model().decays().total();
        this.breitWigner = new BreitWigner(mass, width);
        this.resonance = process.resonanceEnergy();
        double integral = process.narrowWidthIntegralPerElectron(null);
        int n = physics.layout().size();
        this.factor = new double[n];
        this.subShowers = new SubShowerAnnihilation[n];
        double cut = physics.config().cutEnergy();
        Map<Material, SubShowerAnnihilation> cache = new HashMap<>();
        for (int v = 0; v < n; v++) {
            EmTables em = physics.emTables(v);
            if (resonance > cut) {
                factor[v] = em.electronsPerCm3() * integral * PB_CM2 / em.loss(true, resonance);
            } else {
                subShowers[v] = cache.computeIfAbsent(em.material(),
                        m -> new SubShowerAnnihilation(m, breitWigner, integral, resonance, cut));
            }
        }
    }

    ResonantAnnihilation process() {
        return process;
    }

    BreitWigner breitWigner() {
        return breitWigner;
    }

    double resonanceEnergy() {
        return resonance;
    }

    /** K [dimensionless per unit G] of a volume (0 when the resonance lies below the cut). */
    double factor(int volume) {
        return factor[volume];
    }

    /** K G(E) of positrons (electrons do not annihilate resonantly: their channel never asks). */
    @Override
    public double depth(int volume, boolean positron, double energy) {
        double k = factor[volume];
        return k == 0 ? 0 : k * breitWigner.cumulative(energy);
    }

    @Override
    public double energyAtDepth(int volume, boolean positron, double d) {
        return breitWigner.energyAt(d / factor[volume]);
    }

    /** The parameterised-shower table of a volume, or null when the cascade follows the positrons. */
    SubShowerAnnihilation subShower(int volume) {
        return subShowers[volume];
    }
}
