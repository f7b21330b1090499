package na64.sim.cascade;

import static na64.physics.PhysicalConstants.ELECTRON_MASS;

import java.util.random.RandomGenerator;
import na64.physics.sm.ComptonScattering;
import na64.physics.sm.PositronAnnihilation;
import na64.physics.ParticleType;

/**
 * Follows electrons, positrons and photons above the cut energy through the layout (one
 * instance per thread).
 *
 * <p>Charged particles slow down continuously (collision loss + bremsstrahlung below the cut,
 * {@link EmTables}); the next discrete interaction is where the optical depth Lambda(E) of the
 * discrete processes has decreased by an exponential number of mean free paths, found by
 * inverting the tabulated Lambda (exact for continuous slowing down, no step-size error). Steps
 * also end at volume boundaries, after {@link CascadeConfig#maxStepX0} radiation lengths (so the
 * continuous loss is deposited where it happens), where a rare-process clock rings, or at the
 * cut. Photons fly straight to their next interaction (pair production or Compton scattering).
 *
 * <p>Below the cut a particle becomes a parameterised shower (GFlash, {@link na64.sim.shower.SubShower})
 * of its kinetic energy (electron), of E + m_e (positron, which annihilates at rest) or of its energy
 * (photon). The continuous loss of a step is deposited along the track: the collision part at the
 * step's midpoint, the sub-cut bremsstrahlung part collected along the track and released as one
 * photon shower from its energy-weighted centroid whenever it reaches the cut energy (and when the
 * track leaves a volume or ends), so that a track makes about one such shower per cut energy of
 * soft radiation rather than one per step. Such a lump is many photons whose energy is spread
 * evenly over k in (0, k_c) (k dN/dk is flat to within y^2 terms), so it is deposited with the
 * average GFlash profile of a photon of energy exp(&lt;ln k&gt;) = k_c/e, not that of its summed energy.
 *
 * <p>Energy bookkeeping, per event: beam energy = deposited + leaked + invisible + rest energy kept
 * ({@link CascadeContext#restEnergyKept}: the electron masses that stay bound, minus those of the
 * atomic electrons that annihilate or are knocked out).
 */
public final class EmTransport {
    private final CascadeContext ctx;
    private final CascadePhysics physics;
    private final Layout layout;
    private final Calorimetry calorimetry;
    private final Layout.Scratch scratch;
    private final double cut;
    private final double[] dir = new double[3];
    // soft bremsstrahlung collected along the current charged track
    private double lumpEnergy;
    private double lumpX;
    private double lumpY;
    private double lumpZ;

    private enum StepEnd { BOUNDARY, INTERACTION, CUT, RARE }

    public EmTransport(CascadeContext context) {
        this.ctx = context;
        this.physics = context.physics();
        this.layout = context.layout();
        this.calorimetry = context.calorimetry();
        this.scratch = calorimetry.scratch();
        this.cut = physics.config().cutEnergy();
    }

    /** Follows an electron, positron or photon until it is below the cut, absorbed or out of the setup. */
    public void follow(Track t) {
        if (t.type == ParticleType.PHOTON) {
            photon(t);
        } else {
            charged(t);
        }
    }

    private static double exponential(RandomGenerator rng) {
        return -Math.log(1 - rng.nextDouble());
    }

    // ------------------------------------------------------------------ geometry

    /** Puts the track into material (across gaps); false if it left the setup (its energy leaks). */
    private boolean enterMaterial(Track t) {
        if (layout.enterMaterial(t, scratch, ctx.hits(), ctx.rng())) {
            return true;
        }
        calorimetry.leak(t.energy);
        return false;
    }

    // ------------------------------------------------------------------ e+-

    private void charged(Track t) {
        RandomGenerator rng = ctx.rng();
        boolean positron = t.isPositron();
        double nLambda = exponential(rng);
        lumpEnergy = 0;
        lumpX = 0;
        lumpY = 0;
        lumpZ = 0;
        // distance to the exit of the current volume, kept along straight steps inside it
        double exitDistance = -1;
        while (true) {
            if (t.energy <= cut) {
                flushLump(t);
                belowCut(t);
                return;
            }
            if (exitDistance <= 0) {
                if (!enterMaterial(t)) {
                    return;
                }
                exitDistance = layout.distanceToExit(t.volume, t.x, t.y, t.z, t.ux, t.uy, t.uz, scratch);
            }
            int v = t.volume;
            EmTables tab = physics.emTables(v);
            double e = t.energy;
            double dGeo = exitDistance;
            double dMax = physics.config().maxStepX0() * layout.showerModel(v).medium().radiationLengthCm();
            boolean boundary = dGeo <= dMax;
            double dStep = Math.min(dGeo, dMax);
            double r0 = tab.range(positron, e);
            double lam0 = tab.opticalDepth(positron, e);

            StepEnd end;
            double eEnd;
            if (r0 > dStep) {
                eEnd = tab.energyAtRange(positron, r0 - dStep);
                end = StepEnd.BOUNDARY;
            } else {
                eEnd = cut;
                end = StepEnd.CUT;
            }
            if (lam0 > nLambda) {
                double eInt = tab.energyAtOpticalDepth(positron, lam0 - nLambda);
                if (eInt > eEnd) {
                    eEnd = eInt;
                    end = StepEnd.INTERACTION;
                }
            }
            double eRare = ctx.rare().chargedFireEnergy(v, positron, e, eEnd);
            if (eRare > eEnd) {
                eEnd = eRare;
                end = StepEnd.RARE;
            }
            double length = end == StepEnd.BOUNDARY ? dStep : Math.max(0, r0 - tab.range(positron, eEnd));

            depositContinuous(t, v, tab, positron, e, eEnd, length);
            if (ctx.observer() != null) {
                ctx.observer().chargedStep(v, positron, e, eEnd, length, tab);
            }
            ctx.rare().chargedAdvance(v, positron, e, eEnd);
            nLambda -= lam0 - tab.opticalDepth(positron, eEnd);
            t.advance(length);
            t.energy = eEnd;
            exitDistance -= length;

            switch (end) {
                case BOUNDARY -> {
                    if (boundary) {
                        flushLump(t);
                        t.advance(Layout.NUDGE);
                        exitDistance = -1;
                    }
                }
                case CUT -> t.energy = Math.min(t.energy, cut);
                case INTERACTION -> {
                    if (!interactCharged(t, tab, positron, rng)) {
                        flushLump(t);
                        return;
                    }
                    nLambda = exponential(rng);
                }
                case RARE -> {
                    if (!ctx.rare().fire(t, ctx)) {
                        flushLump(t);
                        return;
                    }
                    exitDistance = -1;
                }
            }
        }
    }

    /** Deposits the continuous loss e0 -> e1 of a step of {@code length} cm starting at the track position. */
    private void depositContinuous(Track t, int v, EmTables tab, boolean positron, double e0, double e1, double length) {
        double lost = e0 - e1;
        if (!(lost > 0)) {
            return;
        }
        double mid = 0.5 * length;
        double mx = t.x + mid * t.ux;
        double my = t.y + mid * t.uy;
        double mz = t.z + mid * t.uz;
        double eMid = 0.5 * (e0 + e1);
        double collision = lost * Math.min(1, tab.ionisationLoss(positron, eMid) / tab.loss(positron, eMid));
        calorimetry.depositElectromagnetic(v, mx, my, mz, collision);
        double radiated = lost - collision;
        if (radiated > 0) {
            lumpEnergy += radiated;
            lumpX += radiated * mx;
            lumpY += radiated * my;
            lumpZ += radiated * mz;
            if (lumpEnergy >= cut) {
                flushLump(t);
            }
        }
    }

    /** Releases the collected soft bremsstrahlung as one photon shower from its centroid. */
    private void flushLump(Track t) {
        if (lumpEnergy > 0) {
            double e = lumpEnergy;
            double x = lumpX / e;
            double y = lumpY / e;
            double z = lumpZ / e;
            lumpEnergy = 0;
            lumpX = 0;
            lumpY = 0;
            lumpZ = 0;
            double taken = ctx.rare().subShower(ParticleType.PHOTON, e, true, x, y, z, t.ux, t.uy, t.uz, ctx);
            if (e - taken > 0) {
                ctx.subShower().deposit(e - taken, cut / Math.E, true, true, x, y, z, t.ux, t.uy, t.uz,
                        calorimetry, ctx.rng());
            }
        }
    }

    /** A discrete interaction of an e+- at the track's position; false if the track is gone. */
    private boolean interactCharged(Track t, EmTables tab, boolean positron, RandomGenerator rng) {
        double e = t.energy;
        double sBrem = tab.bremSigma(e);
        double sAnn = positron ? tab.annihilationSigma(e) : 0;
        if (positron && rng.nextDouble() * (sBrem + sAnn) < sAnn) {
            annihilateInFlight(t, rng);
            return false;
        }
        if (sBrem <= 0 || cut >= na64.physics.sm.Bremsstrahlung.yMax(e) * e) {
            return true;
        }
        double k = tab.sampleBremY(e, rng) * e;
        double theta = Directions.emissionAngle(e, rng);
        Directions.rotate(t.ux, t.uy, t.uz, Math.cos(theta), 2 * Math.PI * rng.nextDouble(), dir);
        ctx.stack().push(ParticleType.PHOTON, k, t.x, t.y, t.z, dir[0], dir[1], dir[2]);
        t.energy = e - k;
        return true;
    }

    /** e+ e- -> gamma gamma on an atomic electron at rest (Heitler; kinematics from energy-momentum conservation). */
    private void annihilateInFlight(Track t, RandomGenerator rng) {
        double e = t.energy;
        double total = e + ELECTRON_MASS;
        double p = Math.sqrt(Math.max(0, e * e - ELECTRON_MASS * ELECTRON_MASS));
        double eps = PositronAnnihilation.sampleEpsilon(e, rng);
        double phi = 2 * Math.PI * rng.nextDouble();
        ctx.keepRestEnergy(-ELECTRON_MASS);
        for (int i = 0; i < 2; i++) {
            double k = (i == 0 ? eps : 1 - eps) * total;
            // (P - k)^2 = 0 with P^2 = 2 m_e (E + m_e): cos theta = (E + m_e)(k - m_e)/(p k)
            double cos = Math.max(-1, Math.min(1, total * (k - ELECTRON_MASS) / (p * k)));
            Directions.rotate(t.ux, t.uy, t.uz, cos, i == 0 ? phi : phi + Math.PI, dir);
            ctx.stack().push(ParticleType.PHOTON, k, t.x, t.y, t.z, dir[0], dir[1], dir[2]);
        }
    }

    // ------------------------------------------------------------------ photons

    private void photon(Track t) {
        RandomGenerator rng = ctx.rng();
        double nLambda = exponential(rng);
        while (true) {
            if (t.energy <= cut) {
                belowCut(t);
                return;
            }
            if (!enterMaterial(t)) {
                return;
            }
            int v = t.volume;
            EmTables tab = physics.emTables(v);
            double k = t.energy;
            double sPair = tab.pairSigma(k);
            double sCompton = tab.comptonSigma(k);
            double sigma = sPair + sCompton;
            double dGeo = layout.distanceToExit(v, t.x, t.y, t.z, t.ux, t.uy, t.uz, scratch);
            double dInt = sigma > 0 ? nLambda / sigma : Double.POSITIVE_INFINITY;
            double d = Math.min(dGeo, dInt);
            double dRare = ctx.rare().photonFireDistance(v, k, d);
            StepEnd end = dInt < dGeo ? StepEnd.INTERACTION : StepEnd.BOUNDARY;
            if (dRare < d) {
                d = dRare;
                end = StepEnd.RARE;
            }
            if (ctx.observer() != null) {
                ctx.observer().photonStep(v, k, d);
            }
            ctx.rare().photonAdvance(v, k, d);
            nLambda -= sigma * d;
            t.advance(d);
            switch (end) {
                case BOUNDARY -> t.advance(Layout.NUDGE);
                case RARE -> {
                    if (!ctx.rare().fire(t, ctx)) {
                        return;
                    }
                }
                default -> {
                    if (rng.nextDouble() * sigma < sPair) {
                        convert(t, tab, rng);
                        return;
                    }
                    compton(t, rng);
                    nLambda = exponential(rng);
                }
            }
        }
    }

    /** gamma -> e+ e-: x = E_-/k from the pair sampler, each lepton at its characteristic angle. */
    private void convert(Track t, EmTables tab, RandomGenerator rng) {
        double k = t.energy;
        double x = tab.samplePairX(k, rng);
        double eMinus = x * k;
        double ePlus = k - eMinus;
        double phi = 2 * Math.PI * rng.nextDouble();
        Directions.rotate(t.ux, t.uy, t.uz, Math.cos(Directions.emissionAngle(eMinus, rng)), phi, dir);
        ctx.stack().push(ParticleType.ELECTRON, eMinus, t.x, t.y, t.z, dir[0], dir[1], dir[2]);
        Directions.rotate(t.ux, t.uy, t.uz, Math.cos(Directions.emissionAngle(ePlus, rng)), phi + Math.PI, dir);
        ctx.stack().push(ParticleType.POSITRON, ePlus, t.x, t.y, t.z, dir[0], dir[1], dir[2]);
    }

    /** Compton scattering on a free electron: the photon continues with eps k, the electron gets (1 - eps) k. */
    private void compton(Track t, RandomGenerator rng) {
        double k = t.energy;
        double eps = ComptonScattering.sampleEpsilon(k, rng);
        double k1 = eps * k;
        double cos = ComptonScattering.photonCosTheta(k, eps);
        double phi = 2 * Math.PI * rng.nextDouble();
        double ux = t.ux;
        double uy = t.uy;
        double uz = t.uz;
        Directions.rotate(ux, uy, uz, cos, phi, dir);
        // electron momentum = k u - k1 u'
        double px = k * ux - k1 * dir[0];
        double py = k * uy - k1 * dir[1];
        double pz = k * uz - k1 * dir[2];
        double p = Math.sqrt(px * px + py * py + pz * pz);
        double kinetic = k - k1;
        ctx.keepRestEnergy(-ELECTRON_MASS);
        if (p > 0) {
            ctx.stack().push(ParticleType.ELECTRON, kinetic + ELECTRON_MASS, t.x, t.y, t.z, px / p, py / p, pz / p);
        }
        t.energy = k1;
        t.ux = dir[0];
        t.uy = dir[1];
        t.uz = dir[2];
    }

    // ------------------------------------------------------------------ below the cut

    /** A particle below the cut becomes a parameterised shower. */
    private void belowCut(Track t) {
        double energy;
        boolean photon = false;
        switch (t.type) {
            case ELECTRON -> {
                energy = t.energy - ELECTRON_MASS;
                ctx.keepRestEnergy(ELECTRON_MASS);
            }
            case POSITRON -> {
                energy = t.energy + ELECTRON_MASS;
                ctx.keepRestEnergy(-ELECTRON_MASS);
            }
            default -> {
                energy = t.energy;
                photon = true;
            }
        }
        if (energy <= 0) {
            return;
        }
        double taken = ctx.rare().subShower(t.type, energy, false, t.x, t.y, t.z, t.ux, t.uy, t.uz, ctx);
        parameterised(energy - taken, photon, t.x, t.y, t.z, t.ux, t.uy, t.uz);
    }

    private void parameterised(double energy, boolean photon, double x, double y, double z, double ux, double uy, double uz) {
        if (energy > 0) {
            ctx.subShower().deposit(energy, photon, x, y, z, ux, uy, uz, calorimetry, ctx.rng());
        }
    }
}
