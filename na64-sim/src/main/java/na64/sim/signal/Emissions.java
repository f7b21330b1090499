package na64.sim.signal;

import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.Directions;
import na64.sim.event.EventTruth;
import na64.physics.ParticleType;

/** Puts an emitted dark boson X on the stack and records the emission in the truth. */
final class Emissions {
    private final double[] dir = new double[3];

    /**
     * X of energy {@code energy} and mass {@code mass} leaves (x, y, z) at polar angle theta to the
     * emitter's direction u (uniform azimuth).
     */
    void emit(CascadeContext ctx, EventTruth.Emission kind, ParticleType emitter, double emitterEnergy,
              double energy, double mass, double theta, double x, double y, double z,
              double ux, double uy, double uz) {
        Directions.rotate(ux, uy, uz, Math.cos(theta), 2 * Math.PI * ctx.rng().nextDouble(), dir);
        ctx.stack().push(ParticleType.DARK_BOSON, energy, mass, x, y, z, dir[0], dir[1], dir[2]);
        EventTruth truth = ctx.truth();
        if (truth != null) {
            truth.emission = kind;
            truth.emitterPdg = emitter.pdg();
            truth.emitterEnergy = emitterEnergy;
            truth.emissionEnergy = energy;
            truth.emissionX = x;
            truth.emissionY = y;
            truth.emissionZ = z;
            truth.emissionTheta = theta;
            truth.emitterDirX = ux;
            truth.emitterDirY = uy;
            truth.emitterDirZ = uz;
            truth.emissionDirX = dir[0];
            truth.emissionDirY = dir[1];
            truth.emissionDirZ = dir[2];
        }
    }
}
