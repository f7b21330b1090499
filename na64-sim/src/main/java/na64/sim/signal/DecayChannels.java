package na64.sim.signal;

import static na64.physics.PhysicalConstants.ELECTRON_MASS;
import static na64.physics.PhysicalConstants.HBAR_C;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import na64.physics.PhysicalConstants;
import na64.physics.model.Channel;
import na64.physics.model.DarkSectorModel;
import na64.physics.model.DecayWidths;
import na64.physics.model.Visibility;
import na64.physics.ParticleType;

/**
 * The visible two-body decays of a dark boson X that na64 follows (e+e-, mu+mu-, hadrons as
 * pi+ pi-, and gamma gamma when asked for), chosen by their partial widths, and the flight
 * distance before the decay. One place for both the cascade ({@link DarkBosonHandler}) and the
 * event generator, so that the two decay X alike.
 */
public final class DecayChannels {
    private final List<Channel> channels = new ArrayList<>();
    private final double[] cumulative;

    /**
     * @param photons whether X -> gamma gamma counts (the generator's ALPs); the cascade leaves it out
     */
    public DecayChannels(DarkSectorModel model, boolean photons) {
        DecayWidths widths = model.decays();
        List<Double> partial = new ArrayList<>();
        for (DecayWidths.Decay d : widths.decays()) {
            boolean followed = daughterMass(d.channel()) >= 0 && (photons || d.channel() != Channel.PHOTONS);
            if (d.visibility() == Visibility.VISIBLE && followed) {
                channels.add(d.channel());
                partial.add(d.width());
            }
        }
        cumulative = new double[partial.size()];
        double sum = 0;
        for (int i = 0; i < partial.size(); i++) {
            sum += partial.get(i);
            cumulative[i] = sum;
        }
    }

    /** Whether X has a visible decay that is followed. */
    public boolean any() {
        return !channels.isEmpty();
    }

    /** A channel drawn with probability Gamma_c / sum of the followed visible Gamma. */
    public Channel pick(RandomGenerator rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int i = 0;
        while (i < cumulative.length - 1 && u > cumulative[i]) {
            i++;
        }
        return channels.get(i);
    }

    /** Mass of each daughter of a channel [GeV]; -1 for channels that are not followed. */
    public static double daughterMass(Channel c) {
        return switch (c) {
            case ELECTRONS -> ELECTRON_MASS;
            case MUONS -> PhysicalConstants.MUON_MASS;
            case HADRONS -> PhysicalConstants.CHARGED_PION_MASS;
            case PHOTONS -> 0;
            default -> -1;
        };
    }

    /** The two daughters of a followed channel. */
    public static ParticleType[] daughters(Channel c) {
        return switch (c) {
            case ELECTRONS -> new ParticleType[] {ParticleType.ELECTRON, ParticleType.POSITRON};
            case MUONS -> new ParticleType[] {ParticleType.MUON, ParticleType.ANTIMUON};
            case PHOTONS -> new ParticleType[] {ParticleType.PHOTON, ParticleType.PHOTON};
            default -> new ParticleType[] {ParticleType.PION_MINUS, ParticleType.PION_PLUS};
        };
    }

    /** Distance [cm] to the decay of a particle of energy E, mass m and total width Gamma: exp(-d/L), L = p/m hbar c/Gamma. */
    public static double flight(double energy, double mass, double width, RandomGenerator rng) {
        if (!(width > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        double p = Math.sqrt(Math.max(0, energy * energy - mass * mass));
        double length = p / mass * HBAR_C / width;
        return -length * Math.log(1 - rng.nextDouble());
    }
}
