package na64.sim.muon;

import java.util.random.RandomGenerator;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.Layout;
import na64.sim.cascade.Readout;
import na64.sim.cascade.Track;
import na64.sim.spectrometer.MultipleScattering;
import na64.physics.ParticleType;
import na64.physics.PhysicalConstants;
import na64.sim.beam.DecayData;

/**
 * Transport of muons and hadrons through the layout (one instance per thread): straight steps
 * between which charged particles turn by multiple Coulomb scattering (Highland width over the
 * step, {@link MultipleScattering}; the position moves by the correlated offset of the step, PDG
 * eqs. 34.19-34.20), ionisation with Landau straggling for charged particles
 * (mean = Bethe, {@link LandauDistribution#sampleTruncated}: Delta = Delta_p + xi (lambda - lambda_p)
 * with lambda drawn from the Landau density truncated so that the mean loss is Bethe's), for muons the
 * radiative loss b E (continuous below v = {@value #V_CUT} of the energy, discrete photons above,
 * {@link RadiativeLoss}), and for hadrons a nuclear interaction after an exponential number of
 * interaction lengths. Steps end at volume boundaries and read-out section boundaries (so the
 * ionisation is deposited in the right section), after at most 20 % of the kinetic energy has
 * been lost, or at a discrete interaction. Ionisation is deposited at the middle of each step as
 * "ionisation" (seen with mip/e), continuous radiative loss as electromagnetic energy.
 *
 * <p>A particle whose kinetic energy falls below {@value #STOP} GeV stops: its kinetic energy is
 * deposited and its rest energy kept (decays at rest are not simulated).
 */
public final class ChargedTransport {
    /** Smallest fraction of the muon energy followed as a discrete radiative loss. */
    static final double V_CUT = 0.01;
    /** Kinetic energy below which a particle stops [GeV]. */
    static final double STOP = 0.01;
    private static final double MAX_FRACTION = 0.2;

    /** How the transport ended. */
    public enum Outcome { INTERACTED, STOPPED, LEFT, DECAYED }

    private final Layout layout;
    private final HeavyMedia media;
    private final Layout.Scratch scratch = new Layout.Scratch();
    private final LandauDistribution landau = LandauDistribution.instance();
    private final double discretePerB = RadiativeLoss.interactionsAbove(V_CUT);
    private final double continuousPerB = RadiativeLoss.fractionBelow(V_CUT);

    public ChargedTransport(Layout layout, HeavyMedia media) {
        this.layout = layout;
        this.media = media;
    }

    /**
     * Follows the track until it has crossed {@code interactionLengths} nuclear interaction lengths
     * (then INTERACTED, the track at the interaction point), stops, or leaves the setup.
     */
    public Outcome follow(Track t, double interactionLengths, CascadeContext ctx) {
        return follow(t, interactionLengths, Double.POSITIVE_INFINITY, ctx);
    }

    /**
     * As {@link #follow(Track, double, CascadeContext)}, and the particle decays in flight once its
     * proper time reaches {@code meanLives} mean lives (DECAYED, the track at the decay point, in
     * material or in a gap): each step of length L uses up L / (beta gamma c tau) with beta gamma
     * at the step's start (a step loses at most a fifth of the kinetic energy); gaps count fully.
     */
    public Outcome follow(Track t, double interactionLengths, double meanLives, CascadeContext ctx) {
        RandomGenerator rng = ctx.rng();
        double cTau = Double.isFinite(meanLives) ? DecayData.lifetime(t.type) * PhysicalConstants.SPEED_OF_LIGHT : 0;
        double lives = meanLives;
        boolean charged = t.type.charge() != 0;
        boolean muon = t.type == ParticleType.MUON || t.type == ParticleType.ANTIMUON;
        double lambdas = interactionLengths;
        double radiative = -Math.log(1 - rng.nextDouble());
        while (true) {
            double kinetic = t.energy - t.mass;
            if (kinetic <= STOP) {
                stop(t, ctx);
                return Outcome.STOPPED;
            }
            // mean lives per cm of path: 1 / (beta gamma c tau)
            double decayRate = cTau > 0 ? t.mass / (Math.sqrt(Math.max(kinetic * (t.energy + t.mass), 1e-300)) * cTau) : 0;
            Layout.Entry entry = layout.enterMaterial(t, scratch, ctx.hits(), rng,
                    decayRate > 0 ? lives / decayRate : Double.POSITIVE_INFINITY);
            lives -= scratch.gapPath * decayRate;
            if (entry == Layout.Entry.STOPPED_IN_GAP) {
                return Outcome.DECAYED;
            }
            if (entry == Layout.Entry.LEFT) {
                leave(t, ctx);
                return Outcome.LEFT;
            }
            int v = t.volume;
            HeavyMedium m = media.of(v);
            double dGeo = layout.distanceToExit(v, t.x, t.y, t.z, t.ux, t.uy, t.uz, scratch);
            double dStep = Math.min(dGeo, distanceToSection(v, t));
            boolean boundary = true;
            double meanLoss = charged ? m.meanLoss(t.type, kinetic) : 0;
            if (meanLoss > 0 && MAX_FRACTION * kinetic / meanLoss < dStep) {
                dStep = MAX_FRACTION * kinetic / meanLoss;
                boundary = false;
            }
            int end = 0; // 0 boundary/limit, 1 nuclear interaction, 2 radiative, 3 decay
            double dInt = lambdas * m.interactionLengthCm();
            if (dInt < dStep) {
                dStep = dInt;
                end = 1;
                boundary = false;
            }
            double radRate = muon ? m.radiativeB() * m.density() * discretePerB : 0;
            if (radRate > 0 && radiative / radRate < dStep) {
                dStep = radiative / radRate;
                end = 2;
                boundary = false;
            }
            if (decayRate > 0 && lives / decayRate < dStep) {
                dStep = lives / decayRate;
                end = 3;
                boundary = false;
            }
            // energy lost along the step
            double ionisation = charged ? straggle(t, m, kinetic, meanLoss * dStep, dStep, rng) : 0;
            double soft = muon ? m.radiativeB() * m.density() * continuousPerB * t.energy * dStep : 0;
            double lost = Math.min(ionisation + soft, kinetic);
            double half = 0.5 * dStep;
            double mx = t.x + half * t.ux;
            double my = t.y + half * t.uy;
            double mz = t.z + half * t.uz;
            if (lost > 0) {
                double ionShare = ionisation + soft > 0 ? ionisation / (ionisation + soft) : 1;
                ctx.calorimetry().depositIonisation(v, mx, my, mz, lost * ionShare);
                ctx.calorimetry().depositElectromagnetic(v, mx, my, mz, lost * (1 - ionShare));
            }
            double startEnergy = t.energy;
            t.energy -= lost;
            t.advance(dStep);
            if (charged) {
                scatter(t, startEnergy, dStep / m.material().radiationLengthCm(), dStep, rng);
            }
            lambdas -= dStep / m.interactionLengthCm();
            radiative -= radRate * dStep;
            lives -= decayRate * dStep;
            if (end == 1) {
                return Outcome.INTERACTED;
            }
            if (end == 3) {
                return Outcome.DECAYED;
            }
            if (end == 2) {
                double k = RadiativeLoss.sampleFraction(V_CUT, rng) * t.energy;
                k = Math.min(k, t.energy - t.mass);
                if (k > 0) {
                    ctx.stack().push(ParticleType.PHOTON, k, t.x, t.y, t.z, t.ux, t.uy, t.uz);
                    t.energy -= k;
                }
                radiative = -Math.log(1 - rng.nextDouble());
            }
            if (boundary) {
                t.advance(Layout.NUDGE);
            }
        }
    }

    /**
     * Multiple scattering over a step of {@code thicknessX0} radiation lengths and {@code length} cm,
     * with the energy at the step's start: in each of two planes containing the direction, a
     * projected angle theta = z2 theta0 and an offset z1 L theta0 / sqrt 12 + z2 L theta0 / 2
     * (z1, z2 standard normals), applied at the step's end.
     */
    private static void scatter(Track t, double energy, double thicknessX0, double length, RandomGenerator rng) {
        double p = Math.sqrt(Math.max(energy * energy - t.mass * t.mass, 0));
        double theta0 = p > 0 ? MultipleScattering.theta0(p, p / energy, t.type.charge(), thicknessX0) : 0;
        if (!(theta0 > 0)) {
            return;
        }
        // e1, e2: unit vectors perpendicular to the direction u (e1 in the plane of u and the axis least aligned with it)
        double ax = Math.abs(t.ux) < 0.9 ? 1 : 0;
        double ay = 1 - ax;
        double e1x = ay * t.uz;
        double e1y = -ax * t.uz;
        double e1z = ax * t.uy - ay * t.ux;
        double n1 = Math.sqrt(e1x * e1x + e1y * e1y + e1z * e1z);
        e1x /= n1;
        e1y /= n1;
        e1z /= n1;
        double e2x = t.uy * e1z - t.uz * e1y;
        double e2y = t.uz * e1x - t.ux * e1z;
        double e2z = t.ux * e1y - t.uy * e1x;
        // plane 1 (along e1), then plane 2 (along e2): each z1 (offset only), z2 (angle and offset)
        double z11 = rng.nextGaussian();
        double z21 = rng.nextGaussian();
        double z12 = rng.nextGaussian();
        double z22 = rng.nextGaussian();
        double offset1 = MultipleScattering.offset(length, theta0, z11, z21);
        double offset2 = MultipleScattering.offset(length, theta0, z12, z22);
        t.x += offset1 * e1x + offset2 * e2x;
        t.y += offset1 * e1y + offset2 * e2y;
        t.z += offset1 * e1z + offset2 * e2z;
        // tan(theta) along each of e1, e2: the new direction u + tan1 e1 + tan2 e2, normalised
        double tan1 = Math.tan(z21 * theta0);
        double tan2 = Math.tan(z22 * theta0);
        double ux = t.ux + tan1 * e1x + tan2 * e2x;
        double uy = t.uy + tan1 * e1y + tan2 * e2y;
        double uz = t.uz + tan1 * e1z + tan2 * e2z;
        double norm = Math.sqrt(ux * ux + uy * uy + uz * uz);
        t.ux = ux / norm;
        t.uy = uy / norm;
        t.uz = uz / norm;
    }

    /** Ionisation loss over a step with Landau straggling about the mean {@code mean} [GeV]. */
    private double straggle(Track t, HeavyMedium m, double kinetic, double mean, double path, RandomGenerator rng) {
        if (!(mean > 0)) {
            return 0;
        }
        double gamma = t.energy / t.mass;
        double beta2 = 1 - 1 / (gamma * gamma);
        double betaGamma = Math.sqrt(Math.max(gamma * gamma - 1, 1e-12));
        double xi = m.xi(path, beta2);
        double mostProbable = m.mostProbableLoss(xi, betaGamma, beta2);
        if (!(mostProbable > 0) || mostProbable >= mean) {
            return Math.min(mean, kinetic);
        }
        double target = LandauDistribution.MODE + (mean - mostProbable) / xi;
        double lambdaMax = landau.truncationFor(target);
        double lambda = landau.sampleTruncated(lambdaMax, rng);
        double loss = mostProbable + xi * (lambda - LandauDistribution.MODE);
        return Math.min(Math.max(loss, 0), kinetic);
    }

    /** Distance along the track to the next longitudinal read-out section boundary of the volume. */
    private double distanceToSection(int v, Track t) {
        Readout r = layout.volume(v).readout();
        if (r == null || r.sectionEnds().length < 2 || t.uz == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double[] ends = r.sectionEnds();
        double best = Double.POSITIVE_INFINITY;
        double front = layout.volume(v).zFront();
        for (int i = -1; i < ends.length - 1; i++) {
            double zb = i < 0 ? front : ends[i];
            double d = (zb - t.z) / t.uz;
            if (d > 1e-9 && d < best) {
                best = d;
            }
        }
        return best;
    }

    private void leave(Track t, CascadeContext ctx) {
        ctx.calorimetry().leak(t.energy);
        if (ctx.observer() != null) {
            ctx.observer().left(t.type, t.energy);
        }
    }

    private void stop(Track t, CascadeContext ctx) {
        double kinetic = Math.max(t.energy - t.mass, 0);
        int v = layout.locate(t.x, t.y, t.z);
        if (v >= 0) {
            ctx.calorimetry().depositIonisation(v, t.x, t.y, t.z, kinetic);
        } else {
            ctx.calorimetry().leak(kinetic);
        }
        ctx.keepRestEnergy(t.mass);
    }
}
