package na64.sim.signal;

import java.util.random.RandomGenerator;
import na64.physics.brem.Emission;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.Track;
import na64.sim.event.EventTruth;

/**
 * Dark bremsstrahlung of electrons and positrons during the cascade: where its clock rings, the
 * target element is chosen with probability n_i sigma_i(E), (x, theta) are drawn from the
 * element's sampler ({@link na64.physics.brem.EmissionSampler}), X takes x E at angle theta and the
 * lepton continues with (1 - x) E in its direction (the nuclear recoil is neglected).
 */
final class DarkBremChannel extends ChargedChannel {
    private final DarkBremTables tables;
    private final Emissions emissions;

    DarkBremChannel(BiasGroup group, DarkBremTables tables, Emissions emissions) {
        super(group, tables);
        this.tables = tables;
        this.emissions = emissions;
    }

    @Override
    boolean acts(boolean positron) {
        return true;
    }

    @Override
    boolean fire(Track t, CascadeContext ctx) {
        group.occur();
        DarkBremTables.MaterialTables m = tables.in(t.volume);
        RandomGenerator rng = ctx.rng();
        double e = t.energy;
        int chosen = m.depths.element(e, rng.nextDouble());
        if (!(m.depths.sigma(e) > 0)) {
            return true;
        }
        Emission emission = m.samplers[chosen].sample(e, rng);
        // restricted to E_X above the threshold: the same spectrum, truncated
        for (int tries = 0; tables.minEnergy() > 0 && emission.x() * e <= tables.minEnergy() && tries < 100_000; tries++) {
            emission = m.samplers[chosen].sample(e, rng);
        }
        double energy = Math.max(emission.x() * e, tables.mass());
        emissions.emit(ctx, EventTruth.Emission.BREMSSTRAHLUNG, t.type, e, energy, tables.mass(), emission.theta(),
                t.x, t.y, t.z, t.ux, t.uy, t.uz);
        t.energy = Math.max(e - energy, t.mass);
        return true;
    }
}
