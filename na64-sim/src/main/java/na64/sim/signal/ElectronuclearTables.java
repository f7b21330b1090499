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
 * tabulated for the cascade (immutable, shared by threads): Sigma(E) = sum_i n_i sigma_i(E) [1/cm]
 * per element and in total, and the optical depths of electrons and positrons slowing down
 * ({@link MaterialDepths}; the virtual-photon flux of a positron is that of an electron), and the
 * expected interactions of the leptons inside the parameterised showers below the cut
 * ({@link SubShowerTracks#leptons}).
 */
final class ElectronuclearTables implements OpticalDepth {
    /** The tables of one material. */
    private record MaterialTables(Electronuclear[] elements, MaterialDepths depths, SubShowerTracks subShower) {
        static MaterialTables of(Material material, EmTables em) {
            List<Material.Component> comp = material.composition();
            Electronuclear[] elements = new Electronuclear[comp.size()];
            EnergyTable[] sigma = new EnergyTable[comp.size()];
            for (int i = 0; i < elements.length; i++) {
                Electronuclear en = Electronuclear.of(comp.get(i).element(), Lepton.ELECTRON);
                double atoms = comp.get(i).atomsPerCm3();
                elements[i] = en;
                sigma[i] = EnergyTable.of(e -> atoms * en.sigma(e) * PB_CM2, em.cut(), EmTables.maxEnergy(), EmTables.PER_DECADE);
            }
            SubShowerTracks below = SubShowerTracks.leptons(e -> Electronuclear.inverseMeanFreePath(material, e),
                    material.radiationLengthCm(), em.cut());
            return new MaterialTables(elements, new MaterialDepths(sigma, em), below);
        }
    }

    private final MaterialTables[] byVolume;

    ElectronuclearTables(CascadePhysics physics) {
        this.byVolume = new MaterialTables[physics.layout().size()];
        Map<Material, MaterialTables> cache = new HashMap<>();
        for (int v = 0; v < byVolume.length; v++) {
            EmTables em = physics.emTables(v);
            byVolume[v] = cache.computeIfAbsent(em.material(), m -> MaterialTables.of(m, em));
        }
    }

    /** The struck nucleus in a volume, with probability n_i sigma_i(E) ({@code uniform} in [0, 1)). */
    Electronuclear element(int volume, double energy, double uniform) {
        MaterialTables m = byVolume[volume];
        return m.elements()[m.depths().element(energy, uniform)];
    }

    /** The process inside the parameterised showers of the volume (below its cut). */
    SubShowerTracks subShower(int volume) {
        return byVolume[volume].subShower();
    }

    /** Macroscopic cross section [1/cm] in a volume at energy E (unbiased). */
    double sigma(int volume, double energy) {
        return byVolume[volume].depths().sigma(energy);
    }

    @Override
    public double depth(int volume, boolean positron, double energy) {
        return byVolume[volume].depths().depth(positron).integral(energy);
    }

    @Override
    public double energyAtDepth(int volume, boolean positron, double d) {
        return byVolume[volume].depths().depth(positron).inverseIntegral(d);
    }
}
