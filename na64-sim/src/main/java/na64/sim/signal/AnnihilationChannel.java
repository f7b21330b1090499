package na64.sim.signal;

import static na64.physics.PhysicalConstants.ELECTRON_MASS;

import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.Track;
import na64.sim.event.EventTruth;
import na64.physics.ParticleType;
import na64.sim.shower.ShowerModel;

/**
 * Resonant annihilation of a positron on an atomic electron, e+ e- -> X: X takes E+ + m_e along the
 * positron's direction (2 -> 1 kinematics) and the positron is gone. Counted on positrons the
 * cascade follows and, through {@link SubShowerAnnihilation}, on those inside parameterised showers.
 */
final class AnnihilationChannel extends ChargedChannel {
    private final AnnihilationTables tables;
    private final Emissions emissions;
    private final SubShowerDepth depth = new SubShowerDepth();

    AnnihilationChannel(BiasGroup group, AnnihilationTables tables, Emissions emissions) {
        super(group, tables);
        this.tables = tables;
        this.emissions = emissions;
    }

    @Override
    boolean acts(boolean positron) {
        return positron;
    }

    @Override
    boolean fire(Track t, CascadeContext ctx) {
        group.occur();
        double energy = t.energy + ELECTRON_MASS;
        ctx.keepRestEnergy(-ELECTRON_MASS);
        emissions.emit(ctx, EventTruth.Emission.ANNIHILATION, ParticleType.POSITRON, t.energy, energy,
                tables.process().model().mass(), 0, t.x, t.y, t.z, t.ux, t.uy, t.uz);
        return false;
    }

    /**
     * A parameterised shower of energy E at (x, y, z) along u is about to be deposited in
     * {@code volume}: counts its expected annihilations on this channel's clock and, if the clock
     * rings, emits X from inside it. Returns the energy X takes from the shower (0 if none).
     */
    double subShower(int volume, ParticleType type, double energy, boolean soft, double x, double y, double z,
                     double ux, double uy, double uz, ShowerModel shower, CascadeContext ctx) {
        SubShowerAnnihilation table = volume < 0 ? null : tables.subShower(volume);
        if (table == null || group.occurred()) {
            return 0;
        }
        double mu = table.expected(type, energy, soft);
        // the positron energy: from the Breit-Wigner between the lowest energy at which e+ e- can
        // make an X of this mass (E+ + m_e >= m_X, and E+ >= m_e) and what the shower can give
        double mass = tables.process().model().mass();
        double low = Math.max(ELECTRON_MASS, mass - ELECTRON_MASS);
        double top = type == ParticleType.POSITRON ? energy - ELECTRON_MASS : energy - 2 * ELECTRON_MASS;
        BreitWigner bw = tables.breitWigner();
        if (!(bw.cumulative(top) > bw.cumulative(low)) || !clock.addExpected(mu)) {
            return 0;
        }
        group.occur();
        double positron = bw.energyBetween(low, top, ctx.rng().nextDouble());
        double xEnergy = Math.min(positron + ELECTRON_MASS, energy);
        double s = depth.sample(shower, energy, ctx.rng());
        ctx.keepRestEnergy(-ELECTRON_MASS);
        emissions.emit(ctx, EventTruth.Emission.ANNIHILATION, ParticleType.POSITRON, positron, xEnergy,
                mass, 0, x + s * ux, y + s * uy, z + s * uz, ux, uy, uz);
        // the atomic electron's rest energy joins X, so the shower gives up E_X - m_e
        return xEnergy - ELECTRON_MASS;
    }
}
