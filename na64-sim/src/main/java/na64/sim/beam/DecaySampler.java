package na64.sim.beam;

import java.util.List;
import java.util.random.RandomGenerator;
import na64.physics.PhysicalConstants;
import na64.physics.ParticleType;

/**
 * Decays in flight of beam particles: where (exponential law in the laboratory decay length
 * beta gamma c tau) and into what ({@link DecayData}, kinematics from {@link Kinematics}).
 */
public final class DecaySampler {
    private DecaySampler() {
    }

    /** Laboratory decay length beta gamma c tau [cm] of a particle of momentum p [GeV]; +infinity if stable. */
    public static double decayLength(ParticleType type, double momentum) {
        double tau = DecayData.lifetime(type);
        if (Double.isInfinite(tau)) {
            return Double.POSITIVE_INFINITY;
        }
        return momentum / type.mass() * PhysicalConstants.SPEED_OF_LIGHT * tau;
    }

    /** A path length to the decay [cm], exponential with mean {@link #decayLength}. */
    public static double samplePath(ParticleType type, double momentum, RandomGenerator rng) {
        double lambda = decayLength(type, momentum);
        if (Double.isInfinite(lambda)) {
            return Double.POSITIVE_INFINITY;
        }
        return -lambda * Math.log(1 - rng.nextDouble());
    }

    /** Picks a channel with probability proportional to its branching fraction. */
    public static DecayChannel sampleChannel(ParticleType type, RandomGenerator rng) {
        List<DecayChannel> channels = DecayData.channels(type);
        double u = rng.nextDouble() * DecayData.totalFraction(type);
        for (DecayChannel c : channels) {
            u -= c.fraction();
            if (u < 0) {
                return c;
            }
        }
        return channels.get(channels.size() - 1);
    }

    /**
     * Decays {@code parent} at its position: adds the products to {@code out} as tracks at the
     * decay point (ids unset: the caller numbers them), a pi0 already replaced by its two photons,
     * and returns the channel. For mu -> e nu nu the two neutrinos are one invisible track
     * carrying their summed four-momentum.
     */
    public static DecayChannel decay(Track parent, RandomGenerator rng, List<Track> out) {
        return decay(parent, sampleChannel(parent.type, rng), rng, out);
    }

    /** As {@link #decay(Track, RandomGenerator, List)} through a given channel (chosen by a {@link ForcedDecay}). */
    public static DecayChannel decay(Track parent, DecayChannel channel, RandomGenerator rng, List<Track> out) {
        double[] u = parent.direction();
        double p = parent.momentum();
        double[] parent4 = {parent.energy, p * u[0], p * u[1], p * u[2]};
        products(channel, parent.mass, parent4, rng, (type, mass, p4) -> out.add(track(type, mass, p4, parent)));
        return channel;
    }

    /** Receives one decay product: its type, invariant mass and laboratory four-momentum (E, px, py, pz). */
    @FunctionalInterface
    public interface ProductSink {
        void add(ParticleType type, double mass, double[] p4);
    }

    /**
     * The products of one decay of a parent of mass {@code mParent} and laboratory four-momentum
     * {@code parent4} through {@code channel}, handed to {@code sink}: a pi0 as its two photons
     * (c tau = 25 nm), the two neutrinos of mu -> e nu nu as one NEUTRINO of their invariant mass.
     */
    public static void products(DecayChannel channel, double mParent, double[] parent4, RandomGenerator rng, ProductSink sink) {
        List<ParticleType> prods = channel.products();
        double[][] rest;
        ParticleType[] types;
        switch (channel.matrix()) {
            case TWO_BODY -> {
                rest = Kinematics.twoBody(mParent, prods.get(0).mass(), prods.get(1).mass(), rng);
                types = new ParticleType[] {prods.get(0), prods.get(1)};
            }
            case PHASE_SPACE -> {
                rest = Kinematics.threeBody(mParent, prods.get(0).mass(), prods.get(1).mass(), prods.get(2).mass(), rng);
                types = new ParticleType[] {prods.get(0), prods.get(1), prods.get(2)};
            }
            case MICHEL -> {
                rest = michel(mParent, prods.get(0).mass(), rng);
                types = new ParticleType[] {prods.get(0), ParticleType.NEUTRINO};
            }
            default -> throw new IllegalStateException(channel.matrix().toString());
        }
        for (int i = 0; i < rest.length; i++) {
            double[] lab = Kinematics.boostToParentFrame(rest[i], parent4, mParent);
            if (types[i] == ParticleType.PION_ZERO) {
                pionZeroPhotons(lab, rng, sink);
            } else {
                sink.add(types[i], Kinematics.mass(lab), lab);
            }
        }
    }

    /**
     * Adds a product of four-momentum p4 at the position and time of {@code at}: a track, or for a
     * pi0 its two photons (it decays at once, c tau = 25 nm).
     *
     * @param mass the invariant mass of p4 (used for the neutrino pair; the others take their type's mass)
     */
    public static void emit(ParticleType type, double mass, double[] p4, Track at, RandomGenerator rng, List<Track> out) {
        if (type == ParticleType.PION_ZERO) {
            pionZeroPhotons(p4, rng, (photon, m, g) -> out.add(track(photon, m, g, at)));
        } else {
            out.add(track(type, mass, p4, at));
        }
    }

    /**
     * mu -> e nu nu at rest: electron energy fraction x = 2 E_e / m_mu from the Michel spectrum
     * x^2 (3 - 2x) of an unpolarised muon (electron mass neglected in the shape; PDG, "Muon decay
     * parameters", rho = 3/4), direction isotropic; the neutrino pair takes the rest.
     */
    static double[][] michel(double mMuon, double mElectron, RandomGenerator rng) {
        double x;
        do {
            x = rng.nextDouble();
        } while (rng.nextDouble() > x * x * (3 - 2 * x));
        double eMax = (mMuon * mMuon + mElectron * mElectron) / (2 * mMuon);
        double e = Math.max(mElectron, x * eMax);
        double p = Math.sqrt(e * e - mElectron * mElectron);
        double[] electron = Kinematics.fourVector(mElectron, p, Kinematics.isotropic(rng));
        double[] pair = {mMuon - electron[0], -electron[1], -electron[2], -electron[3]};
        return new double[][] {electron, pair};
    }

    /** pi0 -> gamma gamma, isotropic in the pi0 rest frame. */
    private static void pionZeroPhotons(double[] pi0, RandomGenerator rng, ProductSink sink) {
        double m = ParticleType.PION_ZERO.mass();
        for (double[] g : Kinematics.twoBody(m, 0, 0, rng)) {
            sink.add(ParticleType.PHOTON, 0, Kinematics.boostToParentFrame(g, pi0, m));
        }
    }

    private static Track track(ParticleType type, double mass, double[] p4, Track at) {
        double m = type == ParticleType.NEUTRINO ? mass : type.mass();
        double tx = p4[3] > 0 ? p4[1] / p4[3] : Double.POSITIVE_INFINITY;
        double ty = p4[3] > 0 ? p4[2] / p4[3] : Double.POSITIVE_INFINITY;
        return new Track(type, m, p4[0], at.x, at.y, at.z, tx, ty, at.time, -1);
    }
}
