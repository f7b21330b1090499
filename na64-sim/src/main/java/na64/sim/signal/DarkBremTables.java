package na64.sim.signal;

import static na64.physics.PhysicalConstants.PB_CM2;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import na64.physics.brem.DarkBrem;
import na64.physics.brem.EmissionSampler;
import na64.physics.material.Element;
import na64.physics.material.Material;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.EmTables;
import na64.sim.cascade.EnergyTable;

/**
 * Dark bremsstrahlung e Z -> e Z X in the materials of a layout, tabulated for the cascade
 * (immutable, shared by threads): the macroscopic cross section Sigma(E) = sum_i n_i sigma_i(E)
 * [1/cm] at the model's coupling (per atom from {@link DarkBrem}, ETL for e+-), per element for
 * choosing the target nucleus, and the optical depths D(E) = int_{E_cut}^E Sigma/L dE' of electrons
 * and positrons slowing down with the cascade's loss L ({@link EmTables}). Emissions below the
 * cascade's cut energy are not simulated: choose the cut below the smallest X energy of interest.
 */
public final class DarkBremTables implements OpticalDepth {
    private final double mass;
    private final double minEnergy;
    private final MaterialTables[] byVolume;

    /** The tables of one material. */
    static final class MaterialTables {
        final Element[] elements;
        final EmissionSampler[] samplers;
        final MaterialDepths depths;

        MaterialTables(Material material, EmTables em, DarkBrem brem, double mass, double epsilon, double minEnergy) {
            List<Material.Component> comp = material.composition();
            elements = new Element[comp.size()];
            EnergyTable[] elementSigma = new EnergyTable[comp.size()];
            samplers = new EmissionSampler[comp.size()];
            double lo = em.cut();
            double hi = EmTables.maxEnergy();
            for (int i = 0; i < elements.length; i++) {
                Element el = comp.get(i).element();
                double n = comp.get(i).atomsPerCm3();
                elements[i] = el;
                elementSigma[i] = minEnergy > 0
                        ? EnergyTable.of(e -> e <= minEnergy ? 0
                                : n * DarkBremYield.above(brem, el, mass, e, epsilon, minEnergy / e) * PB_CM2,
                                lo, hi, EmTables.PER_DECADE / 4)
                        : EnergyTable.of(e -> n * brem.totalPb(el, mass, e, epsilon) * PB_CM2, lo, hi, EmTables.PER_DECADE);
                samplers[i] = brem.sampler(el, mass);
            }
            depths = new MaterialDepths(elementSigma, em);
        }
    }

    /**
     * @param minEnergy if positive, only emissions with E_X above it are simulated (cross sections and
     *                  sampling restricted to x &gt; minEnergy/E): what a yield above a missing-energy cut
     *                  needs, without spending the bias on softer emissions
     */
    public DarkBremTables(CascadePhysics physics, DarkBrem brem, double mass, double epsilon, double minEnergy) {
        this.mass = mass;
        this.minEnergy = minEnergy;
        this.byVolume = new MaterialTables[physics.layout().size()];
        Map<Material, MaterialTables> cache = new HashMap<>();
        for (int v = 0; v < byVolume.length; v++) {
            EmTables em = physics.emTables(v);
            byVolume[v] = cache.computeIfAbsent(em.material(), m -> new MaterialTables(m, em, brem, mass, epsilon, minEnergy));
        }
    }

    /** The smallest X energy simulated [GeV] (0: all). */
    public double minEnergy() {
        return minEnergy;
    }

    public double mass() {
        return mass;
    }

    MaterialTables in(int volume) {
        return byVolume[volume];
    }

    /** Macroscopic cross section [1/cm] in a volume at energy E (unbiased, at the model's coupling). */
    public double sigma(int volume, double energy) {
        return byVolume[volume].depths.sigma(energy);
    }

    /** Optical depth D(E) of an electron or positron slowing down in a volume. */
    @Override
    public double depth(int volume, boolean positron, double energy) {
        return byVolume[volume].depths.depth(positron).integral(energy);
    }

    @Override
    public double energyAtDepth(int volume, boolean positron, double d) {
        return byVolume[volume].depths.depth(positron).inverseIntegral(d);
    }
}
