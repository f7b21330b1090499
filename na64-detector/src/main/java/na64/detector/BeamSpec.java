package na64.detector;

import java.util.List;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;
import na64.physics.ParticleType;

/**
 * The beam a setup receives from its beam line (H4 for electrons and hadrons, M2 for muons), at
 * the start of the simulated beam line, z = -upstreamLength.
 *
 * @param particle        nominal species ("e-", "e+", "mu-", "pi-")
 * @param energy          nominal energy [GeV]; the magnets are set for this momentum
 * @param momentumSpread  Gaussian relative momentum spread sigma_p / p
 * @param tail            low-energy tail
 * @param spot            Gaussian beam-spot size at z = -upstreamLength [cm]
 * @param divergence      Gaussian angular spread [rad]
 * @param upstreamLength  length of beam line upstream of z = 0 in which beam particles may decay
 *                        in flight [cm]
 * @param admixture       other species in the beam, as fractions of all beam particles (the
 *                        nominal species makes up the rest)
 */
public record BeamSpec(String particle, Double energy, Double momentumSpread, Tail tail, Sigma spot,
                       Sigma divergence, Double upstreamLength, List<Admixture> admixture) {

    /**
     * A low-energy tail: a fraction of the nominal species arrives with an energy uniform in
     * [minFraction E0, E0] (radiative losses upstream in the beam line, momentum slits).
     */
    public record Tail(Double fraction, Double minFraction) {
        public Tail {
            Check.inClosedRange("fraction", Config.orDefault(fraction, 0.0), 0, 1);
            Check.inClosedRange("minFraction", Config.orDefault(minFraction, 0.5), 0, 1);
        }
    }

    /** Gaussian widths in x and y. */
    public record Sigma(Double x, Double y) {
        public Sigma {
            Check.nonNegative("x", Config.require("x", x));
            Check.nonNegative("y", Config.require("y", y));
        }
    }

    /** One admixed species and its fraction of all beam particles. */
    public record Admixture(String particle, Double fraction) {
        public Admixture {
            parseBeamParticle("particle", Config.require("particle", particle));
            Check.inClosedRange("fraction", Config.require("fraction", fraction), 0, 1);
        }

        public ParticleType type() {
            return ParticleType.parse(particle);
        }
    }

    public BeamSpec {
        ParticleType type = parseBeamParticle("particle", Config.require("particle", particle));
        Check.positive("energy", Config.require("energy", energy));
        if (energy <= type.mass()) {
            throw InputException.outOfRange("energy", energy, "> the " + particle + " mass " + type.mass() + " GeV");
        }
        Check.inClosedRange("momentumSpread", Config.orDefault(momentumSpread, 0.0), 0, 0.2);
        tail = Config.orDefault(tail, new Tail(0.0, 0.5));
        spot = Config.orDefault(spot, new Sigma(0.0, 0.0));
        divergence = Config.orDefault(divergence, new Sigma(0.0, 0.0));
        Check.nonNegative("upstreamLength", Config.orDefault(upstreamLength, 0.0));
        admixture = List.copyOf(Config.orDefault(admixture, List.of()));
        double sum = 0;
        for (int i = 0; i < admixture.size(); i++) {
            Admixture a = admixture.get(i);
            parseBeamParticle("admixture[" + i + "].particle", a.particle());
            if (a.type() == type) {
                throw new InputException("admixture[" + i + "].particle",
                        "the nominal species " + particle + " cannot also be an admixture");
            }
            sum += a.fraction();
        }
        if (sum >= 1) {
            throw InputException.outOfRange("admixture", sum, "fractions adding up to < 1");
        }
    }

    /** The nominal species. */
    public ParticleType type() {
        return ParticleType.parse(particle);
    }

    /**
     * This beam with another nominal species and energy (command-line overrides). If the charge
     * changes sign (an e+ run in an e- setup) the admixture is charge-conjugated (protons, for which
     * na64 has no antiparticle, are dropped); an admixed species equal to the new nominal one is
     * dropped.
     */
    public BeamSpec with(ParticleType newParticle, double newEnergy) {
        parseBeamParticle("beam", newParticle.cliName());
        boolean conjugate = newParticle.charge() * type().charge() < 0;
        List<Admixture> mixed = new java.util.ArrayList<>();
        for (Admixture a : admixture) {
            ParticleType t = conjugate ? conjugate(a.type()) : a.type();
            if (t != null && t != newParticle) {
                mixed.add(new Admixture(t.cliName(), a.fraction()));
            }
        }
        return new BeamSpec(newParticle.cliName(), newEnergy, momentumSpread, tail, spot, divergence,
                upstreamLength, mixed);
    }

    private static ParticleType conjugate(ParticleType t) {
        return switch (t) {
            case ELECTRON -> ParticleType.POSITRON;
            case POSITRON -> ParticleType.ELECTRON;
            case MUON -> ParticleType.ANTIMUON;
            case ANTIMUON -> ParticleType.MUON;
            case PION_MINUS -> ParticleType.PION_PLUS;
            case PION_PLUS -> ParticleType.PION_MINUS;
            case KAON_MINUS -> ParticleType.KAON_PLUS;
            case KAON_PLUS -> ParticleType.KAON_MINUS;
            default -> null;
        };
    }

    /** Species a beam line can deliver: charged, long-lived. */
    public static ParticleType parseBeamParticle(String field, String text) {
        List<String> allowed = List.of("e-", "e+", "mu-", "mu+", "pi-", "pi+", "K-", "K+", "p");
        ParticleType t = null;
        try {
            t = ParticleType.parse(text);
        } catch (InputException e) {
            // reported below with the field name
        }
        return switch (t == null ? ParticleType.NEUTRINO : t) {
            case ELECTRON, POSITRON, MUON, ANTIMUON, PION_MINUS, PION_PLUS, KAON_MINUS, KAON_PLUS, PROTON -> t;
            default -> throw new InputException(field, field + " = '" + text
                    + "' is not a beam particle; allowed: " + String.join(", ", allowed));
        };
    }
}
