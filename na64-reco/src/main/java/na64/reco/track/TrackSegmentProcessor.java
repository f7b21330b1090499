package na64.reco.track;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import na64.event.reco.RecoEvent;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.process.EventStore;
import na64.reco.process.Key;
import na64.reco.process.Processor;
import na64.reco.process.RunContext;

/**
 * Straight track segments upstream and downstream of the magnets, x and y fitted separately
 * ({@link SegmentFinder}); the reference z of a segment is that of its plane nearest the magnets.
 */
public final class TrackSegmentProcessor implements Processor {
    @Override
    public String name() {
        return "track-segments";
    }

    @Override
    public Set<Key<?>> inputs() {
        return Set.of(TrackKeys.MEASUREMENTS);
    }

    @Override
    public Set<Key<?>> outputs() {
        return Set.of(TrackKeys.SEGMENTS);
    }

    /** Per run: the tracker planes of each arm (the geometry's look-ups build streams). */
    private record Arms(int[] up, int[] down) {
    }

    @Override
    public void process(EventStore event, RunContext run) {
        Measurements m = event.get(TrackKeys.MEASUREMENTS);
        ReadoutGeometry g = run.geometry();
        double road = run.config().tracking().road();
        double scale = run.config().tracking().slopeScale();
        Arms arms = run.cached(TrackSegmentProcessor.class, Arms.class,
                r -> new Arms(r.geometry().upstreamTrackers(), r.geometry().downstreamTrackers()));
        int[] up = arms.up();
        int[] down = arms.down();
        double zUp = up.length > 0 ? g.trackers().get(up[up.length - 1]).z() : 0;
        double zDown = down.length > 0 ? g.trackers().get(down[0]).z() : 0;
        List<Measurement> upXs = select(m, up, 0);
        List<Measurement> upYs = select(m, up, 1);
        List<Measurement> downXs = select(m, down, 0);
        List<Measurement> downYs = select(m, down, 1);
        LineFit upX = SegmentFinder.find(upXs, road, zUp, scale);
        LineFit upY = SegmentFinder.find(upYs, road, zUp, scale);
        LineFit downX = SegmentFinder.find(downXs, road, zDown, scale);
        LineFit downY = SegmentFinder.find(downYs, road, zDown, scale);
        event.put(TrackKeys.SEGMENTS, new Segments(upX, downX, segment(upX, upY, zUp, upXs.size() + upYs.size()),
                segment(downX, downY, zDown, downXs.size() + downYs.size())));
    }

    private static List<Measurement> select(Measurements m, int[] planes, int view) {
        List<Measurement> out = new ArrayList<>();
        for (Measurement x : m.all()) {
            if (x.view() == view && contains(planes, x.plane())) {
                out.add(x);
            }
        }
        return out;
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** The segment of the two views; {@code measurements}: all of its planes' measurements (the rest are its extra hits). */
    private static RecoEvent.TrackSegment segment(LineFit x, LineFit y, double z, int measurements) {
        if (x == null || y == null) {
            return null;
        }
        int used = x.points() + y.points();
        return new RecoEvent.TrackSegment(z, x.at(z), y.at(z), x.slope(), y.slope(), x.chi2() + y.chi2(),
                x.ndf() + y.ndf(), used, measurements - used);
    }
}
