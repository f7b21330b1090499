package na64.sim.signal;

import na64.physics.ParticleType;
import na64.physics.material.Element;
import na64.physics.primakoff.PrimakoffProduction;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.Track;
import na64.sim.event.EventTruth;

/**
 * Primakoff conversion of a shower photon into an axion-like particle in the field of a nucleus,
 * gamma Z -> a Z ({@link PrimakoffProduction}), in the signal's bias group: the photon becomes an ALP
 * of its energy (the nucleus's recoil neglected, as in the cross section) at the polar angle drawn
 * from dsigma/dt. Only photons followed explicitly and above {@code minEnergy} convert (the ALPs a
 * missing-energy search selects carry a sizeable part of the beam energy).
 */
final class PrimakoffChannel extends PhotonChannel {
    private final PhotonTables tables;
    private final PrimakoffProduction process;
    private final double minEnergy;
    private final Emissions emissions;

    PrimakoffChannel(BiasGroup group, PhotonTables tables, PrimakoffProduction process, double minEnergy, Emissions emissions) {
        super(group);
        this.tables = tables;
        this.process = process;
        this.minEnergy = Math.max(minEnergy, process.alp().mass());
        this.emissions = emissions;
    }

    @Override
    double sigma(int volume, double k) {
        return k <= minEnergy ? 0 : tables.sigma(volume, k);
    }

    @Override
    boolean fire(Track t, CascadeContext ctx) {
        group.occur();
        double k = t.energy;
        Element el = tables.element(t.volume, k, ctx.rng().nextDouble());
        PrimakoffProduction.Emission a = process.sample(el, k, ctx.rng());
        emissions.emit(ctx, EventTruth.Emission.PRIMAKOFF, ParticleType.PHOTON, k, a.energy(), process.alp().mass(), a.theta(),
                t.x, t.y, t.z, t.ux, t.uy, t.uz);
        return false; // the photon is gone
    }
}
