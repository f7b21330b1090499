package na64.sim.signal;

import static na64.physics.PhysicalConstants.PB_CM2;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import na64.physics.Lepton;
import na64.physics.material.Material;
import na64.physics.sm.Electronuclear;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.EmTables;
import na64.sim.cascade.EnergyTable;

/**
 * Electronuclear interactions e A -> e X ({@link Electronuclear}) in the materials of a layout,
 * tabulated for the cascade (immutable, shared by threads): Sigma(E) = sum_i n_i sigma_i(E) [1/cm],
 * per element for choosing the nucleus, and the optical depths D(E) = int Sigma / L dE' of
 * electrons and positrons slowing down with the cascade's loss L (the virtual-photon flux of a
 * positron is that of an electron).
 */
final class ElectronuclearTables {
    private final MaterialTables[] byVolume;

    /** The tables of one material. */
    static final class MaterialTables {
        final Electronuclear[] elements;
        final EnergyTable[] elementSigma;
        final EnergyTable sigma;
        final EnergyTable depthElectron;
        final EnergyTable depthPositron;

        MaterialTables(Material material, EmTables em) {
            List<Material.Component> comp = material.composition();
            elements = new Electronuclear[comp.size()];
            elementSigma = new EnergyTable[comp.size()];
            double lo = em.cut();
            double hi = EmTables.maxEnergy();
            for (int i = 0; i < elements.length; i++) {
                Electronuclear en = Electronuclear.of(comp.get(i).element(), Lepton.ELECTRON);
                double atoms = comp.get(i).atomsPerCm3();
                elements[i] = en;
                elementSigma[i] = EnergyTable.of(e -> atoms * en.sigma(e) * PB_CM2, lo, hi, EmTables.PER_DECADE);
            }
            sigma = EnergyTable.of(e -> {
                double s = 0;
                for (EnergyTable t : elementSigma) {
                    s += t.value(e);
                }
                return s;
            }, lo, hi, EmTables.PER_DECADE);
            depthElectron = EnergyTable.of(e -> sigma.value(e) / em.loss(false, e), lo, hi, EmTables.PER_DECADE);
            depthPositron = EnergyTable.of(e -> sigma.value(e) / em.loss(true, e), lo, hi, EmTables.PER_DECADE);
        }

        EnergyTable depth(boolean positron) {
            return positron ? depthPositron : depthElectron;
        }

        /** The struck nucleus, with probability n_i sigma_i(E). */
        Electronuclear element(double energy, double uniform) {
            double u = uniform * sigma.value(energy);
            for (int i = 0; i < elements.length - 1; i++) {
                u -= elementSigma[i].value(energy);
                if (u < 0) {
                    return elements[i];
                }
            }
            return elements[elements.length - 1];
        }
    }

    ElectronuclearTables(CascadePhysics physics) {
        this.byVolume = new MaterialTables[physics.layout().size()];
        Map<Material, MaterialTables> cache = new HashMap<>();
        for (int v = 0; v < byVolume.length; v++) {
            EmTables em = physics.emTables(v);
            byVolume[v] = cache.computeIfAbsent(em.material(), m -> new MaterialTables(m, em));
        }
    }

    MaterialTables in(int volume) {
        return byVolume[volume];
    }

    /** Macroscopic cross section [1/cm] in a volume at energy E (unbiased). */
    double sigma(int volume, double energy) {
        return byVolume[volume].sigma.value(energy);
    }

    double depth(int volume, boolean positron, double energy) {
        return byVolume[volume].depth(positron).integral(energy);
    }

    double energyAtDepth(int volume, boolean positron, double d) {
        return byVolume[volume].depth(positron).inverseIntegral(d);
    }
}
