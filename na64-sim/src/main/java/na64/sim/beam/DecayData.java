package na64.sim.beam;

import static na64.sim.beam.DecayChannel.Matrix.MICHEL;
import static na64.sim.beam.DecayChannel.Matrix.PHASE_SPACE;
import static na64.sim.beam.DecayChannel.Matrix.TWO_BODY;
import static na64.physics.ParticleType.ANTIMUON;
import static na64.physics.ParticleType.ELECTRON;
import static na64.physics.ParticleType.KAON_LONG;
import static na64.physics.ParticleType.KAON_MINUS;
import static na64.physics.ParticleType.KAON_PLUS;
import static na64.physics.ParticleType.KAON_SHORT;
import static na64.physics.ParticleType.MUON;
import static na64.physics.ParticleType.NEUTRINO;
import static na64.physics.ParticleType.PION_MINUS;
import static na64.physics.ParticleType.PION_PLUS;
import static na64.physics.ParticleType.PION_ZERO;
import static na64.physics.ParticleType.POSITRON;

import java.util.ArrayList;
import java.util.List;
import na64.physics.ParticleType;

/**
 * Lifetimes and decay modes of the unstable particles (beam particles and the hadrons of the showers), as data.
 *
 * <p>Source: R. L. Workman et al. (Particle Data Group), Review of Particle Physics, and its 2024
 * update (S. Navas et al., Phys. Rev. D 110 (2024) 030001), summary tables: mean lives
 * tau(mu) = 2.1969811e-6 s, tau(pi+-) = 2.6033e-8 s, tau(K+-) = 1.2380e-8 s; branching fractions
 * pi -> mu nu 99.98770 %, pi -> e nu 1.2327e-4; K -> mu nu 63.56 %, pi pi0 20.67 %, pi pi pi
 * 5.583 %, pi0 e nu 5.07 %, pi0 mu nu 3.352 %, pi pi0 pi0 1.760 %, e nu 1.582e-5; mu -> e nu nu
 * ~100 %; tau(K0S) = 8.954e-11 s, K0S -> pi+ pi- 69.20 %, pi0 pi0 30.69 %; tau(K0L) = 5.116e-8 s,
 * K0L -> pi e nu 40.55 %, pi mu nu 27.04 % (each charge combination half of it), 3 pi0 19.52 %,
 * pi+ pi- pi0 12.54 %. The K modes listed add up to 99.997 % (K+-), 99.89 % (K0S) and 99.65 % (K0L);
 * the sampler normalises them. pi0 -> gamma gamma
 * (98.82 %) is applied to every pi0 (the 1.17 % Dalitz mode is counted as gamma gamma).
 */
public final class DecayData {
    /** Mean life of the muon [s]. */
    public static final double MUON_LIFETIME = 2.1969811e-6;
    /** Mean life of the charged pion [s]. */
    public static final double CHARGED_PION_LIFETIME = 2.6033e-8;
    /** Mean life of the charged kaon [s]. */
    public static final double CHARGED_KAON_LIFETIME = 1.2380e-8;
    /** Mean life of the K0S [s]. */
    public static final double SHORT_KAON_LIFETIME = 8.954e-11;
    /** Mean life of the K0L [s]. */
    public static final double LONG_KAON_LIFETIME = 5.116e-8;

    private DecayData() {
    }

    /** Mean life [s] of a particle, or +infinity for the stable ones (e, p, n, gamma). */
    public static double lifetime(ParticleType type) {
        return switch (type) {
            case MUON, ANTIMUON -> MUON_LIFETIME;
            case PION_MINUS, PION_PLUS -> CHARGED_PION_LIFETIME;
            case KAON_MINUS, KAON_PLUS -> CHARGED_KAON_LIFETIME;
            case KAON_SHORT -> SHORT_KAON_LIFETIME;
            case KAON_LONG -> LONG_KAON_LIFETIME;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /** The decay channels of a particle (empty for stable particles), with their branching fractions. */
    public static List<DecayChannel> channels(ParticleType type) {
        return switch (type) {
            case MUON -> List.of(new DecayChannel("mu- -> e- nu nu", List.of(ELECTRON, NEUTRINO, NEUTRINO), 1.0, MICHEL));
            case ANTIMUON -> List.of(new DecayChannel("mu+ -> e+ nu nu", List.of(POSITRON, NEUTRINO, NEUTRINO), 1.0, MICHEL));
            case PION_MINUS -> pion(PION_MINUS, MUON, ELECTRON);
            case PION_PLUS -> pion(PION_PLUS, ANTIMUON, POSITRON);
            case KAON_MINUS -> kaon(KAON_MINUS, PION_MINUS, PION_PLUS, MUON, ELECTRON);
            case KAON_PLUS -> kaon(KAON_PLUS, PION_PLUS, PION_MINUS, ANTIMUON, POSITRON);
            case KAON_SHORT -> List.of(
                    new DecayChannel("K0S -> pi+ pi-", List.of(PION_PLUS, PION_MINUS), 0.6920, TWO_BODY),
                    new DecayChannel("K0S -> pi0 pi0", List.of(PION_ZERO, PION_ZERO), 0.3069, TWO_BODY));
            case KAON_LONG -> List.of(
                    new DecayChannel("K0L -> pi- e+ nu", List.of(PION_MINUS, POSITRON, NEUTRINO), 0.5 * 0.4055, PHASE_SPACE),
                    new DecayChannel("K0L -> pi+ e- nu", List.of(PION_PLUS, ELECTRON, NEUTRINO), 0.5 * 0.4055, PHASE_SPACE),
                    new DecayChannel("K0L -> pi- mu+ nu", List.of(PION_MINUS, ANTIMUON, NEUTRINO), 0.5 * 0.2704, PHASE_SPACE),
                    new DecayChannel("K0L -> pi+ mu- nu", List.of(PION_PLUS, MUON, NEUTRINO), 0.5 * 0.2704, PHASE_SPACE),
                    new DecayChannel("K0L -> pi0 pi0 pi0", List.of(PION_ZERO, PION_ZERO, PION_ZERO), 0.1952, PHASE_SPACE),
                    new DecayChannel("K0L -> pi+ pi- pi0", List.of(PION_PLUS, PION_MINUS, PION_ZERO), 0.1254, PHASE_SPACE));
            default -> List.of();
        };
    }

    private static List<DecayChannel> pion(ParticleType pi, ParticleType mu, ParticleType e) {
        return List.of(
                new DecayChannel(pi + " -> " + mu + " nu", List.of(mu, NEUTRINO), 0.99987700, TWO_BODY),
                new DecayChannel(pi + " -> " + e + " nu", List.of(e, NEUTRINO), 1.2327e-4, TWO_BODY));
    }

    private static List<DecayChannel> kaon(ParticleType k, ParticleType pi, ParticleType piOpposite, ParticleType mu,
                                           ParticleType e) {
        List<DecayChannel> list = new ArrayList<>();
        list.add(new DecayChannel(k + " -> " + mu + " nu", List.of(mu, NEUTRINO), 0.6356, TWO_BODY));
        list.add(new DecayChannel(k + " -> " + pi + " pi0", List.of(pi, PION_ZERO), 0.2067, TWO_BODY));
        list.add(new DecayChannel(k + " -> " + pi + " " + pi + " " + piOpposite, List.of(pi, pi, piOpposite), 0.05583,
                PHASE_SPACE));
        list.add(new DecayChannel(k + " -> pi0 " + e + " nu", List.of(PION_ZERO, e, NEUTRINO), 0.0507, PHASE_SPACE));
        list.add(new DecayChannel(k + " -> pi0 " + mu + " nu", List.of(PION_ZERO, mu, NEUTRINO), 0.03352, PHASE_SPACE));
        list.add(new DecayChannel(k + " -> " + pi + " pi0 pi0", List.of(pi, PION_ZERO, PION_ZERO), 0.01760, PHASE_SPACE));
        list.add(new DecayChannel(k + " -> " + e + " nu", List.of(e, NEUTRINO), 1.582e-5, TWO_BODY));
        return List.copyOf(list);
    }

    /** Sum of the branching fractions of a particle's listed channels. */
    public static double totalFraction(ParticleType type) {
        return channels(type).stream().mapToDouble(DecayChannel::fraction).sum();
    }
}
