package na64.sim.signal;

import na64.physics.ParticleType;
import na64.physics.sm.Electronuclear;
import na64.physics.sm.Photonuclear;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.HadronicInteraction;
import na64.sim.cascade.Track;
import na64.sim.shower.ShowerModel;

/**
 * Electronuclear interactions of electrons and positrons followed in the cascade, with their own
 * bias: where the clock rings, the lepton gives the energy nu of a virtual photon
 * ({@link na64.physics.sm.Electronuclear#sampleTransfer}) to the struck nucleus, which becomes a
 * hadronic shower at that point (the hadron-shower model's final state, as for real photons,
 * {@link PhotonuclearChannel}); the lepton goes on with E - nu in its direction. Leptons inside the
 * parameterised showers below the cut interact through {@link #subShower}.
 */
final class ElectronuclearChannel extends ChargedChannel {
    private final ElectronuclearTables tables;
    private final HadronicInteraction hadrons;
    /** the virtual photon absorbed (reused) */
    private final Track photon = new Track();
    private final SubShowerDepth depth = new SubShowerDepth();

    ElectronuclearChannel(BiasGroup group, ElectronuclearTables tables, HadronicInteraction hadrons) {
        super(group, tables);
        this.tables = tables;
        this.hadrons = hadrons;
    }

    @Override
    boolean acts(boolean positron) {
        return true;
    }

    @Override
    boolean fire(Track t, CascadeContext ctx) {
        if (t.energy - t.mass <= Photonuclear.threshold()) {
            return true; // the clock rang at the last step of a lepton that can no longer make a pion
        }
        double nu = transfer(tables.element(t.volume, t.energy, ctx.rng().nextDouble()), t.energy, t.energy - t.mass, ctx);
        absorb(nu, t.x, t.y, t.z, t.ux, t.uy, t.uz, t.volume, ctx);
        t.energy -= nu;
        return true;
    }

    /**
     * A parameterised shower of energy E at (x, y, z) along u is about to be deposited in
     * {@code volume}: counts the expected interactions of its leptons ({@link SubShowerTracks}) on this
     * channel's clock and, if it rings, one of them (its energy drawn from the same density) gives a
     * virtual photon's energy to a nucleus at a depth from the shower's profile. Returns the energy
     * taken from the shower (0 if none).
     */
    double subShower(int volume, ParticleType type, double energy, boolean soft, double x, double y, double z,
                     double ux, double uy, double uz, ShowerModel shower, CascadeContext ctx) {
        SubShowerTracks below = tables.subShower(volume);
        double mu = below.expected(type, energy, soft);
        if (!clock.addExpected(mu)) {
            return 0;
        }
        double lepton = below.trackEnergy(type, energy, soft, ctx.rng());
        Electronuclear nucleus = tables.element(volume, lepton, ctx.rng().nextDouble());
        if (lepton * nucleus.maxFraction() <= Photonuclear.threshold()) {
            return 0; // only at the edge of the density (which vanishes there): the clock rings again at the next chance
        }
        double nu = transfer(nucleus, lepton, energy, ctx);
        double s = depth.sample(shower, energy, ctx.rng());
        absorb(nu, x + s * ux, y + s * uy, z + s * uz, ux, uy, uz, volume, ctx);
        return nu;
    }

    /** The interaction happens: the virtual photon's energy, drawn for a lepton of {@code energy}, at most {@code max}. */
    private double transfer(Electronuclear nucleus, double energy, double max, CascadeContext ctx) {
        group.occur();
        if (ctx.truth() != null) {
            ctx.truth().electronuclear = true;
        }
        return Math.min(nucleus.sampleTransfer(energy, ctx.rng()), max);
    }

    /** The nucleus absorbs the virtual photon of energy nu at (x, y, z): a hadronic shower there. */
    private void absorb(double nu, double x, double y, double z, double ux, double uy, double uz, int volume,
                        CascadeContext ctx) {
        photon.setPhoton(nu, x, y, z, ux, uy, uz, volume);
        hadrons.interact(photon, nu, ctx);
    }
}
