package na64.sim.spectrometer;

import na64.sim.beam.Track;
import na64.detector.CellGrid;

/**
 * A slab crossed by the beam: a counter (its sampled ionisation deposit is read out), a passive
 * window, or the SRD (photons interact with the probability of {@link PhotonAbsorption} and
 * deposit their energy in the cell they enter; charged particles deposit their ionisation loss).
 * The physics acts once per crossing of the whole slab, for tracks entering its front face inside
 * its outline.
 */
final class LayerSegment implements Segment {
    enum Kind { COUNTER, WINDOW, SRD }

    private final Kind kind;
    private final double zFront;
    private final double zBack;
    private final MaterialEffects material;
    private final CellGrid grid;
    private final int detector;
    private final PhotonAbsorption.Table absorption;

    /**
     * @param grid     outline and cells (null: the whole plane, for windows)
     * @param detector index in the event's deposits (-1 for passive slabs)
     */
    LayerSegment(Kind kind, double zFront, double zBack, MaterialEffects material, CellGrid grid, int detector) {
        this.kind = kind;
        this.zFront = zFront;
        this.zBack = zBack;
        this.material = material;
        this.grid = grid;
        this.detector = detector;
        this.absorption = kind == Kind.SRD
                ? new PhotonAbsorption(material.ionisation().material()).table(zBack - zFront) : null;
    }

    /** True if the slab does something to neutral particles (the SRD absorbs photons). */
    boolean actsOnNeutrals() {
        return kind == Kind.SRD;
    }

    @Override
    public double zFront() {
        return zFront;
    }

    @Override
    public double zBack() {
        return zBack;
    }

    @Override
    public void transport(Track t, double zTo, TransportState state) {
        boolean whole = t.z <= zFront && zTo >= zBack;
        int cell = grid == null ? 0 : grid.cellAt(t.x, t.y);
        if (!whole || cell < 0) {
            t.driftTo(zTo);
            return;
        }
        double depth = zBack - zFront;
        if (t.charge() == 0) {
            t.driftTo(zTo);
            if (kind == Kind.SRD && t.type == na64.physics.ParticleType.PHOTON
                    && state.rng().nextDouble() < absorption.probability(t.energy)) {
                state.deposit(detector, cell, t.energy);
                t.energy = 0;
                t.alive = false;
            }
            return;
        }
        double length = depth * t.pathPerZ();
        double betaGamma = t.momentum() / t.mass;
        t.driftTo(zTo);
        switch (kind) {
            case COUNTER -> {
                // the read-out deposit is sampled (Landau-Moyal), not the mean loss
                double sampled = material.ionisation().sampleDeposit(betaGamma, length * material.density(), state.rng());
                material.scatterAndRadiate(t, length / material.radiationLengthCm(), length, state);
                sampled = Math.min(sampled, t.energy - t.mass);
                t.energy -= sampled;
                state.deposit(detector, cell, sampled);
            }
            case SRD -> state.deposit(detector, cell, material.cross(t, length, true, state));
            case WINDOW -> state.loseEnergy(material.cross(t, length, true, state));
            default -> throw new IllegalStateException(kind.toString());
        }
    }
}
