package na64.sim.hadron;

import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.ParticleHandler;
import na64.sim.cascade.Track;
import na64.sim.muon.ChargedTransport;
import na64.physics.ParticleType;
import na64.sim.beam.DecayChannel;
import na64.sim.beam.DecayData;
import na64.sim.beam.DecaySampler;

/**
 * Hadrons (pi+-, K+-, K0L, K0S, p, n; pi0 decays at once to two photons): transported by
 * {@link ChargedTransport} (ionisation for charged ones) over an exponential number of nuclear
 * interaction lengths, then a {@link HadronShower} of their energy (kinetic energy for baryons,
 * whose rest energy stays). The unstable ones (pi+-, K+-, K0L, K0S: {@link DecayData}) decay in
 * flight after an exponential number of mean lives if they have not interacted before, in
 * material or in a gap; their products ({@link DecaySampler}) go onto the stack. One instance per thread.
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
        // a stable hadron draws no decay number, so that its random stream is the one it had before decays
        double lives = Double.isFinite(DecayData.lifetime(t.type)) ? -Math.log(1 - ctx.rng().nextDouble()) : Double.POSITIVE_INFINITY;
        ChargedTransport.Outcome outcome = transport.follow(t, lambdas, lives, ctx);
        if (outcome == ChargedTransport.Outcome.DECAYED) {
            decayInFlight(t, ctx);
            return;
        }
        if (outcome != ChargedTransport.Outcome.INTERACTED) {
            return;
        }
        boolean baryon = t.type == ParticleType.PROTON || t.type == ParticleType.NEUTRON;
        double energy = baryon ? t.energy - t.mass : t.energy;
        if (baryon) {
            ctx.keepRestEnergy(t.mass);
        }
        shower.interact(t, energy, ctx);
    }

    /** The track's decay at its position through a channel drawn by branching fraction; products onto the stack. */
    private void decayInFlight(Track t, CascadeContext ctx) {
        double p = Math.sqrt(Math.max(t.kineticEnergy() * (t.energy + t.mass), 0));
        double[] parent4 = {t.energy, p * t.ux, p * t.uy, p * t.uz};
        DecayChannel channel = DecaySampler.sampleChannel(t.type, ctx.rng());
        DecaySampler.products(channel, t.mass, parent4, ctx.rng(), (type, mass, p4) -> {
            double q = Math.sqrt(p4[1] * p4[1] + p4[2] * p4[2] + p4[3] * p4[3]);
            double ux = q > 0 ? p4[1] / q : t.ux;
            double uy = q > 0 ? p4[2] / q : t.uy;
            double uz = q > 0 ? p4[3] / q : t.uz;
            ctx.stack().push(type, p4[0], type == ParticleType.NEUTRINO ? mass : type.mass(), t.x, t.y, t.z, ux, uy, uz);
        });
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
