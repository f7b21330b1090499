package na64.physics.material;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import na64.physics.PhysicalConstants;

/**
 * A target material: a pure element, a compound or mixture ({@link HomogeneousMaterial}), or a
 * layered sampling structure ({@link LayeredMaterial}, then the composition is the average over
 * one period of layers).
 *
 * <p>Shower and ionisation properties follow from the composition through the calculators of
 * this package (one formula each, with its source there); implementations may cache them.
 * Units: g/cm^2 for lengths in mass thickness, cm, GeV.
 */
public interface Material {

    /** One element of the material and how many of its atoms a cm^3 holds (on average). */
    record Component(Element element, double atomsPerCm3) {
    }

    /** One element of the material and its fraction of the mass. */
    record MassFraction(Element element, double fraction) {
    }

    String name();

    /** Mean density [g/cm^3]. */
    double density();

    /** The elements and their mean number densities. */
    List<Component> composition();

    /**
     * The macroscopic cross section [1/cm] = sum over elements of n_i sigma_i, for a per-atom
     * cross section given in pb.
     */
    default double macroscopic(ToDoubleFunction<Element> sigmaPbPerAtom) {
        double sum = 0;
        for (Component c : composition()) {
            sum += c.atomsPerCm3() * sigmaPbPerAtom.applyAsDouble(c.element()) * PhysicalConstants.PB_CM2;
        }
        return sum;
    }

    /**
     * Which component of {@link #composition()} an interaction hits: index i with probability
     * n_i sigma_i / sum_j n_j sigma_j, from a uniform variate in [0, 1).
     *
     * @param sigmaOfComponent the per-atom cross section of component i (any unit)
     */
    default int pickComponent(java.util.function.IntToDoubleFunction sigmaOfComponent, double uniform) {
        List<Component> comp = composition();
        double[] parts = new double[comp.size()];
        double total = 0;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = comp.get(i).atomsPerCm3() * sigmaOfComponent.applyAsDouble(i);
            total += parts[i];
        }
        double target = uniform * total;
        for (int i = 0; i < parts.length - 1; i++) {
            target -= parts[i];
            if (target < 0) {
                return i;
            }
        }
        return parts.length - 1;
    }

    /** Atoms per cm^3 summed over all elements. */
    default double atomsPerCm3() {
        return composition().stream().mapToDouble(Component::atomsPerCm3).sum();
    }

    /** The cross section per atom averaged over the composition [pb]: macroscopic / atoms per cm^3. */
    default double meanPerAtomPb(ToDoubleFunction<Element> sigmaPbPerAtom) {
        return macroscopic(sigmaPbPerAtom) / PhysicalConstants.PB_CM2 / atomsPerCm3();
    }

    /** Fraction of the mass carried by each element, w_j = n_j A_j / sum_i n_i A_i. */
    default List<MassFraction> massFractions() {
        List<Component> comp = composition();
        double total = 0;
        for (Component c : comp) {
            total += c.atomsPerCm3() * c.element().atomicMass();
        }
        List<MassFraction> out = new ArrayList<>(comp.size());
        for (Component c : comp) {
            out.add(new MassFraction(c.element(), c.atomsPerCm3() * c.element().atomicMass() / total));
        }
        return List.copyOf(out);
    }

    /** Phase of the material (solid unless a gas or liquid is declared). */
    default Phase phase() {
        return Phase.SOLID;
    }

    /** Mean Z/A [mol/g] = sum_j w_j Z_j / A_j. */
    default double zOverA() {
        double sum = 0;
        for (MassFraction f : massFractions()) {
            sum += f.fraction() * f.element().z() / f.element().atomicMass();
        }
        return sum;
    }

    /** Electrons per cm^3 = sum_j n_j Z_j. */
    default double electronDensity() {
        double sum = 0;
        for (Component c : composition()) {
            sum += c.atomsPerCm3() * c.element().z();
        }
        return sum;
    }

    /** Radiation length [g/cm^2]: Tsai's formula per element, 1/X0 = sum w_j / X_j ({@link RadiationLength}). */
    default double radiationLength() {
        return RadiationLength.of(this);
    }

    /** Radiation length [cm]. */
    default double radiationLengthCm() {
        return radiationLength() / density();
    }

    /** Nuclear interaction length [g/cm^2], 1/lambda = sum w_j / lambda_j ({@link NuclearInteractionLength}). */
    default double nuclearInteractionLength() {
        return NuclearInteractionLength.of(this);
    }

    /** Nuclear interaction length [cm]. */
    default double nuclearInteractionLengthCm() {
        return nuclearInteractionLength() / density();
    }

    /** Mean excitation energy I [GeV] (Bragg additivity unless a measured value is given). */
    default double meanExcitationEnergy() {
        return MeanExcitationEnergy.braggRule(this);
    }

    /** Density-effect parameters (Sternheimer-Peierls recipe unless tabulated values are given). */
    default DensityEffect densityEffect() {
        return DensityEffect.sternheimerPeierls(meanExcitationEnergy(),
                DensityEffect.plasmaEnergy(electronDensity()), phase());
    }

    /** Critical energy of electrons [GeV], Rossi's definition ({@link CriticalEnergy}). */
    default double criticalEnergy() {
        return CriticalEnergy.of(this);
    }

    /** Moliere radius [g/cm^2] = X0 E_s / E_c ({@link MoliereRadius}). */
    default double moliereRadius() {
        return MoliereRadius.of(this);
    }

    /** Moliere radius [cm]. */
    default double moliereRadiusCm() {
        return moliereRadius() / density();
    }

    /** Minimum ionisation loss of a muon [GeV cm^2/g] (Bethe, {@link IonisationLoss#minimum}). */
    default double minimumIonisation() {
        return IonisationLoss.minimum(this);
    }
}
