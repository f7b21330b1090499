package na64.physics.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import na64.core.Check;
import na64.core.InputException;
import na64.physics.Mediator;
import na64.physics.PhysicalConstants;

/**
 * The partial widths of a boson of mass {@code mass}, with branching ratios, lifetime and decay
 * lengths derived from them. Immutable.
 */
public final class DecayWidths {

    /** One open channel: its partial width [GeV] and what the detector sees of it. */
    public record Decay(Channel channel, double width, Visibility visibility) {
    }

    private final double mass;
    private final List<Decay> decays;
    private final double total;

    private DecayWidths(double mass, List<Decay> decays) {
        this.mass = mass;
        this.decays = Collections.unmodifiableList(decays);
        this.total = decays.stream().mapToDouble(Decay::width).sum();
    }

    /** Builds the table channel by channel; channels with zero width are left out. */
    public static Builder of(double mass) {
        return new Builder(mass);
    }

    public static final class Builder {
        private final double mass;
        private final List<Decay> decays = new ArrayList<>();

        private Builder(double mass) {
            this.mass = mass;
        }

        public Builder add(Channel channel, double width) {
            return add(channel, width, channel.defaultVisibility());
        }

        public Builder add(Channel channel, double width, Visibility visibility) {
            if (!(width >= 0) || !Double.isFinite(width)) {
                throw new IllegalStateException("width of " + channel + " is " + width);
            }
            if (width > 0) {
                decays.add(new Decay(channel, width, visibility));
            }
            return this;
        }

        /**
         * Adds X -> e+e-, mu+mu-, tau+tau- ({@link FermionPairWidth}) for a boson with the given
         * Lorentz structure and coupling alpha_l = g_l^2/(4 pi) to each lepton (0: no coupling).
         */
        public Builder addChargedLeptons(Mediator structure, double alphaElectron, double alphaMuon, double alphaTau) {
            return add(Channel.ELECTRONS, FermionPairWidth.width(structure, alphaElectron, mass, PhysicalConstants.ELECTRON_MASS))
                    .add(Channel.MUONS, FermionPairWidth.width(structure, alphaMuon, mass, PhysicalConstants.MUON_MASS))
                    .add(Channel.TAUS, FermionPairWidth.width(structure, alphaTau, mass, PhysicalConstants.TAU_MASS));
        }

        /** Adds X -> chi chi with the dark sector's visibility; nothing when darkSector is null. */
        public Builder addDarkSector(DarkSector darkSector, Mediator structure) {
            return darkSector == null ? this
                    : add(Channel.DARK_MATTER, darkSector.widthFrom(structure, mass), darkSector.visibility());
        }

        public DecayWidths build() {
            return new DecayWidths(mass, new ArrayList<>(decays));
        }
    }

    /** Mass of the decaying boson [GeV]. */
    public double mass() {
        return mass;
    }

    /** The open channels, in the order they were added. */
    public List<Decay> decays() {
        return decays;
    }

    /** Partial width [GeV]; 0 for a closed channel. */
    public double width(Channel channel) {
        return decays.stream().filter(d -> d.channel() == channel).mapToDouble(Decay::width).sum();
    }

    /** Total width [GeV]. */
    public double total() {
        return total;
    }

    /** Gamma(channel) / Gamma_total; 0 when the boson cannot decay at all. */
    public double branchingRatio(Channel channel) {
        return total > 0 ? width(channel) / total : 0;
    }

    /** Sum of the branching ratios of the channels with the given visibility. */
    public double branchingRatio(Visibility visibility) {
        if (total <= 0) {
            return 0;
        }
        return decays.stream().filter(d -> d.visibility() == visibility).mapToDouble(Decay::width).sum() / total;
    }

    /** Visibility of a channel in this model (its default when the channel is closed). */
    public Visibility visibility(Channel channel) {
        return decays.stream().filter(d -> d.channel() == channel).map(Decay::visibility)
                .findFirst().orElse(channel.defaultVisibility());
    }

    /** Mean lifetime tau = hbar / Gamma [s]; infinite for a stable boson. */
    public double lifetimeSeconds() {
        return total > 0 ? PhysicalConstants.HBAR / total : Double.POSITIVE_INFINITY;
    }

    /** Proper decay length c tau = hbar c / Gamma [cm]. */
    public double properDecayLength() {
        return total > 0 ? PhysicalConstants.HBAR_C / total : Double.POSITIVE_INFINITY;
    }

    /**
     * Mean decay length in the lab for a boson of total energy {@code energy} [GeV]:
     * L = (p/m) c tau = beta gamma c tau [cm].
     */
    public double labDecayLength(double energy) {
        Check.positive("energy", energy);
        if (energy < mass) {
            throw InputException.outOfRange("energy", energy, ">= the boson mass " + mass + " GeV");
        }
        double momentum = Math.sqrt((energy - mass) * (energy + mass));
        return momentum / mass * properDecayLength();
    }
}
