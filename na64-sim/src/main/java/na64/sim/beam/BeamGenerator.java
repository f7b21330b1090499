package na64.sim.beam;

import java.util.List;
import java.util.random.RandomGenerator;
import na64.physics.PhysicalConstants;
import na64.physics.ParticleType;
import na64.detector.BeamSpec;

/**
 * Draws beam particles at the start of the simulated beam line (z = -upstreamLength): species
 * from the admixture fractions, momentum Gaussian around the nominal one with the nominal species'
 * low-energy tail, Gaussian spot and divergence. Immutable; thread-safe.
 */
public final class BeamGenerator {
    private final BeamSpec spec;
    private final ParticleType nominal;
    private final ParticleType[] species;
    private final double[] cumulative;
    private final double nominalMomentum;

    public BeamGenerator(BeamSpec spec) {
        this.spec = spec;
        this.nominal = spec.type();
        List<BeamSpec.Admixture> mix = spec.admixture();
        species = new ParticleType[mix.size() + 1];
        cumulative = new double[mix.size() + 1];
        double sum = 0;
        for (int i = 0; i < mix.size(); i++) {
            species[i] = mix.get(i).type();
            sum += mix.get(i).fraction();
            cumulative[i] = sum;
        }
        species[mix.size()] = nominal;
        cumulative[mix.size()] = 1;
        double e = spec.energy();
        nominalMomentum = Math.sqrt(e * e - nominal.mass() * nominal.mass());
    }

    public BeamSpec spec() {
        return spec;
    }

    /** Momentum [GeV] of the nominal species at the nominal energy (the magnets are set for it). */
    public double nominalMomentum() {
        return nominalMomentum;
    }

    /** z where beam particles start [cm]. */
    public double startZ() {
        return -spec.upstreamLength();
    }

    /** A new beam particle (id 0) at z = -upstreamLength, timed so that a nominal particle crosses z = 0 at t = 0. */
    public Track next(RandomGenerator rng) {
        double u = rng.nextDouble();
        ParticleType type = nominal;
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                type = species[i];
                break;
            }
        }
        double p;
        if (type == nominal && spec.tail().fraction() > 0 && rng.nextDouble() < spec.tail().fraction()) {
            p = nominalMomentum * (spec.tail().minFraction() + (1 - spec.tail().minFraction()) * rng.nextDouble());
        } else {
            p = nominalMomentum * (1 + spec.momentumSpread() * rng.nextGaussian());
        }
        p = Math.max(p, 1e-3 * nominalMomentum);
        double m = type.mass();
        double energy = Math.sqrt(p * p + m * m);
        double x = spec.spot().x() * rng.nextGaussian();
        double y = spec.spot().y() * rng.nextGaussian();
        double tx = spec.divergence().x() * rng.nextGaussian();
        double ty = spec.divergence().y() * rng.nextGaussian();
        double t0 = startZ() / (PhysicalConstants.SPEED_OF_LIGHT * 1e-9);
        return new Track(type, m, energy, x, y, startZ(), tx, ty, t0, 0);
    }
}
