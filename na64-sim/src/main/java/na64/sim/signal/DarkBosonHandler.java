package na64.sim.signal;

import static na64.physics.PhysicalConstants.ELECTRON_MASS;

import java.util.random.RandomGenerator;
import na64.physics.model.Channel;
import na64.physics.model.DarkSector;
import na64.physics.model.DarkSectorModel;
import na64.physics.model.Visibility;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.ParticleHandler;
import na64.sim.cascade.Track;
import na64.physics.ParticleType;

/**
 * What becomes of an emitted dark boson X (one instance per thread):
 * <ul>
 * <li>invisible: X -> chi chi, its energy leaves the setup ({@code escapedInvisible});</li>
 * <li>visible: X flies a distance drawn from exp(-d/L), L = beta gamma c tau from the model's total
 *     width, then decays into the visible channel chosen by branching ratio (e+e-, mu+mu-; hadrons
 *     as pi+ pi-), isotropically in its rest frame; the products are followed by the cascade (in the
 *     dump if X decays there, in the decay volume and the downstream ECAL otherwise). An X that
 *     reaches the end of the setup counts as invisible;</li>
 * <li>semi-visible (inelastic dark matter, pseudo-Dirac chi1, chi2 = chi1 + Delta): X -> chi1 chi2,
 *     chi2 flies exp(-d/L2) with the width of chi2 -> chi1 e+ e- ({@link DarkSector#excitedStateWidth})
 *     and decays into chi1 and an e+e- pair; the three-body decay is approximated by a pair of mass
 *     uniform in [2 m_e, Delta] recoiling against chi1 (two-body), decaying isotropically.</li>
 * </ul>
 * The decay point of X (or of chi2) goes to the truth ({@code decayZ}). With a
 * {@link SignalDecayRegion} a visible X always decays inside it, the event weighted by the true
 * probability of that.
 */
public final class DarkBosonHandler implements ParticleHandler {
    /** How X decays. */
    public enum Fate { INVISIBLE, VISIBLE, SEMI_VISIBLE }

    private final DarkSectorModel model;
    private final Fate fate;
    private final DecayChannels channels;
    private final TwoBodyDecay decay = new TwoBodyDecay();
    private final TwoBodyDecay inner = new TwoBodyDecay();
    private final SignalDecayRegion region;

    public DarkBosonHandler(DarkSectorModel model, Fate fate) {
        this(model, fate, null);
    }

    /** @param region the window every visible X is made to decay in (exact weights); null: natural */
    public DarkBosonHandler(DarkSectorModel model, Fate fate, SignalDecayRegion region) {
        this.model = model;
        this.fate = fate;
        this.region = region;
        if (region != null && fate != Fate.VISIBLE) {
            throw new IllegalArgumentException("a forced decay region needs visible decays, not " + fate);
        }
        // a -> gamma gamma is the visible decay of an ALP coupled to photons; the other bosons' loop-induced one is left out
        this.channels = new DecayChannels(model, model instanceof na64.physics.model.AxionLikeParticle);
        if (fate == Fate.VISIBLE && !channels.any()) {
            throw new IllegalArgumentException("model " + model.kind() + " at m = " + model.mass() + " GeV has no visible decay");
        }
        if (fate == Fate.SEMI_VISIBLE && model.darkSector().map(DarkSector::visibility).orElse(Visibility.INVISIBLE)
                != Visibility.SEMI_VISIBLE) {
            throw new IllegalArgumentException("semi-visible decays need pseudo-Dirac dark matter with a splitting > 2 m_e");
        }
    }

    @Override
    public void follow(Track t, CascadeContext ctx) {
        switch (fate) {
            case INVISIBLE -> ctx.escapeInvisible(t.energy);
            case VISIBLE -> visible(t, ctx);
            case SEMI_VISIBLE -> semiVisible(t, ctx);
        }
    }

    private boolean beyondSetup(CascadeContext ctx, double z) {
        return z >= ctx.layout().zEnd();
    }

    private void visible(Track t, CascadeContext ctx) {
        RandomGenerator rng = ctx.rng();
        double mass = model.mass();
        double d = region == null ? DecayChannels.flight(t.energy, mass, model.decays().total(), rng) : forcedFlight(t, ctx);
        if (!(d >= 0)) {
            return; // forced into a window it cannot reach: weight 0
        }
        double z = t.z + d * t.uz;
        if (!Double.isFinite(d) || beyondSetup(ctx, z)) {
            ctx.escapeInvisible(t.energy);
            return;
        }
        double x = t.x + d * t.ux;
        double y = t.y + d * t.uy;
        if (ctx.truth() != null) {
            ctx.truth().decayZ = z;
        }
        Channel c = channels.pick(rng);
        double m = DecayChannels.daughterMass(c);
        ParticleType[] types = DecayChannels.daughters(c);
        decay.decay(t.energy, mass, m, m, t.ux, t.uy, t.uz, rng);
        double[] o = decay.out;
        ctx.stack().push(types[0], o[0], x, y, z, o[1], o[2], o[3]);
        ctx.stack().push(types[1], o[4], x, y, z, o[5], o[6], o[7]);
    }

    /**
     * The flight of X forced into the window, the event weighted by its true probability; -1 (and
     * weight 0, the energy counted as invisible) when X moves away from the window.
     */
    private double forcedFlight(Track t, CascadeContext ctx) {
        double a = Math.max(0, (region.zMin() - t.z) / t.uz);
        double b = (region.zMax() - t.z) / t.uz;
        double length = model.decays().labDecayLength(t.energy);
        if (!(t.uz > 0) || !(b > a) || !(length > 0)) {
            ctx.truth().weight = 0;
            ctx.escapeInvisible(t.energy);
            return -1;
        }
        na64.core.ForcedExponential f = na64.core.ForcedExponential.sample(a, b, length, ctx.rng().nextDouble());
        ctx.truth().weight *= f.weight();
        return f.path();
    }

    private void semiVisible(Track t, CascadeContext ctx) {
        RandomGenerator rng = ctx.rng();
        DarkSector dm = model.darkSector().orElseThrow();
        double m1 = dm.chiMass();
        double m2 = dm.heavyMass();
        decay.decay(t.energy, model.mass(), m1, m2, t.ux, t.uy, t.uz, rng);
        double[] o = decay.out;
        ctx.escapeInvisible(o[0]);
        double e2 = o[4];
        double width2 = dm.excitedStateWidth(model.electronEpsilon(), model.mass());
        double d = DecayChannels.flight(e2, m2, width2, rng);
        double z = t.z + d * o[7];
        if (!Double.isFinite(d) || beyondSetup(ctx, z)) {
            ctx.escapeInvisible(e2);
            return;
        }
        double x = t.x + d * o[5];
        double y = t.y + d * o[6];
        if (ctx.truth() != null) {
            ctx.truth().decayZ = z;
        }
        // chi2 -> chi1 + (e+e- of mass m_ee), then (e+e-) -> e+ e-
        double mee = 2 * ELECTRON_MASS + rng.nextDouble() * (dm.splitting() - 2 * ELECTRON_MASS);
        inner.decay(e2, m2, m1, mee, o[5], o[6], o[7], rng);
        double[] q = inner.out;
        ctx.escapeInvisible(q[0]);
        double eePair = q[4];
        decay.decay(eePair, mee, ELECTRON_MASS, ELECTRON_MASS, q[5], q[6], q[7], rng);
        double[] r = decay.out;
        ctx.stack().push(ParticleType.ELECTRON, r[0], x, y, z, r[1], r[2], r[3]);
        ctx.stack().push(ParticleType.POSITRON, r[4], x, y, z, r[5], r[6], r[7]);
    }
}
