package na64.reco.digitize;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import na64.core.PoissonSampler;
import na64.event.raw.StrawHits;
import na64.event.raw.StripHits;
import na64.physics.PhysicalConstants;
import na64.reco.conditions.Conditions;
import na64.reco.conditions.RtRelation;
import na64.reco.conditions.TrackerCalibration;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.geometry.Technology;
import na64.reco.geometry.TrackerReadout;
import org.hipparchus.special.Erf;

/**
 * Digitises tracker crossings with the TRUE conditions (alignment, straw t0 and r-t, dead
 * channels). Immutable and thread-safe.
 *
 * <p><b>Strips</b> (Micromegas, GEM): a Moyal-distributed avalanche charge (shared by the x and y
 * views of a plane), centred at the crossing point displaced by a Gaussian of r.m.s.
 * {@code intrinsic}, spreads across the strips as a Gaussian of r.m.s. {@code spread}; each strip
 * gets the integral of the Gaussian over its width plus Gaussian noise and is kept above
 * threshold. Noise hits fire at random strips with the configured occupancy.
 *
 * <p><b>Straws</b>: in each of the two layers the crossed tube is found; the drift starts at the
 * primary ionisation cluster nearest to the wire: clusters follow a Poisson process of density n
 * along the chord of length 2 sqrt(R^2 - d^2) at distance d from the wire, so the nearest one lies
 * at s = min(s1, s2) from the point of closest approach (s1, s2 exponential with mean 1/n on
 * either side) and the drift distance is sqrt(d^2 + s^2). Diffusion adds a Gaussian of r.m.s.
 * D sqrt(r); the drift time follows from the TRUE r-t relation, plus t0, the particle's time and
 * electronics jitter, digitised in TDC bins.
 *
 * <p>Times: a crossing's time (0 for the nominal beam particle at z = 0) is taken relative to the
 * nominal particle's arrival at the plane, as the read-out of every plane is timed to the trigger.
 */
public final class TrackerDigitizer {
    /** A true crossing arriving {@code time} ns after the trigger particle. */
    public record TimedHit(TrueHit hit, double time) {
    }

    private final ReadoutGeometry geometry;
    private final TrackerCalibration[] truth;
    private final DigitizerConfig.StripResponse[] strips;
    private final DigitizerConfig.StrawResponse straws;

    public TrackerDigitizer(ReadoutGeometry geometry, Conditions trueConditions, DigitizerConfig config) {
        this.geometry = geometry;
        int n = geometry.trackers().size();
        this.truth = new TrackerCalibration[n];
        this.strips = new DigitizerConfig.StripResponse[n];
        for (int p = 0; p < n; p++) {
            TrackerReadout plane = geometry.trackers().get(p);
            truth[p] = trueConditions.tracker(plane.name());
            if (plane.technology().strips()) {
                strips[p] = config.strips().get(plane.technology());
            }
        }
        this.straws = config.straws();
    }

    /** TDC bin of the straw read-out [ns]. */
    public double tdcLsb() {
        return straws.tdcLsb();
    }

    /** Strip and straw hits of one event. */
    public StripHits digitizeStrips(List<TimedHit> hits, boolean applyEfficiency, RandomGenerator rng) {
        Entries out = new Entries();
        for (TimedHit th : hits) {
            TrueHit h = th.hit();
            TrackerReadout plane = geometry.trackers().get(h.plane());
            if (!plane.technology().strips() || (applyEfficiency && rng.nextDouble() >= plane.efficiency())) {
                continue;
            }
            DigitizerConfig.StripResponse r = strips[h.plane()];
            double charge = MoyalSampler.sample(rng, r.mpvCharge(), r.chargeWidth());
            double time = h.time() - flightTime(plane) + th.time() + r.timeJitter() * rng.nextGaussian();
            if (!r.window().contains(time)) {
                continue;
            }
            for (int view = 0; view < 2; view++) {
                if (view == 0 ? !plane.measuresX() : !plane.measuresY()) {
                    continue;
                }
                // position in the plane's own frame (the true plane sits at nominal + offset), with
                // the charge cloud's centre displaced from the track
                double u = (view == 0 ? h.x() : h.y()) - truth[h.plane()].offset(view) + r.intrinsic() * rng.nextGaussian();
                share(out, h.plane(), view, plane, r, u, charge, time, rng);
            }
        }
        for (int p = 0; p < geometry.trackers().size(); p++) {
            TrackerReadout plane = geometry.trackers().get(p);
            if (!plane.technology().strips()) {
                continue;
            }
            DigitizerConfig.StripResponse r = strips[p];
            for (int view = 0; view < 2; view++) {
                if (view == 0 ? !plane.measuresX() : !plane.measuresY()) {
                    continue;
                }
                long noisy = PoissonSampler.sample(rng, r.noiseOccupancy() * plane.channels());
                for (long i = 0; i < noisy; i++) {
                    int s = rng.nextInt(plane.channels());
                    // a noise fluctuation over threshold T: the Gaussian tail beyond T is close to an
                    // exponential of scale sigma^2 / T
                    double scale = r.noise() * r.noise() / Math.max(r.threshold(), r.noise());
                    double q = r.threshold() - scale * Math.log(1 - rng.nextDouble());
                    double t = r.window().min() + rng.nextDouble() * (r.window().max() - r.window().min());
                    if (!truth[p].isDead(s)) {
                        out.add(p, view, s, q, t);
                    }
                }
            }
        }
        return out.strips();
    }

    private void share(Entries out, int p, int view, TrackerReadout plane, DigitizerConfig.StripResponse r, double u,
                       double charge, double time, RandomGenerator rng) {
        double lo = plane.centre(view) - plane.halfWidth(view);
        double pitch = plane.pitch();
        int centre = (int) Math.floor((u - lo) / pitch);
        int reach = (int) Math.ceil(4 * r.spread() / pitch) + 1;
        double norm = 1 / (Math.sqrt(2) * r.spread());
        for (int s = centre - reach; s <= centre + reach; s++) {
            if (s < 0 || s >= plane.channels() || truth[p].isDead(s)) {
                continue;
            }
            double a = lo + s * pitch - u;
            double fraction = 0.5 * (Erf.erf((a + pitch) * norm) - Erf.erf(a * norm));
            double q = charge * fraction + r.noise() * rng.nextGaussian();
            if (q > r.threshold()) {
                out.add(p, view, s, q, time);
            }
        }
    }

    /** Straw hits of one event. */
    public StrawHits digitizeStraws(List<TimedHit> hits, boolean applyEfficiency, RandomGenerator rng) {
        StrawEntries out = new StrawEntries();
        for (TimedHit th : hits) {
            TrueHit h = th.hit();
            TrackerReadout plane = geometry.trackers().get(h.plane());
            if (plane.technology() != Technology.STRAW) {
                continue;
            }
            int view = plane.strawView();
            double slope = view == 0 ? h.tx() : h.ty();
            double cosine = 1 / Math.sqrt(1 + slope * slope);
            TrackerCalibration cal = truth[h.plane()];
            double radius = plane.pitch() / 2;
            for (int layer = 0; layer < 2; layer++) {
                if (applyEfficiency && rng.nextDouble() >= plane.efficiency()) {
                    continue;
                }
                double dz = plane.layerZ(layer) - plane.z();
                double u = (view == 0 ? h.x() : h.y()) + slope * dz - cal.offset(view);
                double lo = plane.centre(view) - plane.halfWidth(view) + 0.5 * layer * plane.pitch();
                int tube = (int) Math.floor((u - lo) / plane.pitch());
                if (tube < 0 || tube >= plane.channels() || cal.isDead(tube)) {
                    continue;
                }
                double d = Math.abs(u - plane.wire(layer, tube)) * cosine;
                double r = driftDistance(d, radius, rng);
                if (Double.isNaN(r)) {
                    continue;
                }
                double t = cal.t0() + cal.rt().time(r) + h.time() - flightTime(plane) + th.time()
                        + straws.timeJitter() * rng.nextGaussian();
                if (straws.window().contains(t)) {
                    out.add(h.plane(), layer, tube, (int) Math.round(t / straws.tdcLsb()));
                }
            }
        }
        for (int p = 0; p < geometry.trackers().size(); p++) {
            TrackerReadout plane = geometry.trackers().get(p);
            if (plane.technology() != Technology.STRAW) {
                continue;
            }
            long noisy = PoissonSampler.sample(rng, straws.noiseOccupancy() * 2 * plane.channels());
            for (long i = 0; i < noisy; i++) {
                int tube = rng.nextInt(plane.channels());
                double t = straws.window().min() + rng.nextDouble() * (straws.window().max() - straws.window().min());
                if (!truth[p].isDead(tube)) {
                    out.add(p, rng.nextInt(2), tube, (int) Math.round(t / straws.tdcLsb()));
                }
            }
        }
        return out.straws();
    }

    /**
     * Time of flight of the nominal beam particle from z = 0 to the plane [ns]: the read-out of each
     * plane is timed to the trigger particle, so hit times are relative to its arrival.
     */
    private static double flightTime(TrackerReadout plane) {
        return plane.z() / (PhysicalConstants.SPEED_OF_LIGHT * 1e-9);
    }

    /** The distance drifted by the nearest cluster, with diffusion; NaN if no cluster was made in the tube. */
    double driftDistance(double d, double radius, RandomGenerator rng) {
        if (d >= radius) {
            return Double.NaN;
        }
        double halfChord = Math.sqrt(radius * radius - d * d);
        double density = straws.clusterDensity();
        double s1 = -Math.log(1 - rng.nextDouble()) / density;
        double s2 = -Math.log(1 - rng.nextDouble()) / density;
        double s = Math.min(s1, s2);
        if (s > halfChord) {
            return Double.NaN;
        }
        double r = Math.sqrt(d * d + s * s);
        r += straws.diffusion() * Math.sqrt(r) * rng.nextGaussian();
        return Math.max(0, Math.min(radius, r));
    }

    /** Strip entries of an event, merged per strip (charges add, the earliest time wins). */
    private static final class Entries {
        private long[] key = new long[64];
        private double[] charge = new double[64];
        private double[] time = new double[64];
        private int size;

        void add(int plane, int view, int strip, double q, double t) {
            if (size == key.length) {
                key = Arrays.copyOf(key, 2 * size);
                charge = Arrays.copyOf(charge, 2 * size);
                time = Arrays.copyOf(time, 2 * size);
            }
            key[size] = ((long) plane << 32) | ((long) view << 24) | strip;
            charge[size] = q;
            time[size] = t;
            size++;
        }

        StripHits strips() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(key[a], key[b]));
            int[] p = new int[size];
            int[] v = new int[size];
            int[] s = new int[size];
            int[] q = new int[size];
            int[] t = new int[size];
            int n = 0;
            for (int idx = 0; idx < size; idx++) {
                int i = order[idx];
                if (n > 0 && key[i] == (((long) p[n - 1] << 32) | ((long) v[n - 1] << 24) | s[n - 1])) {
                    q[n - 1] = (int) Math.min(65535, q[n - 1] + Math.round(charge[i]));
                    t[n - 1] = Math.min(t[n - 1], (int) Math.round(time[i]));
                    continue;
                }
                p[n] = (int) (key[i] >>> 32);
                v[n] = (int) ((key[i] >>> 24) & 0xFF);
                s[n] = (int) (key[i] & 0xFFFFFF);
                q[n] = (int) Math.min(65535, Math.round(charge[i]));
                t[n] = (int) Math.round(time[i]);
                n++;
            }
            return new StripHits(Arrays.copyOf(p, n), Arrays.copyOf(v, n), Arrays.copyOf(s, n), Arrays.copyOf(q, n),
                    Arrays.copyOf(t, n));
        }
    }

    /** Straw entries of an event, one per tube (the earliest signal wins: a TDC records the leading edge). */
    private static final class StrawEntries {
        private long[] key = new long[32];
        private int[] tdc = new int[32];
        private int size;

        void add(int plane, int layer, int tube, int t) {
            if (size == key.length) {
                key = Arrays.copyOf(key, 2 * size);
                tdc = Arrays.copyOf(tdc, 2 * size);
            }
            key[size] = ((long) plane << 32) | ((long) layer << 24) | tube;
            tdc[size] = t;
            size++;
        }

        StrawHits straws() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(key[a], key[b]));
            int[] p = new int[size];
            int[] l = new int[size];
            int[] tube = new int[size];
            int[] t = new int[size];
            int n = 0;
            long last = -1;
            for (int idx = 0; idx < size; idx++) {
                int i = order[idx];
                if (n > 0 && key[i] == last) {
                    t[n - 1] = Math.min(t[n - 1], tdc[i]);
                    continue;
                }
                last = key[i];
                p[n] = (int) (key[i] >>> 32);
                l[n] = (int) ((key[i] >>> 24) & 0xFF);
                tube[n] = (int) (key[i] & 0xFFFFFF);
                t[n] = tdc[i];
                n++;
            }
            return new StrawHits(Arrays.copyOf(p, n), Arrays.copyOf(l, n), Arrays.copyOf(tube, n), Arrays.copyOf(t, n));
        }
    }
}
