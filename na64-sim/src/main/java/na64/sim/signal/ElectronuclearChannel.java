package na64.sim.signal;

import na64.physics.sm.Photonuclear;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.HadronicInteraction;
import na64.sim.cascade.Track;

/**
 * Electronuclear interactions of electrons and positrons followed in the cascade, with their own
 * bias: where the clock rings, the lepton gives the energy nu of a virtual photon
 * ({@link na64.physics.sm.Electronuclear#sampleTransfer}) to the struck nucleus, which becomes a
 * hadronic shower at that point (the hadron-shower model's final state, as for real photons,
 * {@link PhotonuclearChannel}); the lepton goes on with E - nu in its direction. Leptons in the
 * parameterised showers below the cut are not included (their virtual photons are soft).
 */
final class ElectronuclearChannel extends ChargedChannel {
    private final ElectronuclearTables tables;
    private final HadronicInteraction hadrons;
    /** the virtual photon absorbed (reused) */
    private final Track photon = new Track();

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
        group.occur();
        if (ctx.truth() != null) {
            ctx.truth().electronuclear = true;
        }
        double nu = tables.element(t.volume, t.energy, ctx.rng().nextDouble()).sampleTransfer(t.energy, ctx.rng());
        nu = Math.min(nu, t.energy - t.mass);
        photon.setPhoton(nu, t.x, t.y, t.z, t.ux, t.uy, t.uz, t.volume);
        hadrons.interact(photon, nu, ctx);
        t.energy -= nu;
        return true;
    }
}
