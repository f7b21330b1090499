package na64.sim.hadron;

import java.util.random.RandomGenerator;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.Calorimetry;
import na64.sim.cascade.HadronicInteraction;
import na64.sim.cascade.Layout;
import na64.sim.cascade.Track;
import na64.physics.ParticleType;
import na64.sim.shower.GammaVariate;
import na64.sim.shower.ShowerPath;

/**
 * A parameterised hadronic shower started at an interaction point (one instance per thread):
 * <ol>
 * <li>with probability {@code leadingProbability} a leading neutral hadron (n; K0L for kaons) takes
 *     a uniform fraction of the energy and flies on, to interact later or punch through;</li>
 * <li>the rest, E, gets an electromagnetic fraction f_em from a Beta distribution about
 *     1 - (E/E0)^(m-1) (Gabriel et al. 1994, Groom 2007);</li>
 * <li>the longitudinal profile from the interaction point is the two-component fit of Bock,
 *     Hansl-Kozanecka and Shah (NIM 186 (1981) 533):
 *     dE/ds ~ w (s/X0)^(a-1) e^(-b s/X0) + (1 - w) (s/lambda)^(a-1) e^(-d s/lambda),
 *     a = 0.6165 + 0.3183 ln E, b = 0.2198, d = 0.9099 - 0.0237 ln E, w = 0.4634 (E in GeV), depths
 *     measured in the X0 and lambda_I of the materials crossed;</li>
 * <li>spots of E/n are drawn from it; each is electromagnetic with probability f_em (seen with
 *     e = 1) or hadronic (seen with h/e, {@link na64.sim.cascade.Readout.Response}); its radius from
 *     r e^(-r/s), s = {@code lateralScale} lambda_I for hadronic spots and s = R_M/2 for
 *     electromagnetic ones (the pi0 showers of the core). A spot beside its volume is carried
 *     forward, at the same radius, into the next volume that covers it (the particles that spread
 *     sideways keep moving downstream); only what misses everything leaks.</li>
 * </ol>
 */
public final class HadronShower implements HadronicInteraction {
    private static final double W = 0.4634;
    private static final double B = 0.2198;

    private final HadronShowerParameters p;
    private final Layout layout;
    private final double[] lambdaCm;
    private final double[] moliereCm;
    private final ShowerPath path = new ShowerPath();
    private final Layout.Scratch scratch = new Layout.Scratch();
    private double[] lambdaStart = new double[8];
    private double[] lambdaEnd = new double[8];

    public HadronShower(Layout layout, HadronShowerParameters parameters) {
        this.layout = layout;
        this.p = parameters;
        this.lambdaCm = new double[layout.size()];
        this.moliereCm = new double[layout.size()];
        for (int v = 0; v < lambdaCm.length; v++) {
            lambdaCm[v] = layout.volume(v).material().nuclearInteractionLengthCm();
            moliereCm[v] = layout.showerModel(v).medium().moliereRadiusCm();
        }
    }

    /** Smallest energy [GeV] of an interaction that may emit a leading hadron. */
    private static final double LEADING_THRESHOLD = 2;

    private ForcedPunchThrough.Event forced;

    /** Forces the punch-through of the leading neutral at the first interaction of each event (null: natural). */
    public void force(ForcedPunchThrough.Event forcing) {
        this.forced = forcing;
    }

    /** A hadronic interaction of a hadron of the track's type; {@code energy} is what the shower gets. */
    @Override
    public void interact(Track t, double energy, CascadeContext ctx) {
        if (forced != null && forced.pending()) {
            interactForced(t, energy, ctx);
            return;
        }
        RandomGenerator rng = ctx.rng();
        double e = energy;
        if (e > LEADING_THRESHOLD && rng.nextDouble() < p.leadingProbability()) {
            ParticleType lead = leadingType(t.type);
            double kinetic = leadingFraction(rng) * e;
            // the leading hadron's rest energy comes out of the nucleus (kept again when it stops)
            ctx.keepRestEnergy(-lead.mass());
            ctx.stack().push(lead, kinetic + lead.mass(), t.x, t.y, t.z, t.ux, t.uy, t.uz);
            e -= kinetic;
        }
        deposit(e, t, ctx);
    }

    /**
     * The first interaction when punch-through is forced ({@link ForcedPunchThrough}): inside the
     * region the leading neutral is always emitted and leaves the setup along the parent's direction (a neutral deposits nothing on the
     * way); the weight is its emission probability times exp(-interaction lengths to the exit).
     */
    private void interactForced(Track t, double energy, CascadeContext ctx) {
        if (!(energy > LEADING_THRESHOLD) || !forced.region().contains(t.z)) {
            forced.notForced();
            deposit(energy, t, ctx);
            return;
        }
        ParticleType lead = leadingType(t.type);
        double kinetic = leadingFraction(ctx.rng()) * energy;
        forced.escaped(p.leadingProbability() * Math.exp(-interactionLengthsToExit(t)));
        ctx.keepRestEnergy(-lead.mass());
        ctx.calorimetry().leak(kinetic + lead.mass());
        if (ctx.observer() != null) {
            ctx.observer().left(lead, kinetic + lead.mass());
        }
        deposit(energy - kinetic, t, ctx);
    }

    /** n, or K0L for kaons. */
    private static ParticleType leadingType(ParticleType parent) {
        return parent == ParticleType.KAON_LONG || parent == ParticleType.KAON_SHORT || parent == ParticleType.KAON_MINUS
                || parent == ParticleType.KAON_PLUS
                ? ParticleType.KAON_LONG : ParticleType.NEUTRON;
    }

    /** The leading hadron's share of the interaction energy: uniform in [leadingMin, leadingMax]. */
    private double leadingFraction(RandomGenerator rng) {
        return p.leadingMin() + rng.nextDouble() * (p.leadingMax() - p.leadingMin());
    }

    /** Nuclear interaction lengths from the track's position to the end of the layout along its direction. */
    double interactionLengthsToExit(Track t) {
        layout.trace(t.x, t.y, t.z, t.ux, t.uy, t.uz, Double.POSITIVE_INFINITY, path, scratch);
        if (path.size() == 0) {
            return 0;
        }
        fillLambda();
        return lambdaEnd[path.size() - 1];
    }

    private void deposit(double e, Track t, CascadeContext ctx) {
        if (!(e > 0)) {
            return;
        }
        RandomGenerator rng = ctx.rng();
        Calorimetry cal = ctx.calorimetry();
        double mean = p.meanEmFraction(e);
        double fem = mean <= 0 ? 0 : beta(mean * p.emFractionSpread(), (1 - mean) * p.emFractionSpread(), rng);
        double lnE = Math.log(e);
        double a = Math.max(0.6165 + 0.3183 * lnE, 0.3);
        double d = 0.9099 - 0.0237 * lnE;
        layout.trace(t.x, t.y, t.z, t.ux, t.uy, t.uz, Double.POSITIVE_INFINITY, path, scratch);
        int segments = path.size();
        if (segments == 0) {
            cal.leak(e);
            return;
        }
        fillLambda();
        // transverse basis
        double e1x;
        double e1y;
        double e1z;
        if (Math.abs(t.uz) < 0.9) {
            double norm = Math.hypot(t.ux, t.uy);
            e1x = -t.uy / norm;
            e1y = t.ux / norm;
            e1z = 0;
        } else {
            double norm = Math.hypot(t.uy, t.uz);
            e1x = 0;
            e1y = t.uz / norm;
            e1z = -t.uy / norm;
        }
        double e2x = t.uy * e1z - t.uz * e1y;
        double e2y = t.uz * e1x - t.ux * e1z;
        double e2z = t.ux * e1y - t.uy * e1x;

        int n = (int) Math.max(1, Math.ceil(e / p.spotEnergy()));
        double eSpot = e / n;
        double leaked = 0;
        for (int k = 0; k < n; k++) {
            double g = GammaVariate.sample(a, rng);
            int seg;
            double s;
            if (rng.nextDouble() < W) {
                double depth = g / B;
                seg = path.segmentAt(depth);
                s = seg < 0 ? 0 : path.distanceAt(seg, depth);
            } else {
                double depth = g / d;
                seg = segmentAtLambda(depth);
                s = seg < 0 ? 0 : path.distanceAt(seg, path.segmentStart(seg))
                        + (depth - lambdaStart[seg]) * lambdaCm[path.volume(seg)];
            }
            if (seg < 0) {
                leaked += eSpot;
                continue;
            }
            int v = path.volume(seg);
            boolean em = rng.nextDouble() < fem;
            double scaleCm = em ? 0.5 * moliereCm[v] : p.lateralScale() * lambdaCm[v];
            double r = scaleCm * GammaVariate.sample(2, rng);
            double phi = 2 * Math.PI * rng.nextDouble();
            double cx = r * Math.cos(phi);
            double cy = r * Math.sin(phi);
            double x = t.x + s * t.ux + cx * e1x + cy * e2x;
            double y = t.y + s * t.uy + cx * e1y + cy * e2y;
            double z = t.z + s * t.uz + cx * e1z + cy * e2z;
            if (!layout.volume(v).coversTransverse(x, y)) {
                // carried forward along the axis into the next volume that covers this (x, y)
                int next = -1;
                for (int j = seg + 1; j < path.size() && next < 0; j++) {
                    double sk = path.distanceAt(j, path.segmentStart(j)) + 1e-6;
                    double xk = t.x + sk * t.ux + cx * e1x + cy * e2x;
                    double yk = t.y + sk * t.uy + cx * e1y + cy * e2y;
                    if (layout.volume(path.volume(j)).coversTransverse(xk, yk)) {
                        next = j;
                        v = path.volume(j);
                        x = xk;
                        y = yk;
                        z = t.z + sk * t.uz + cx * e1z + cy * e2z;
                    }
                }
                if (next < 0) {
                    leaked += eSpot;
                    continue;
                }
            }
            if (em) {
                cal.depositElectromagnetic(v, x, y, z, eSpot);
            } else {
                cal.depositHadronic(v, x, y, z, eSpot);
            }
        }
        if (leaked > 0) {
            cal.leak(leaked);
        }
    }

    /** Cumulative interaction lengths at the ends of each path segment. */
    private void fillLambda() {
        int n = path.size();
        if (lambdaStart.length < n) {
            lambdaStart = new double[2 * n];
            lambdaEnd = new double[2 * n];
        }
        double acc = 0;
        for (int i = 0; i < n; i++) {
            double lengthCm = path.distanceAt(i, path.segmentEnd(i)) - path.distanceAt(i, path.segmentStart(i));
            lambdaStart[i] = acc;
            acc += lengthCm / lambdaCm[path.volume(i)];
            lambdaEnd[i] = acc;
        }
    }

    private int segmentAtLambda(double depth) {
        for (int i = 0; i < path.size(); i++) {
            if (depth < lambdaEnd[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Beta(alpha, beta) from two gamma variates. */
    private static double beta(double alpha, double beta, RandomGenerator rng) {
        double x = GammaVariate.sample(alpha, rng);
        double y = GammaVariate.sample(beta, rng);
        return x / (x + y);
    }
}
