package na64.sim.spectrometer;

import na64.sim.beam.Track;
import na64.detector.CellGrid;
import na64.detector.TrackerPlane;

/**
 * A thin tracker plane: a charged particle crossing its active area scatters and radiates in its
 * material budget and, with the plane's efficiency, leaves a hit: the true crossing point and
 * slopes, and the measured coordinates smeared with the plane's Gaussian resolution (NaN for a
 * coordinate the plane does not measure).
 */
final class TrackerSegment implements Segment {
    private final TrackerPlane plane;
    private final int planeIndex;
    private final CellGrid area;
    private final MaterialEffects material;
    private final double x0Fraction;

    TrackerSegment(TrackerPlane plane, int planeIndex, MaterialEffects material) {
        this.plane = plane;
        this.planeIndex = planeIndex;
        this.area = plane.grid().cellGrid();
        this.material = material;
        this.x0Fraction = plane.materialBudget();
    }

    @Override
    public double zFront() {
        return plane.zFront();
    }

    @Override
    public double zBack() {
        return plane.zFront();
    }

    @Override
    public void transport(Track t, double zTo, TransportState state) {
        t.driftTo(zTo);
        if (t.charge() == 0 || area.cellAt(t.x, t.y) < 0) {
            return;
        }
        var rng = state.rng();
        if (rng.nextDouble() < plane.efficiency()) {
            double sigma = plane.resolution();
            double xm = plane.measures().x() ? t.x + sigma * rng.nextGaussian() : Double.NaN;
            double ym = plane.measures().y() ? t.y + sigma * rng.nextGaussian() : Double.NaN;
            state.event().hits().add(planeIndex, t.id, t.type.pdg(), t.x, t.y, t.z, t.tx, t.ty, t.momentum(), t.time,
                    xm, ym);
        }
        // the material of the plane, in radiation lengths (mass thickness for ionisation: x/X0 * X0)
        double massThickness = x0Fraction * material.radiationLengthCm() * material.density();
        state.loseEnergy(material.crossX0(t, x0Fraction, 0, massThickness, state));
    }
}
