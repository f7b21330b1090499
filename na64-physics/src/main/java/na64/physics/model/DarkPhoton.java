package na64.physics.model;

import java.util.Optional;
import na64.core.Check;
import na64.physics.Mediator;
import na64.physics.PhysicalConstants;

/**
 * Dark photon A' with kinetic mixing eps: couples to the electromagnetic current with eps e.
 * Decays: A' -> l+l- (vector formula, alpha eps^2), A' -> hadrons with
 * Gamma = (alpha eps^2 m / 3) R(m) (R relative to the point-like mu-pair cross section,
 * {@link HadronicRatio}), and A' -> chi chi when a dark sector is given.
 */
public final class DarkPhoton implements DarkSectorModel {
    private final double mass;
    private final double epsilon;
    private final DarkSector darkSector;
    private final DecayWidths decays;

    public DarkPhoton(double mass, double epsilon, DarkSector darkSector) {
        this.mass = Check.positive("mass", mass);
        this.epsilon = Check.positive("epsilon", epsilon);
        this.darkSector = darkSector;
        this.decays = computeDecays();
    }

    /** A dark photon that decays only to Standard-Model particles (visible mode). */
    public static DarkPhoton visible(double mass, double epsilon) {
        return new DarkPhoton(mass, epsilon, null);
    }

    private DecayWidths computeDecays() {
        double alphaEps2 = PhysicalConstants.ALPHA * epsilon * epsilon;
        return DecayWidths.of(mass)
                .addChargedLeptons(Mediator.VECTOR, alphaEps2, alphaEps2, alphaEps2)
                .add(Channel.HADRONS, FermionPairWidth.hadronWidth(alphaEps2, mass))
                .addDarkSector(darkSector, Mediator.VECTOR)
                .build();
    }

    @Override
    public ModelKind kind() {
        return ModelKind.DARK_PHOTON;
    }

    @Override
    public Mediator mediator() {
        return Mediator.VECTOR;
    }

    @Override
    public double mass() {
        return mass;
    }

    @Override
    public double coupling() {
        return epsilon;
    }

    @Override
    public double electronEpsilon() {
        return epsilon;
    }

    @Override
    public double muonEpsilon() {
        return epsilon;
    }

    @Override
    public Optional<DarkSector> darkSector() {
        return Optional.ofNullable(darkSector);
    }

    @Override
    public DecayWidths decays() {
        return decays;
    }

    @Override
    public DarkPhoton withCoupling(double coupling) {
        return new DarkPhoton(mass, coupling, darkSector);
    }

    @Override
    public DarkPhoton withMass(double newMass) {
        return new DarkPhoton(newMass, epsilon, darkSector);
    }
}
