package na64.sim.signal;

import static na64.physics.PhysicalConstants.PB_CM2;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import na64.physics.material.Element;
import na64.physics.material.Material;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.EmTables;
import na64.sim.cascade.EnergyTable;

/**
 * The macroscopic cross section [1/cm] of a rare photon process in each volume, tabulated in ln k
 * from the cut to the top of the tables, in total and per element (for choosing the target).
 * Immutable, shared by threads.
 */
final class PhotonTables {
    private final Material[] materials;
    private final Map<Material, EnergyTable> total = new HashMap<>();
    private final Map<Material, EnergyTable[]> perElement = new HashMap<>();
    private final Map<Material, Element[]> elements = new HashMap<>();
    private final SubShowerTracks[] subShowers;

    /**
     * @param sigmaPb    per-atom cross section [pb] of an element at photon energy k
     * @param subShowers also tabulate the process inside the parameterised showers below the cut
     *                   ({@link #subShower}), for a channel that acts there
     */
    PhotonTables(CascadePhysics physics, ToDoubleBiFunction<Element, Double> sigmaPb, boolean subShowers) {
        int n = physics.layout().size();
        materials = new Material[n];
        this.subShowers = subShowers ? new SubShowerTracks[n] : null;
        Map<Material, SubShowerTracks> below = new HashMap<>();
        for (int v = 0; v < n; v++) {
            EmTables em = physics.emTables(v);
            Material m = em.material();
            materials[v] = m;
            if (subShowers) {
                this.subShowers[v] = below.computeIfAbsent(m, mm -> SubShowerTracks.photons(k -> macroscopic(mm, sigmaPb, k),
                        mm.radiationLengthCm(), em.cut()));
            }
            if (total.containsKey(m)) {
                continue;
            }
            List<Material.Component> comp = m.composition();
            EnergyTable[] tables = new EnergyTable[comp.size()];
            Element[] els = new Element[comp.size()];
            for (int i = 0; i < tables.length; i++) {
                Element el = comp.get(i).element();
                double atoms = comp.get(i).atomsPerCm3();
                els[i] = el;
                tables[i] = EnergyTable.of(k -> atoms * sigmaPb.applyAsDouble(el, k) * PB_CM2, em.cut(),
                        EmTables.maxEnergy(), EmTables.PER_DECADE);
            }
            total.put(m, EnergyTable.of(k -> {
                double s = 0;
                for (EnergyTable t : tables) {
                    s += t.value(k);
                }
                return s;
            }, em.cut(), EmTables.maxEnergy(), EmTables.PER_DECADE));
            perElement.put(m, tables);
            elements.put(m, els);
        }
    }

    private static double macroscopic(Material m, ToDoubleBiFunction<Element, Double> sigmaPb, double k) {
        double s = 0;
        for (Material.Component c : m.composition()) {
            s += c.atomsPerCm3() * sigmaPb.applyAsDouble(c.element(), k) * PB_CM2;
        }
        return s;
    }

    /** The process inside the parameterised showers of the volume (below its cut); tables made with {@code subShowers}. */
    SubShowerTracks subShower(int volume) {
        return subShowers[volume];
    }

    double sigma(int volume, double k) {
        return total.get(materials[volume]).value(k);
    }

    /** The target element, with probability proportional to n_i sigma_i(k). */
    Element element(int volume, double k, double uniform) {
        Material m = materials[volume];
        EnergyTable[] tables = perElement.get(m);
        Element[] els = elements.get(m);
        double u = uniform * total.get(m).value(k);
        for (int i = 0; i < els.length - 1; i++) {
            u -= tables[i].value(k);
            if (u < 0) {
                return els[i];
            }
        }
        return els[els.length - 1];
    }
}
