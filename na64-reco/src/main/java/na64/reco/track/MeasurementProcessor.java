package na64.reco.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import na64.reco.geometry.Technology;
import na64.reco.geometry.TrackerReadout;
import na64.reco.process.EventStore;
import na64.reco.process.Key;
import na64.reco.process.Processor;
import na64.reco.process.RunContext;

/**
 * Turns clusters and drift circles into measurements for the segment fit: a cluster measures its
 * view's coordinate at the plane's z with the plane's resolution; straw planes go through the
 * double-layer drift-circle fit ({@link StrawPairing}).
 */
public final class MeasurementProcessor implements Processor {
    @Override
    public String name() {
        return "measurements";
    }

    @Override
    public Set<Key<?>> inputs() {
        return Set.of(TrackKeys.TRACKER_HITS);
    }

    @Override
    public Set<Key<?>> outputs() {
        return Set.of(TrackKeys.MEASUREMENTS);
    }

    @Override
    public void process(EventStore event, RunContext run) {
        TrackerHits hits = event.get(TrackKeys.TRACKER_HITS);
        List<Measurement> out = new ArrayList<>();
        for (StripCluster c : hits.clusters()) {
            TrackerReadout plane = run.geometry().trackers().get(c.plane());
            out.add(new Measurement(c.plane(), c.view(), plane.z(), c.position(), plane.resolution(), -1));
        }
        int ambiguity = 0;
        List<TrackerReadout> planes = run.geometry().trackers();
        for (int p = 0; p < planes.size(); p++) {
            TrackerReadout plane = planes.get(p);
            if (plane.technology() != Technology.STRAW) {
                continue;
            }
            List<DriftCircle> mine = new ArrayList<>();
            for (DriftCircle c : hits.circles()) {
                if (c.plane() == p) {
                    mine.add(c);
                }
            }
            if (mine.isEmpty()) {
                continue;
            }
            List<Measurement> points = StrawPairing.points(mine, plane.strawView(), plane.resolution(), plane.pitch(),
                    run.config().tracking().strawPairSlope(), ambiguity);
            for (Measurement m : points) {
                ambiguity = Math.max(ambiguity, m.ambiguity() + 1);
            }
            out.addAll(points);
        }
        event.put(TrackKeys.MEASUREMENTS, new Measurements(out));
    }
}
