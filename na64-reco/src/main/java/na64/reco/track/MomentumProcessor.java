package na64.reco.track;

import java.util.Set;
import na64.reco.process.EventStore;
import na64.reco.process.Key;
import na64.reco.process.Processor;
import na64.reco.process.RunContext;

/** The momentum from the bending angle between the two x segments ({@link MomentumFromBending}); NaN without both. */
public final class MomentumProcessor implements Processor {
    @Override
    public String name() {
        return "momentum";
    }

    @Override
    public Set<Key<?>> inputs() {
        return Set.of(TrackKeys.SEGMENTS);
    }

    @Override
    public Set<Key<?>> outputs() {
        return Set.of(TrackKeys.MOMENTUM);
    }

    @Override
    public void process(EventStore event, RunContext run) {
        Segments s = event.get(TrackKeys.SEGMENTS);
        double p = Double.NaN;
        if (s.upstreamX() != null && s.downstreamX() != null) {
            p = MomentumFromBending.momentum(run.geometry(), run.header().beamMomentum(), s.upstreamX().slope(),
                    s.downstreamX().slope());
        }
        event.put(TrackKeys.MOMENTUM, p);
    }
}
