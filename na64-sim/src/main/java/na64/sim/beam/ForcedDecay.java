package na64.sim.beam;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import na64.core.InputException;
import na64.physics.ParticleType;

/**
 * Biasing of the decays in flight of unstable beam particles (mu, pi, K), for samples of the
 * beam-line decay background: every unstable beam particle is made to decay inside the region
 * [zMin, zMax] of the simulated beam line, and optionally the channels whose only visible product
 * is an electron or positron (K -> e nu, pi -> e nu, mu -> e nu nu) get a chosen share of the decays. The event weight undoes both
 * exactly (importance sampling, weight = true over biased probability of what was simulated):
 * <pre>
 *   position:  the true path density (1/lambda) e^(-s/lambda), conditioned on the region [a, b]:
 *              w_z = P(a &lt; s &lt; b) = e^(-a/lambda) - e^(-b/lambda)       (lambda = beta gamma c tau)
 *   channel:   the electron channels drawn with probability q instead of their branching share p:
 *              w_ch = p / q for an electron channel, (1 - p) / (1 - q) for any other
 * </pre>
 * The sample then stands for the beam particles that decay in the region (all their channels, each
 * with its true weight); those that do not decay there are not simulated, so such a sample
 * measures the decays only (the undecayed particles come from an unbiased sample). Stable beam
 * particles (e, p) are simulated as usual with weight 1.
 *
 * @param zMin          start of the decay region [cm] (null: the start of the simulated beam line)
 * @param zMax          end of the decay region [cm] (null: the handover plane before the target)
 * @param electronShare share q of the decays given to the channels with a lone e+- (null: their branching share)
 */
public record ForcedDecay(Double zMin, Double zMax, Double electronShare) implements java.io.Serializable {

    /** Every decay in the simulated beam line, channels at their branching fractions. */
    public static final ForcedDecay EVERYWHERE = new ForcedDecay(null, null, null);

    public ForcedDecay {
        if (zMin != null && zMax != null && !(zMax > zMin)) {
            throw new InputException("force-decay", String.format(Locale.ROOT,
                    "force-decay: the decay region must have zMin < zMax, got [%s, %s] cm", zMin, zMax));
        }
        if (electronShare != null && !(electronShare > 0 && electronShare < 1)) {
            throw InputException.outOfRange("electron-share", electronShare, "(0, 1), the share of the forced decays given to the "
                    + "channels with an electron");
        }
    }

    /** Where and how a forced particle decays, and the weight that undoes the forcing. */
    public record Decay(double z, DecayChannel channel, double weight) {
    }

    /**
     * The forced decay of a beam particle of {@code type} and momentum p [GeV] starting at z0 and
     * transported up to zEnd [cm]: null for a stable particle (simulate it as usual); weight 0 and
     * z = NaN (no decay) when the region lies outside [z0, zEnd].
     */
    @JsonIgnore
    public Decay sample(ParticleType type, double z0, double zEnd, double momentum, RandomGenerator rng) {
        double lambda = DecaySampler.decayLength(type, momentum);
        if (Double.isInfinite(lambda)) {
            return null;
        }
        double a = Math.max(z0, zMin == null ? z0 : zMin) - z0;
        double b = Math.min(zEnd, zMax == null ? zEnd : zMax) - z0;
        if (!(b > a)) {
            return new Decay(Double.NaN, null, 0);
        }
        na64.core.ForcedExponential path = na64.core.ForcedExponential.sample(a, b, lambda, rng.nextDouble());
        Channel picked = channel(type, rng);
        return new Decay(z0 + path.path(), picked.channel, path.weight() * picked.weight);
    }

    private record Channel(DecayChannel channel, double weight) {
    }

    /** A decay channel of {@code type}: the lone-electron channels with probability q, the others with 1 - q. */
    private Channel channel(ParticleType type, RandomGenerator rng) {
        if (electronShare == null) {
            return new Channel(DecaySampler.sampleChannel(type, rng), 1);
        }
        List<DecayChannel> electron = new ArrayList<>();
        List<DecayChannel> other = new ArrayList<>();
        for (DecayChannel c : DecayData.channels(type)) {
            (electronOnly(c) ? electron : other).add(c);
        }
        double fe = sum(electron);
        double p = fe / (fe + sum(other));
        if (electron.isEmpty() || other.isEmpty()) {
            return new Channel(DecaySampler.sampleChannel(type, rng), 1); // nothing to share: natural
        }
        boolean toElectron = rng.nextDouble() < electronShare;
        List<DecayChannel> group = toElectron ? electron : other;
        double weight = toElectron ? p / electronShare : (1 - p) / (1 - electronShare);
        double u = rng.nextDouble() * sum(group);
        for (DecayChannel c : group) {
            u -= c.fraction();
            if (u < 0) {
                return new Channel(c, weight);
            }
        }
        return new Channel(group.get(group.size() - 1), weight);
    }

    /**
     * Whether the channel's only visible product is an electron or positron (K -> e nu, pi -> e nu,
     * mu -> e nu nu): a lone electron of part of the beam energy, the decay that fakes missing energy.
     */
    public static boolean electronOnly(DecayChannel c) {
        boolean electron = false;
        for (ParticleType p : c.products()) {
            if (p == ParticleType.ELECTRON || p == ParticleType.POSITRON) {
                electron = true;
            } else if (p != ParticleType.NEUTRINO) {
                return false;
            }
        }
        return electron;
    }

    private static double sum(List<DecayChannel> channels) {
        double s = 0;
        for (DecayChannel c : channels) {
            s += c.fraction();
        }
        return s;
    }

    /** The forcing as key-value pairs for file metadata. */
    @JsonIgnore
    public Map<String, String> metadata() {
        return Map.of("forced_decay_z_min_cm", zMin == null ? "start of the beam line" : zMin.toString(),
                "forced_decay_z_max_cm", zMax == null ? "handover plane" : zMax.toString(),
                "forced_decay_electron_share", electronShare == null ? "branching fractions" : electronShare.toString(),
                "forced_decay_weight", "w = P(decay in region) x (p/q for an electron channel, (1-p)/(1-q) otherwise)");
    }
}
