package na64.physics.model;

import java.util.Optional;

/**
 * What every dark boson shares: its mass, its leading coupling, its optional dark sector and its
 * decay widths. A model computes the widths once, before this constructor runs, from a static
 * method of its own (so no part of the subclass is read before it is set), and adds its other
 * couplings and its kinematic-mixing factors.
 */
public abstract class DarkBoson implements DarkSectorModel {
    private final double mass;
    private final double coupling;
    private final DarkSector darkSector;
    private final DecayWidths decays;

    /**
     * @param mass       [GeV], already checked by the model
     * @param coupling   the model's leading coupling, already checked
     * @param darkSector null for a boson without invisible dark-matter decays
     * @param decays     the widths at (mass, couplings, dark sector)
     */
    protected DarkBoson(double mass, double coupling, DarkSector darkSector, DecayWidths decays) {
        this.mass = mass;
        this.coupling = coupling;
        this.darkSector = darkSector;
        this.decays = decays;
    }

    @Override
    public final double mass() {
        return mass;
    }

    @Override
    public final double coupling() {
        return coupling;
    }

    @Override
    public final Optional<DarkSector> darkSector() {
        return Optional.ofNullable(darkSector);
    }

    /** The dark sector or null, for the models' own {@code with...} copies. */
    protected final DarkSector darkSectorOrNull() {
        return darkSector;
    }

    @Override
    public final DecayWidths decays() {
        return decays;
    }
}
