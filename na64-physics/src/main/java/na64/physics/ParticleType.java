package na64.physics;

import java.util.Arrays;
import java.util.Locale;
import na64.core.InputException;
import na64.physics.PhysicalConstants;

/**
 * The particle species the simulation follows, with PDG Monte Carlo codes (PDG, "Monte Carlo
 * particle numbering scheme"). DARK_BOSON stands for the produced dark-sector particle X (A',
 * Z', S, P, a); its mass comes from the signal model.
 */
public enum ParticleType {
    ELECTRON("e-", 11, PhysicalConstants.ELECTRON_MASS, -1),
    POSITRON("e+", -11, PhysicalConstants.ELECTRON_MASS, +1),
    PHOTON("gamma", 22, 0, 0),
    MUON("mu-", 13, PhysicalConstants.MUON_MASS, -1),
    ANTIMUON("mu+", -13, PhysicalConstants.MUON_MASS, +1),
    PION_MINUS("pi-", -211, PhysicalConstants.CHARGED_PION_MASS, -1),
    PION_PLUS("pi+", 211, PhysicalConstants.CHARGED_PION_MASS, +1),
    PION_ZERO("pi0", 111, PhysicalConstants.NEUTRAL_PION_MASS, 0),
    KAON_MINUS("K-", -321, PhysicalConstants.CHARGED_KAON_MASS, -1),
    KAON_PLUS("K+", 321, PhysicalConstants.CHARGED_KAON_MASS, +1),
    KAON_LONG("K0L", 130, PhysicalConstants.NEUTRAL_KAON_MASS, 0),
    KAON_SHORT("K0S", 310, PhysicalConstants.NEUTRAL_KAON_MASS, 0),
    PROTON("p", 2212, PhysicalConstants.PROTON_MASS, +1),
    NEUTRON("n", 2112, PhysicalConstants.NEUTRON_MASS, 0),
    NEUTRINO("nu", 12, 0, 0),
    DARK_BOSON("X", 5000022, 0, 0);

    private final String cliName;
    private final int pdg;
    private final double mass;
    private final int charge;

    ParticleType(String cliName, int pdg, double mass, int charge) {
        this.cliName = cliName;
        this.pdg = pdg;
        this.mass = mass;
        this.charge = charge;
    }

    public String cliName() {
        return cliName;
    }

    /** PDG Monte Carlo code (for NEUTRINO: nu_e; the flavour is kept in the truth where it matters). */
    public int pdg() {
        return pdg;
    }

    /** Mass [GeV] (0 for DARK_BOSON: use the signal model's mass). */
    public double mass() {
        return mass;
    }

    public int charge() {
        return charge;
    }

    public boolean isElectromagnetic() {
        return this == ELECTRON || this == POSITRON || this == PHOTON;
    }

    public boolean isHadron() {
        return switch (this) {
            case PION_MINUS, PION_PLUS, PION_ZERO, KAON_MINUS, KAON_PLUS, KAON_LONG, KAON_SHORT, PROTON, NEUTRON -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return cliName;
    }

    /** By name ("e-", "pi-", "K-", "p", "mu-") or PDG code, case-insensitive. */
    public static ParticleType parse(String text) {
        for (ParticleType t : values()) {
            if (t.cliName.equalsIgnoreCase(text) || t.name().equalsIgnoreCase(text) || String.valueOf(t.pdg).equals(text)) {
                return t;
            }
        }
        throw InputException.unknown("particle", text, Arrays.stream(values()).map(ParticleType::cliName).toList());
    }

    public static ParticleType byPdg(int pdg) {
        for (ParticleType t : values()) {
            if (t.pdg == pdg) {
                return t;
            }
        }
        throw new IllegalArgumentException("no particle type with PDG code " + pdg);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
