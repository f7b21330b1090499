package na64.sim.beam;

import na64.physics.PhysicalConstants;
import na64.sim.particle.Particle;
import na64.physics.ParticleType;

/**
 * A particle being transported along the beam line, in the paraxial form of the setup frame:
 * position (x, y) at z [cm], slopes tx = dx/dz and ty = dy/dz, total energy [GeV], time [ns].
 * Mutable: the transport updates it in place.
 */
public final class Track {
    public ParticleType type;
    /** Mass [GeV]. */
    public double mass;
    /** Total energy [GeV]. */
    public double energy;
    public double x;
    public double y;
    public double z;
    public double tx;
    public double ty;
    /** Time [ns]; 0 when a nominal beam particle crosses z = 0. */
    public double time;
    /** Which particle of the event this is (0 = the beam particle or its leading decay product). */
    public int id;
    /** False once the track is absorbed, lost or decayed. */
    public boolean alive = true;

    public Track(ParticleType type, double mass, double energy, double x, double y, double z, double tx, double ty,
                 double time, int id) {
        this.type = type;
        this.mass = mass;
        this.energy = energy;
        this.x = x;
        this.y = y;
        this.z = z;
        this.tx = tx;
        this.ty = ty;
        this.time = time;
        this.id = id;
    }

    /** A track with the type's mass. */
    public static Track of(ParticleType type, double energy, double x, double y, double z, double tx, double ty,
                           double time, int id) {
        return new Track(type, type.mass(), energy, x, y, z, tx, ty, time, id);
    }

    public double momentum() {
        return Math.sqrt(Math.max(0, (energy - mass) * (energy + mass)));
    }

    public int charge() {
        return type.charge();
    }

    /** beta = p / E (1 for photons). */
    public double beta() {
        return energy > 0 ? momentum() / energy : 0;
    }

    /** Lorentz factor E / m (infinite for massless particles). */
    public double gamma() {
        return mass > 0 ? energy / mass : Double.POSITIVE_INFINITY;
    }

    /** Path length per unit z, sqrt(1 + tx^2 + ty^2). */
    public double pathPerZ() {
        return Math.sqrt(1 + tx * tx + ty * ty);
    }

    /** Moves the track in a straight line to {@code newZ}, advancing its time. */
    public void driftTo(double newZ) {
        double dz = newZ - z;
        x += tx * dz;
        y += ty * dz;
        double beta = beta();
        if (beta > 0) {
            time += dz * pathPerZ() / (beta * PhysicalConstants.SPEED_OF_LIGHT * 1e-9);
        }
        z = newZ;
    }

    /** The unit direction (ux, uy, uz). */
    public double[] direction() {
        double n = pathPerZ();
        return new double[] {tx / n, ty / n, 1 / n};
    }

    /** The boundary particle handed to the downstream simulation. */
    public Particle toParticle() {
        double n = pathPerZ();
        return new Particle(type, energy, mass, x, y, z, tx / n, ty / n, 1 / n, time);
    }

    @Override
    public String toString() {
        return String.format("%s E=%.4g GeV at (%.3g, %.3g, %.5g) cm slopes (%.3g, %.3g)", type, energy, x, y, z, tx, ty);
    }
}
