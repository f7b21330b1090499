package na64.sim.cascade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import na64.physics.material.Material;
import na64.sim.event.TrackerHits;
import na64.sim.shower.ShowerModel;
import na64.sim.shower.ShowerPath;

/**
 * The downstream part of a setup as the cascade sees it: volumes ordered along z that do not
 * overlap in z, with gaps between them treated as empty (the beam-line air is ~1e-3 X0 per metre
 * and is neglected here). Geometry queries for transport (locate a point, distance to the next
 * boundary along a ray) and for parameterised showers (material segments along an axis).
 * Immutable and shared by all threads.
 */
public final class Layout {
    /** Step [cm] that carries a track across a boundary. */
    public static final double NUDGE = 1e-7;

    private final List<Volume> volumes;
    private final ShowerModel[] showerModels;
    private final TrackerPlanes trackers;
    // the boxes as primitives for the hot queries
    private final double[] zFront;
    private final double[] zBack;
    private final double[] lowX;
    private final double[] highX;
    private final double[] lowY;
    private final double[] highY;
    private final double[] holeLowX;
    private final double[] holeHighX;
    private final double[] holeLowY;
    private final double[] holeHighY;
    private final boolean[] hasHole;

    /** In-material part of a ray through one volume: [entry, exit) in cm from the ray's origin. */
    static final class Interval {
        double entry;
        double exit;
    }

    public Layout(List<Volume> volumes) {
        this(volumes, TrackerPlanes.NONE);
    }

    /** Volumes and thin tracker planes in the gaps between them. */
    public Layout(List<Volume> volumes, TrackerPlanes trackers) {
        this.trackers = trackers;
        List<Volume> sorted = new ArrayList<>(volumes);
        sorted.sort(Comparator.comparingDouble(Volume::zFront));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).zFront() < sorted.get(i - 1).zBack() - 1e-9) {
                throw new IllegalArgumentException("volumes " + sorted.get(i - 1).name() + " and " + sorted.get(i).name()
                        + " overlap in z");
            }
        }
        this.volumes = List.copyOf(sorted);
        int n = sorted.size();
        zFront = new double[n];
        zBack = new double[n];
        lowX = new double[n];
        highX = new double[n];
        lowY = new double[n];
        highY = new double[n];
        holeLowX = new double[n];
        holeHighX = new double[n];
        holeLowY = new double[n];
        holeHighY = new double[n];
        hasHole = new boolean[n];
        for (int i = 0; i < n; i++) {
            Volume v = sorted.get(i);
            zFront[i] = v.zFront();
            zBack[i] = v.zBack();
            lowX[i] = v.x0() - v.halfX();
            highX[i] = v.x0() + v.halfX();
            lowY[i] = v.y0() - v.halfY();
            highY[i] = v.y0() + v.halfY();
            hasHole[i] = v.holeX() > 0 && v.holeY() > 0;
            holeLowX[i] = v.x0() - v.holeX();
            holeHighX[i] = v.x0() + v.holeX();
            holeLowY[i] = v.y0() - v.holeY();
            holeHighY[i] = v.y0() + v.holeY();
        }
        this.showerModels = new ShowerModel[sorted.size()];
        Map<Material, ShowerModel> cache = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            showerModels[i] = cache.computeIfAbsent(sorted.get(i).material(), ShowerModel::of);
        }
    }

    public List<Volume> volumes() {
        return volumes;
    }

    /** The tracker planes in the gaps. */
    public TrackerPlanes trackers() {
        return trackers;
    }

    public int size() {
        return volumes.size();
    }

    public Volume volume(int index) {
        return volumes.get(index);
    }

    public ShowerModel showerModel(int index) {
        return showerModels[index];
    }

    /** Index of the volume named {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < volumes.size(); i++) {
            if (volumes.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Front face of the first volume [cm]. */
    public double zStart() {
        return volumes.get(0).zFront();
    }

    /** Back face of the last volume [cm]. */
    public double zEnd() {
        return volumes.get(volumes.size() - 1).zBack();
    }

    /** The volume whose material contains (x, y, z), or -1 (a gap, a hole, or outside). */
    public int locate(double x, double y, double z) {
        int lo = 0;
        int hi = zFront.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (z < zFront[mid]) {
                hi = mid - 1;
            } else if (z >= zBack[mid]) {
                lo = mid + 1;
            } else {
                boolean inside = x >= lowX[mid] && x <= highX[mid] && y >= lowY[mid] && y <= highY[mid]
                        && !(hasHole[mid] && x > holeLowX[mid] && x < holeHighX[mid] && y > holeLowY[mid] && y < holeHighY[mid]);
                return inside ? mid : -1;
            }
        }
        return -1;
    }

    /** Per-thread scratch space for ray queries (no allocation per query). */
    public static final class Scratch {
        final Interval[] intervals = {new Interval(), new Interval()};
        final Interval box = new Interval();
        final Interval hole = new Interval();
        /** Distance returned by {@link #nextVolume}. */
        public double distance;
        /** Path [cm] the last {@link #enterMaterial(Track, Scratch, TrackerHits, RandomGenerator, double)} flew through gaps. */
        public double gapPath;
    }

    /** How {@link #enterMaterial(Track, Scratch, TrackerHits, RandomGenerator, double)} ended. */
    public enum Entry {
        /** The track is in material. */
        ENTERED,
        /** The track leaves the setup. */
        LEFT,
        /** The track stopped in a gap after the allowed path (where an unstable particle decays). */
        STOPPED_IN_GAP
    }

    /**
     * The material intervals of volume {@code index} along the ray from (x, y, z) in direction u,
     * clipped to distances >= 0: returns how many (0, 1 or 2 around a hole) were written to
     * {@code s.intervals}.
     */
    int intervals(int index, double x, double y, double z, double ux, double uy, double uz, Scratch s) {
        int i = index;
        Interval box = s.box;
        if (!boxInterval(lowX[i], highX[i], lowY[i], highY[i], zFront[i], zBack[i], x, y, z, ux, uy, uz, box)) {
            return 0;
        }
        Interval[] out = s.intervals;
        if (hasHole[i]) {
            Interval hole = s.hole;
            if (boxInterval(holeLowX[i], holeHighX[i], holeLowY[i], holeHighY[i], zFront[i], zBack[i],
                    x, y, z, ux, uy, uz, hole) && hole.exit > box.entry && hole.entry < box.exit) {
                int n = 0;
                if (hole.entry > box.entry) {
                    out[n].entry = box.entry;
                    out[n].exit = hole.entry;
                    n++;
                }
                if (hole.exit < box.exit) {
                    out[n].entry = hole.exit;
                    out[n].exit = box.exit;
                    n++;
                }
                return n;
            }
        }
        out[0].entry = box.entry;
        out[0].exit = box.exit;
        return 1;
    }

    /** Slab-method intersection of a ray with an axis-aligned box, clipped to t >= 0, into {@code out}. */
    private static boolean boxInterval(double xlo, double xhi, double ylo, double yhi, double zlo, double zhi,
                                       double x, double y, double z, double ux, double uy, double uz, Interval out) {
        out.entry = 0;
        out.exit = Double.POSITIVE_INFINITY;
        return clip(xlo, xhi, x, ux, out) && clip(ylo, yhi, y, uy, out) && clip(zlo, zhi, z, uz, out);
    }

    private static boolean clip(double lo, double hi, double p, double d, Interval out) {
        if (Math.abs(d) < 1e-15) {
            return p >= lo && p <= hi;
        }
        double ta = (lo - p) / d;
        double tb = (hi - p) / d;
        if (ta > tb) {
            double t = ta;
            ta = tb;
            tb = t;
        }
        out.entry = Math.max(out.entry, ta);
        out.exit = Math.min(out.exit, tb);
        return out.exit > out.entry;
    }

    /**
     * Distance [cm] from (x, y, z) inside volume {@code index} to where the ray leaves its material
     * (back, side, or into the hole).
     */
    public double distanceToExit(int index, double x, double y, double z, double ux, double uy, double uz, Scratch s) {
        int n = intervals(index, x, y, z, ux, uy, uz, s);
        for (int i = 0; i < n; i++) {
            if (s.intervals[i].entry <= 1e-9) {
                return s.intervals[i].exit;
            }
        }
        return 0;
    }

    /**
     * Puts the track into material: if it stands in a gap (or a hole), moves it along its direction
     * just past the front of the next volume it meets, recording the tracker planes it crosses on
     * the way, and sets its volume. False if it leaves the setup instead (or has not met material
     * after 1000 gaps); the caller then books its energy as leaked.
     */
    public boolean enterMaterial(Track t, Scratch s, TrackerHits hits, RandomGenerator rng) {
        return enterMaterial(t, s, hits, rng, Double.POSITIVE_INFINITY) == Entry.ENTERED;
    }

    /**
     * As {@link #enterMaterial(Track, Scratch, TrackerHits, RandomGenerator)}, but the track flies at
     * most {@code maxGapPath} cm through gaps: if the next material lies farther, it stops there in
     * the gap (volume -1, STOPPED_IN_GAP). The path flown through gaps is left in {@code s.gapPath}.
     */
    public Entry enterMaterial(Track t, Scratch s, TrackerHits hits, RandomGenerator rng, double maxGapPath) {
        s.gapPath = 0;
        for (int guard = 0; guard < 1000; guard++) {
            int v = locate(t.x, t.y, t.z);
            if (v >= 0) {
                t.volume = v;
                return Entry.ENTERED;
            }
            int next = nextVolume(t.x, t.y, t.z, t.ux, t.uy, t.uz, s);
            if (next < 0) {
                // no more material ahead: what happens beyond the setup is not followed
                trackers.fly(t, Double.POSITIVE_INFINITY, hits, rng);
                return Entry.LEFT;
            }
            double flight = s.distance + NUDGE;
            double left = maxGapPath - s.gapPath;
            if (left < flight) {
                trackers.fly(t, left, hits, rng);
                t.advance(left);
                s.gapPath = maxGapPath;
                t.volume = -1;
                return Entry.STOPPED_IN_GAP;
            }
            trackers.fly(t, s.distance, hits, rng);
            t.advance(flight);
            s.gapPath += flight;
        }
        return Entry.LEFT;
    }

    /**
     * The next volume the ray from (x, y, z) (not inside any material) enters: its index, with the
     * distance in {@code s.distance}; -1 if the ray leaves the setup.
     */
    public int nextVolume(double x, double y, double z, double ux, double uy, double uz, Scratch s) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        int start = uz >= 0 ? firstVolumeEndingAfter(z) : 0;
        int end = uz >= 0 ? volumes.size() : lastVolumeStartingBefore(z) + 1;
        for (int i = start; i < end; i++) {
            int n = intervals(i, x, y, z, ux, uy, uz, s);
            for (int k = 0; k < n; k++) {
                if (s.intervals[k].entry < bestDistance) {
                    bestDistance = s.intervals[k].entry;
                    best = i;
                }
            }
            if (best >= 0 && uz > 0 && i + 1 < end && zFront[i + 1] - z > bestDistance * uz) {
                break;
            }
        }
        s.distance = bestDistance;
        return best;
    }

    private int firstVolumeEndingAfter(double z) {
        int lo = 0;
        int hi = zBack.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zBack[mid] <= z) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int lastVolumeStartingBefore(double z) {
        int lo = 0;
        int hi = zFront.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (zFront[mid] <= z) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /**
     * Fills {@code path} with the material segments along the ray from (x, y, z) in direction u,
     * until their summed depth reaches {@code maxDepthX0} radiation lengths or the ray leaves the setup.
     */
    public void trace(double x, double y, double z, double ux, double uy, double uz, double maxDepthX0,
                      ShowerPath path, Scratch s) {
        path.clear();
        int start;
        int end;
        int step;
        if (uz >= 0) {
            start = Math.max(0, firstVolumeEndingAfter(z));
            end = volumes.size();
            step = 1;
        } else {
            start = lastVolumeStartingBefore(z);
            end = -1;
            step = -1;
        }
        for (int i = start; i != end; i += step) {
            int n = intervals(i, x, y, z, ux, uy, uz, s);
            for (int k = 0; k < n; k++) {
                Interval in = s.intervals[step > 0 ? k : n - 1 - k];
                path.add(i, showerModels[i], in.entry, in.exit - in.entry);
            }
            if (path.totalDepth() >= maxDepthX0) {
                return;
            }
            if (uz == 0 && n > 0) {
                return;
            }
        }
    }
}
