package na64.physics.model;

import na64.core.Check;
import na64.physics.Mediator;

/**
 * A generic boson X with a scalar, pseudoscalar, vector or axial-vector coupling g_e to electrons
 * and optionally g_mu to muons (no quark couplings). Widths X -> l+l- from
 * {@link FermionPairWidth} with alpha_g = g_l^2/(4 pi); X -> chi chi for Dirac dark matter with
 * the same Lorentz structure (any dark-matter type for a vector).
 */
public final class LeptophilicBoson extends DarkBoson {
    private final Mediator structure;
    private final double gMuon;

    public LeptophilicBoson(Mediator structure, double mass, double gElectron, double gMuon, DarkSector darkSector) {
        super(Check.positive("mass", mass), Check.positive("coupling", gElectron), darkSector,
                widths(structure, mass, gElectron, Check.nonNegative("muon-coupling", gMuon), darkSector));
        this.structure = structure;
        this.gMuon = gMuon;
    }

    private static DecayWidths widths(Mediator structure, double mass, double gElectron, double gMuon,
                                      DarkSector darkSector) {
        // no coupling to taus
        return DecayWidths.of(mass)
                .addChargedLeptons(structure, Couplings.alpha(gElectron), Couplings.alpha(gMuon), 0)
                .addDarkSector(darkSector, structure)
                .build();
    }

    @Override
    public ModelKind kind() {
        return switch (structure) {
            case SCALAR -> ModelKind.SCALAR;
            case PSEUDOSCALAR -> ModelKind.PSEUDOSCALAR;
            case VECTOR -> ModelKind.VECTOR;
            case AXIAL -> ModelKind.AXIAL;
        };
    }

    @Override
    public Mediator mediator() {
        return structure;
    }

    /** g_mu (0 when X does not couple to muons); the coupling g_e is {@link #coupling()}. */
    public double muonCoupling() {
        return gMuon;
    }

    @Override
    public double electronEpsilon() {
        return Couplings.epsilon(coupling());
    }

    @Override
    public double muonEpsilon() {
        return Couplings.epsilon(gMuon);
    }

    @Override
    public LeptophilicBoson withCoupling(double coupling) {
        return new LeptophilicBoson(structure, mass(), coupling, gMuon, darkSectorOrNull());
    }

    @Override
    public LeptophilicBoson withMass(double newMass) {
        return new LeptophilicBoson(structure, newMass, coupling(), gMuon, darkSectorOrNull());
    }
}
