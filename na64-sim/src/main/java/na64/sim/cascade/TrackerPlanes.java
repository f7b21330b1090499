package na64.sim.cascade;

import java.util.List;
import java.util.random.RandomGenerator;
import na64.sim.event.TrackerHits;
import na64.detector.CellGrid;

/**
 * Thin tracker planes downstream of the beam line (the straw chambers behind the decay volume of
 * the visible-mode setup): a charged particle flying through a gap records a hit on each plane it
 * crosses inside its active area, with the plane's efficiency; the measured coordinates are the true
 * ones smeared with its Gaussian resolution (NaN for an unmeasured coordinate). Their material is
 * neglected. Immutable.
 */
public final class TrackerPlanes {
    /** Speed of light [cm/ns], for the (approximate) crossing time z/c. */
    private static final double C_CM_PER_NS = 29.9792458;

    /**
     * One plane.
     *
     * @param index      the plane's index in the setup's tracker list (as {@link TrackerHits} wants it)
     * @param z          its position [cm]
     * @param area       its active area
     * @param measuresX  whether it measures x
     * @param measuresY  whether it measures y
     * @param resolution single-hit resolution [cm]
     * @param efficiency probability to record a crossing
     */
    public record Plane(int index, double z, CellGrid area, boolean measuresX, boolean measuresY, double resolution,
                        double efficiency) {
    }

    /** No planes. */
    public static final TrackerPlanes NONE = new TrackerPlanes(List.of());

    private final Plane[] planes;

    public TrackerPlanes(List<Plane> planes) {
        this.planes = planes.stream().sorted((a, b) -> Double.compare(a.z(), b.z())).toArray(Plane[]::new);
    }

    public boolean isEmpty() {
        return planes.length == 0;
    }

    /**
     * A straight flight of a charged track over {@code distance} [cm] from its current position (not
     * yet moved): records the hits of the planes it crosses.
     */
    public void fly(Track t, double distance, TrackerHits hits, RandomGenerator rng) {
        if (planes.length == 0 || hits == null || t.type.charge() == 0 || t.uz <= 0) {
            return;
        }
        double z0 = t.z;
        double z1 = t.z + distance * t.uz;
        for (Plane p : planes) {
            if (p.z() <= z0 || p.z() > z1) {
                continue;
            }
            double s = (p.z() - z0) / t.uz;
            double x = t.x + s * t.ux;
            double y = t.y + s * t.uy;
            if (p.area().cellAt(x, y) < 0 || rng.nextDouble() >= p.efficiency()) {
                continue;
            }
            double xm = p.measuresX() ? x + p.resolution() * rng.nextGaussian() : Double.NaN;
            double ym = p.measuresY() ? y + p.resolution() * rng.nextGaussian() : Double.NaN;
            double momentum = Math.sqrt(Math.max(0, t.energy * t.energy - t.mass * t.mass));
            hits.add(p.index(), t.id, t.type.pdg(), x, y, p.z(), t.ux / t.uz, t.uy / t.uz, momentum,
                    p.z() / C_CM_PER_NS, xm, ym);
        }
    }
}
