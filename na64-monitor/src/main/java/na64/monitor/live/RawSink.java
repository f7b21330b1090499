package na64.monitor.live;

import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.reco.raw.RawDamage;

/** Receives what a {@link RawFollower} finds, in file order. */
public interface RawSink {
    /** A run starts (its events follow). */
    void runHeader(RunHeader header);

    /** An intact event of the last run header. */
    void event(RawEvent event);

    /** A poll that passed events on has ended (the sink may publish what it filled). */
    default void pollDone() {
    }

    /** Damage before the last complete record of a file (not the tail a writer has not finished). */
    default void damage(String file, RawDamage damage) {
    }
}
