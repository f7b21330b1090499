package na64.sim.cascade;

import na64.physics.ParticleType;

/**
 * The particle being followed (mutable, one per thread): species, total energy [GeV], position
 * [cm], unit direction, and the volume it is in (-1 in a gap).
 */
public final class Track {
    /** Which particle of the event this is (0: the first one pushed, the incident particle). */
    public int id;
    public ParticleType type;
    public double energy;
    public double mass;
    public double x;
    public double y;
    public double z;
    public double ux;
    public double uy;
    public double uz;
    public int volume;

    /** Loads the particle just popped from the stack. */
    public void load(ParticleStack stack) {
        id = stack.popId;
        type = stack.popType;
        energy = stack.popEnergy;
        mass = stack.popMass;
        x = stack.popX;
        y = stack.popY;
        z = stack.popZ;
        ux = stack.popUx;
        uy = stack.popUy;
        uz = stack.popUz;
        volume = -1;
    }

    /** Moves the track by {@code distance} [cm] along its direction. */
    public void advance(double distance) {
        x += distance * ux;
        y += distance * uy;
        z += distance * uz;
    }

    /** Kinetic energy [GeV]. */
    /** Makes this track a photon of {@code energy} at (x, y, z) flying along u, in {@code volume}. */
    public void setPhoton(double energy, double x, double y, double z, double ux, double uy, double uz, int volume) {
        this.type = ParticleType.PHOTON;
        this.energy = energy;
        this.mass = 0;
        this.x = x;
        this.y = y;
        this.z = z;
        this.ux = ux;
        this.uy = uy;
        this.uz = uz;
        this.volume = volume;
    }

    public double kineticEnergy() {
        return energy - mass;
    }

    public boolean isPositron() {
        return type == ParticleType.POSITRON;
    }
}
