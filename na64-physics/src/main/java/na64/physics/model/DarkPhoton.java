package na64.physics.model;

import na64.core.Check;
import na64.physics.Mediator;
import na64.physics.PhysicalConstants;

/**
 * Dark photon A' with kinetic mixing eps: couples to the electromagnetic current with eps e.
 * Decays: A' -> l+l- (vector formula, alpha eps^2), A' -> hadrons with
 * Gamma = (alpha eps^2 m / 3) R(m) (R relative to the point-like mu-pair cross section,
 * {@link HadronicRatio}), and A' -> chi chi when a dark sector is given.
 */
public final class DarkPhoton extends DarkBoson {

    public DarkPhoton(double mass, double epsilon, DarkSector darkSector) {
        super(Check.positive("mass", mass), Check.positive("epsilon", epsilon), darkSector,
                widths(mass, epsilon, darkSector));
    }

    /** A dark photon that decays only to Standard-Model particles (visible mode). */
    public static DarkPhoton visible(double mass, double epsilon) {
        return new DarkPhoton(mass, epsilon, null);
    }

    private static DecayWidths widths(double mass, double epsilon, DarkSector darkSector) {
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
    public double electronEpsilon() {
        return coupling();
    }

    @Override
    public double muonEpsilon() {
        return coupling();
    }

    @Override
    public DarkPhoton withCoupling(double coupling) {
        return new DarkPhoton(mass(), coupling, darkSectorOrNull());
    }

    @Override
    public DarkPhoton withMass(double newMass) {
        return new DarkPhoton(newMass, coupling(), darkSectorOrNull());
    }
}
