package na64.reco.track;

import na64.reco.process.Key;

/** The per-event data products of the tracking. */
public final class TrackKeys {
    public static final Key<TrackerHits> TRACKER_HITS = Key.of("trackerHits", TrackerHits.class);
    public static final Key<Measurements> MEASUREMENTS = Key.of("measurements", Measurements.class);
    public static final Key<Segments> SEGMENTS = Key.of("segments", Segments.class);
    public static final Key<Double> MOMENTUM = Key.of("momentum", Double.class);

    private TrackKeys() {
    }
}
