package na64.sim.signal;

import na64.physics.ParticleType;
import na64.physics.sm.Photonuclear;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.HadronicInteraction;
import na64.sim.cascade.Track;
import na64.sim.shower.ShowerModel;

/**
 * Photonuclear absorption gamma A -> hadrons ({@link Photonuclear}), with its own bias for
 * background studies: the photon's energy becomes a hadronic shower at the interaction point
 * (the final state is the hadron-shower model's, {@link HadronicInteraction}). Photons below the
 * cut, inside parameterised showers, are absorbed through {@link #subShower}.
 */
final class PhotonuclearChannel extends PhotonChannel {
    private final PhotonTables tables;
    private final HadronicInteraction hadrons;
    /** Photons below it are not absorbed (a background sample of energetic absorptions); 0: all. */
    private final double minEnergy;
    private final SubShowerDepth depth = new SubShowerDepth();
    /** the photon absorbed inside a parameterised shower (reused) */
    private final Track photon = new Track();

    PhotonuclearChannel(BiasGroup group, PhotonTables tables, HadronicInteraction hadrons, double minEnergy) {
        super(group);
        this.tables = tables;
        this.hadrons = hadrons;
        this.minEnergy = minEnergy;
    }

    @Override
    double sigma(int volume, double k) {
        return k < minEnergy ? 0 : tables.sigma(volume, k);
    }

    @Override
    boolean fire(Track t, CascadeContext ctx) {
        group.occur();
        if (ctx.truth() != null) {
            ctx.truth().photonuclear = true;
        }
        hadrons.interact(t, t.energy, ctx);
        return false;
    }

    /**
     * A parameterised shower of energy E at (x, y, z) along u is about to be deposited in
     * {@code volume}: counts its expected absorptions ({@link SubShowerTracks}) on this channel's
     * clock and, if it rings, absorbs one of its photons there, whose energy becomes a hadronic
     * interaction. Returns the energy taken from the shower (0 if none).
     */
    double subShower(int volume, ParticleType type, double energy, boolean soft, double x, double y, double z,
                     double ux, double uy, double uz, ShowerModel shower, CascadeContext ctx) {
        if (minEnergy > 0) {
            return 0; // at least the cut energy (DownstreamModel): above every photon of a parameterised shower
        }
        SubShowerTracks below = tables.subShower(volume);
        double mu = below.expected(type, energy, soft);
        if (!clock.addExpected(mu)) {
            return 0;
        }
        double k = below.trackEnergy(type, energy, soft, ctx.rng());
        double s = depth.sample(shower, energy, ctx.rng());
        photon.setPhoton(k, x + s * ux, y + s * uy, z + s * uz, ux, uy, uz, volume);
        fire(photon, ctx);
        return k;
    }
}
