package na64.sim.hadron;

import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.ParticleHandler;
import na64.sim.cascade.Track;
import na64.sim.muon.ChargedTransport;
import na64.physics.ParticleType;

/**
 * Hadrons (pi+-, K+-, K0L, p, n; pi0 decays at once to two photons): transported by
 * {@link ChargedTransport} (ionisation for charged ones) over an exponential number of nuclear
 * interaction lengths, then a {@link HadronShower} of their energy (kinetic energy for baryons,
 * whose rest energy stays). One instance per thread.
 */
public final class HadronHandler implements ParticleHandler {
    private final ChargedTransport transport;
    private final HadronShower shower;
    private final double[] dir = new double[3];

    public HadronHandler(ChargedTransport transport, HadronShower shower) {
        this.transport = transport;
        this.shower = shower;
    }

    public HadronShower shower() {
        return shower;
    }

    @Override
    public void follow(Track t, CascadeContext ctx) {
        if (t.type == ParticleType.PION_ZERO) {
            decayNeutralPion(t, ctx);
            return;
        }
        double lambdas = -Math.log(1 - ctx.rng().nextDouble());
        if (transport.follow(t, lambdas, ctx) != ChargedTransport.Outcome.INTERACTED) {
            return;
        }
        boolean baryon = t.type == ParticleType.PROTON || t.type == ParticleType.NEUTRON;
        double energy = baryon ? t.energy - t.mass : t.energy;
        if (baryon) {
            ctx.keepRestEnergy(t.mass);
        }
        shower.interact(t, energy, ctx);
    }

    /** pi0 -> gamma gamma, isotropic in the pi0 rest frame. */
    private void decayNeutralPion(Track t, CascadeContext ctx) {
        double m = t.mass;
        double gamma = t.energy / m;
        double betaGamma = Math.sqrt(Math.max(gamma * gamma - 1, 0));
        double cos = 2 * ctx.rng().nextDouble() - 1;
        double phi = 2 * Math.PI * ctx.rng().nextDouble();
        for (int i = 0; i < 2; i++) {
            double c = i == 0 ? cos : -cos;
            double half = m / 2;
            double e = gamma * half + betaGamma * half * c;
            double par = gamma * half * c + betaGamma * half;
            double perp = half * Math.sqrt(Math.max(0, 1 - c * c));
            double p = Math.hypot(par, perp);
            na64.sim.cascade.Directions.rotate(t.ux, t.uy, t.uz, p > 0 ? par / p : 1, i == 0 ? phi : phi + Math.PI, dir);
            ctx.stack().push(ParticleType.PHOTON, e, t.x, t.y, t.z, dir[0], dir[1], dir[2]);
        }
    }
}
