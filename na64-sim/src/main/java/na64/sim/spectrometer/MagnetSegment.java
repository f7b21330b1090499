package na64.sim.spectrometer;

import na64.core.PoissonSampler;
import na64.sim.beam.Track;
import na64.detector.Magnet;

/**
 * A dipole with a uniform vertical field, in the frame that follows the nominal trajectory: the
 * nominal particle (charge q0, momentum p0) is bent by k0 = 0.2998 B / p0 per unit length (towards
 * +x by the frame's convention); a particle of charge q and momentum p is bent by
 * k = k0 (q / q0)(p0 / p) in the laboratory, i.e. by k - k0 relative to the axis, so that over the
 * magnet its slope changes by (k - k0) L ({@link MagnetOptics}); neutral particles drift away by
 * -k0 L. Charged particles radiate synchrotron photons along the arc ({@link SynchrotronRadiation}),
 * emitted along the particle's direction at uniformly distributed points; the photons then fly
 * straight. The medium in the gap (air) acts on charged tracks at the exit. Tracks outside the gap
 * at the entrance or exit hit the yoke and are lost.
 */
final class MagnetSegment implements Segment {
    private final Magnet magnet;
    private final double k0;
    private final int nominalCharge;
    private final double nominalMomentum;
    private final double halfX;
    private final double halfY;
    private final double centreX;
    private final double centreY;
    private final MaterialEffects medium;

    /**
     * @param nominalMomentum momentum [GeV] the field is set for (the run's beam momentum)
     * @param nominalCharge   charge of the nominal beam species
     */
    MagnetSegment(Magnet magnet, double nominalMomentum, int nominalCharge, MaterialEffects medium) {
        this.magnet = magnet;
        this.nominalMomentum = nominalMomentum;
        this.nominalCharge = nominalCharge;
        this.k0 = MagnetOptics.bendingAngle(Math.abs(magnet.field()) * 0.01, nominalMomentum); // per cm
        this.halfX = magnet.aperture().halfWidthX();
        this.halfY = magnet.aperture().halfWidthY();
        this.centreX = magnet.aperture().x0();
        this.centreY = magnet.aperture().y0();
        this.medium = medium;
    }

    @Override
    public double zFront() {
        return magnet.zFront();
    }

    @Override
    public double zBack() {
        return magnet.zBack();
    }

    /** Laboratory curvature [1/cm] of a track (signed: positive bends towards +x). */
    double curvature(Track t) {
        if (t.charge() == 0) {
            return 0;
        }
        return k0 * ((double) t.charge() / nominalCharge) * (nominalMomentum / t.momentum());
    }

    @Override
    public void transport(Track t, double zTo, TransportState state) {
        if (outside(t)) {
            state.lose(t);
            return;
        }
        double dz = zTo - t.z;
        double k = curvature(t);
        double rel = k - k0;
        if (t.charge() != 0) {
            radiate(t, dz, k, state);
        }
        double x0 = t.x;
        double tx0 = t.tx;
        t.driftTo(zTo);
        t.x = x0 + tx0 * dz + 0.5 * rel * dz * dz;
        t.tx = tx0 + rel * dz;
        if (outside(t)) {
            state.lose(t);
            return;
        }
        if (t.charge() != 0) {
            state.loseEnergy(medium.cross(t, dz * t.pathPerZ(), true, state));
        }
    }

    private boolean outside(Track t) {
        return Math.abs(t.x - centreX) > halfX || Math.abs(t.y - centreY) > halfY;
    }

    /**
     * Synchrotron photons over the path dz, emitted from the track's state at the start of the
     * path (the energy loss, ~1e-3 of E at 100 GeV, is applied at once).
     */
    private void radiate(Track t, double dz, double k, TransportState state) {
        if (k == 0 || t.mass <= 0) {
            return;
        }
        double radius = 1 / Math.abs(k);
        double path = dz * t.pathPerZ();
        double mean = SynchrotronRadiation.photonsPerCm(t.energy, t.mass, radius) * path;
        long n = PoissonSampler.sample(state.rng(), mean);
        if (n == 0) {
            return;
        }
        double ec = SynchrotronRadiation.criticalEnergy(t.energy, t.mass, radius);
        double rel = k - k0;
        double emitted = 0;
        int count = 0;
        for (long i = 0; i < n; i++) {
            double energy = ec * SynchrotronRadiation.sampleX(state.rng());
            if (emitted + energy > t.energy - t.mass) {
                break;
            }
            emitted += energy;
            count++;
            double s = dz * state.rng().nextDouble();
            // the particle at the emission point, then the photon flying straight to the end of the path
            double xe = t.x + t.tx * s + 0.5 * rel * s * s;
            double txe = t.tx + rel * s;
            double rest = dz - s;
            double xg = xe + txe * rest - 0.5 * k0 * rest * rest;
            double txg = txe - k0 * rest;
            state.spawnPhoton(energy, xg, t.y + t.ty * dz, t.z + dz, txg, t.ty,
                    t.time + dz / (na64.physics.PhysicalConstants.SPEED_OF_LIGHT * 1e-9));
        }
        t.energy -= emitted;
        state.event().truth().synchrotronPhotons += count;
        state.event().truth().synchrotronEnergy += emitted;
    }
}
