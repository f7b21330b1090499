package na64.reco.process;

import na64.event.raw.RawEvent;
import na64.event.reco.RecoEvent;

/** The source and the result of the reconstruction chain, as per-event data products. */
public final class EventKeys {
    /** The raw event (the source of the chain). */
    public static final Key<RawEvent> RAW = Key.of("raw", RawEvent.class);
    /** The reconstructed event (its end). */
    public static final Key<RecoEvent> RECO = Key.of("reco", RecoEvent.class);

    private EventKeys() {
    }
}
