package na64.physics.model;

import java.util.Optional;
import na64.core.Check;
import na64.physics.Mediator;

/**
 * A generic boson X with a scalar, pseudoscalar, vector or axial-vector coupling g_e to electrons
 * and optionally g_mu to muons (no quark couplings). Widths X -> l+l- from
 * {@link FermionPairWidth} with alpha_g = g_l^2/(4 pi); X -> chi chi for Dirac dark matter with
 * the same Lorentz structure (any dark-matter type for a vector).
 */
public final class LeptophilicBoson implements DarkSectorModel {
    private final Mediator structure;
    private final double mass;
    private final double gElectron;
    private final double gMuon;
    private final DarkSector darkSector;
    private final DecayWidths decays;

    public LeptophilicBoson(Mediator structure, double mass, double gElectron, double gMuon, DarkSector darkSector) {
        this.structure = structure;
        this.mass = Check.positive("mass", mass);
        this.gElectron = Check.positive("coupling", gElectron);
        this.gMuon = Check.nonNegative("muon-coupling", gMuon);
        this.darkSector = darkSector;
        this.decays = computeDecays();
    }

    private DecayWidths computeDecays() {
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

    @Override
    public double mass() {
        return mass;
    }

    /** g_e. */
    @Override
    public double coupling() {
        return gElectron;
    }

    /** g_mu (0 when X does not couple to muons). */
    public double muonCoupling() {
        return gMuon;
    }

    @Override
    public double electronEpsilon() {
        return Couplings.epsilon(gElectron);
    }

    @Override
    public double muonEpsilon() {
        return Couplings.epsilon(gMuon);
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
    public LeptophilicBoson withCoupling(double coupling) {
        return new LeptophilicBoson(structure, mass, coupling, gMuon, darkSector);
    }

    @Override
    public LeptophilicBoson withMass(double newMass) {
        return new LeptophilicBoson(structure, newMass, gElectron, gMuon, darkSector);
    }
}
