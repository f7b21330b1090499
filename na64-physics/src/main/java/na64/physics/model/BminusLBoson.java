package na64.physics.model;

import na64.core.Check;
import na64.physics.Mediator;

/**
 * Z' of a gauged U(1)_{B-L} with coupling g: charge -1 for charged leptons and (left-handed)
 * neutrinos, +1/3 for quarks. Decays: Z' -> l+l- (vector, alpha_g = g^2/4 pi), Z' -> nu nubar
 * for three flavours (alpha_g m / 6 each), Z' -> hadrons.
 *
 * <p>Hadrons: the B-L quark current is (1/3) sum_q qbar gamma q, so in the perturbative region
 * R_B-L / R_em = sum (1/3)^2 / sum Q_q^2 = 1/2 for u, d, s. na64 uses
 * Gamma_had = (alpha_g m / 3) R(m) / 2 at all masses. This is an approximation below ~1.5 GeV,
 * where R is dominated by the isovector rho that does not couple to B-L while the isoscalar
 * omega and phi couple more strongly (Ilten et al., JHEP 06 (2018) 004, treat this with vector-
 * meson dominance); Gamma_had is a small part of Gamma_total except near the omega and phi.
 */
public final class BminusLBoson extends DarkBoson {
    /** sum over u, d, s of (B-L charge)^2 / sum of (electric charge)^2. */
    static final double QUARK_CHARGE_RATIO = 0.5;

    public BminusLBoson(double mass, double g, DarkSector darkSector) {
        super(Check.positive("mass", mass), Check.positive("coupling", g), darkSector, widths(mass, g, darkSector));
    }

    private static DecayWidths widths(double mass, double g, DarkSector darkSector) {
        double alphaG = Couplings.alpha(g);
        return DecayWidths.of(mass)
                .addChargedLeptons(Mediator.VECTOR, alphaG, alphaG, alphaG)
                .add(Channel.NEUTRINOS, 3 * FermionPairWidth.neutrinoWidth(alphaG, mass))
                .add(Channel.HADRONS, QUARK_CHARGE_RATIO * FermionPairWidth.hadronWidth(alphaG, mass))
                .addDarkSector(darkSector, Mediator.VECTOR)
                .build();
    }

    @Override
    public ModelKind kind() {
        return ModelKind.B_MINUS_L;
    }

    @Override
    public Mediator mediator() {
        return Mediator.VECTOR;
    }

    /** g / e. */
    @Override
    public double electronEpsilon() {
        return Couplings.epsilon(coupling());
    }

    @Override
    public double muonEpsilon() {
        return electronEpsilon();
    }

    @Override
    public BminusLBoson withCoupling(double coupling) {
        return new BminusLBoson(mass(), coupling, darkSectorOrNull());
    }

    @Override
    public BminusLBoson withMass(double newMass) {
        return new BminusLBoson(newMass, coupling(), darkSectorOrNull());
    }
}
