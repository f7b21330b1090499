package na64.sim.particle;

import na64.physics.ParticleType;

/**
 * A particle crossing an interface between parts of the simulation (beam line -> target region,
 * target -> downstream). Position in cm in the setup frame (z along the beam, x horizontal in
 * the magnet bending plane), direction as a unit vector, time in ns.
 *
 * @param type   species
 * @param energy total energy [GeV]
 * @param mass   mass [GeV] (the type's mass, except for DARK_BOSON whose mass is the model's)
 */
public record Particle(ParticleType type, double energy, double mass,
                       double x, double y, double z, double ux, double uy, double uz, double time) {

    /** A particle with its type's mass. */
    public static Particle of(ParticleType type, double energy, double x, double y, double z,
                              double ux, double uy, double uz, double time) {
        return new Particle(type, energy, type.mass(), x, y, z, ux, uy, uz, time);
    }

    /** Momentum [GeV]. */
    public double momentum() {
        return Math.sqrt(Math.max(0, energy * energy - mass * mass));
    }

    /** Kinetic energy [GeV]. */
    public double kineticEnergy() {
        return energy - mass;
    }
}
