package na64.reco.track;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import na64.event.raw.RawEvent;
import na64.event.raw.StrawHits;
import na64.event.raw.StripHits;
import na64.reco.geometry.ReadoutMap;
import na64.reco.conditions.TrackerCalibration;
import na64.reco.geometry.TrackerReadout;
import na64.reco.process.EventStore;
import na64.reco.process.Key;
import na64.reco.process.Processor;
import na64.reco.process.RunContext;
import na64.reco.process.EventKeys;

/**
 * Tracker clustering and drift circles. Strips: adjacent strips of a view form a cluster, its
 * position the charge-weighted centroid of the strip centres plus the plane's alignment offset,
 * kept if its charge-weighted time is within the strip time window. Straws: the drift time is the
 * TDC time minus the plane's t0, the radius follows from the r-t relation of the conditions;
 * hits outside [-5 ns, t_max + 10 ns] are noise or pile-up and dropped.
 */
public final class TrackerHitProcessor implements Processor {
    @Override
    public String name() {
        return "tracker-hits";
    }

    @Override
    public Set<Key<?>> inputs() {
        return Set.of(EventKeys.RAW);
    }

    @Override
    public Set<Key<?>> outputs() {
        return Set.of(TrackKeys.TRACKER_HITS);
    }

    @Override
    public void process(EventStore event, RunContext run) {
        RawEvent raw = event.get(EventKeys.RAW);
        ReadoutMap map = run.cached(ReadoutMap.class, ReadoutMap.class, r -> new ReadoutMap(r.header(), r.geometry()));
        // per run: the calibration of each plane, looked up by name on its first hit (as before, a
        // plane without hits needs none)
        TrackerCalibration[] cals = run.cached(TrackerHitProcessor.class, TrackerCalibration[].class,
                r -> new TrackerCalibration[r.geometry().trackers().size()]);
        List<StripCluster> clusters = clusters(raw.strips(), map, run, cals);
        List<DriftCircle> circles = new ArrayList<>();
        StrawHits w = raw.straws();
        double lsb = run.header().tdcLsb();
        for (int i = 0; i < w.size(); i++) {
            int p = map.plane(w.plane()[i]);
            TrackerReadout plane = run.geometry().trackers().get(p);
            TrackerCalibration cal = calibration(cals, p, run);
            if (cal.rt() == null) {
                continue;
            }
            double t = w.tdc()[i] * lsb - cal.t0();
            if (t < -5 || t > cal.rt().maxTime() + 10) {
                continue;
            }
            int layer = w.layer()[i];
            double wire = plane.wire(layer, w.tube()[i]) + cal.offset(plane.strawView());
            circles.add(new DriftCircle(p, layer, w.tube()[i], wire, plane.layerZ(layer), cal.rt().radius(t), t));
        }
        event.put(TrackKeys.TRACKER_HITS, new TrackerHits(clusters, circles));
    }

    /**
     * The calibration of plane p from the per-run array, filled on first use (threads that race
     * store the same immutable object).
     */
    private static TrackerCalibration calibration(TrackerCalibration[] cals, int p, RunContext run) {
        TrackerCalibration c = cals[p];
        if (c == null) {
            c = run.conditions().tracker(run.geometry().trackers().get(p).name());
            cals[p] = c;
        }
        return c;
    }

    /** Order of strip hits i and j by plane, view, strip. */
    private static int compare(int[] plane, StripHits s, int i, int j) {
        int c = Integer.compare(plane[i], plane[j]);
        if (c == 0) {
            c = Integer.compare(s.view()[i], s.view()[j]);
        }
        return c != 0 ? c : Integer.compare(s.strip()[i], s.strip()[j]);
    }

    private static List<StripCluster> clusters(StripHits s, ReadoutMap map, RunContext run, TrackerCalibration[] cals) {
        int n = s.size();
        Integer[] order = new Integer[n];
        int[] plane = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            plane[i] = map.plane(s.plane()[i]);
        }
        // by plane, view, strip (stable); the raw data usually come in that order already, and the
        // check costs one pass where the sort of boxed indices was a tenth of the tracker time
        Comparator<Integer> byStrip = (i, j) -> compare(plane, s, i, j);
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = compare(plane, s, i - 1, i) <= 0;
        }
        if (!sorted) {
            Arrays.sort(order, byStrip);
        }
        List<StripCluster> out = new ArrayList<>();
        double window = run.config().tracking().stripTimeWindow();
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && plane[order[end]] == plane[order[start]] && s.view()[order[end]] == s.view()[order[start]]
                    && s.strip()[order[end]] == s.strip()[order[end - 1]] + 1) {
                end++;
            }
            int p = plane[order[start]];
            int view = s.view()[order[start]];
            TrackerReadout tr = run.geometry().trackers().get(p);
            double q = 0;
            double qx = 0;
            double qt = 0;
            for (int k = start; k < end; k++) {
                int i = order[k];
                double c = s.charge()[i];
                q += c;
                qx += c * tr.stripCentre(view, s.strip()[i]);
                qt += c * s.time()[i];
            }
            if (q > 0 && Math.abs(qt / q) <= window) {
                double offset = calibration(cals, p, run).offset(view);
                out.add(new StripCluster(p, view, qx / q + offset, q, end - start, qt / q));
            }
            start = end;
        }
        return out;
    }
}
