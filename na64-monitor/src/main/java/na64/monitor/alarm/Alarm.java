package na64.monitor.alarm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A condition a shift crew must look at, found in one spill.
 *
 * @param kind     what is wrong
 * @param run      run number
 * @param spill    spill number
 * @param detector detector or plane name ("" for the whole run, e.g. a rate drop)
 * @param channel  channel, -1 when the alarm is not about one channel
 * @param observed what the spill shows (counts, events, ns)
 * @param expected what it should show (from the reference run or the run's earlier spills)
 * @param message  one line for the page
 */
public record Alarm(Kind kind, int run, int spill, String detector, int channel, double observed, double expected,
                    String message) {

    public enum Kind {
        /** A channel without hits where many were expected. */
        DEAD_CHANNEL,
        /** A channel with far more hits than expected (hot or noisy). */
        HOT_CHANNEL,
        /** Far fewer events in the spill than in the previous ones. */
        RATE_DROP,
        /** The mean pulse time of a detector moved. */
        TIMING_SHIFT
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("run", run);
        m.put("spill", spill);
        m.put("detector", detector);
        m.put("channel", channel);
        m.put("observed", observed);
        m.put("expected", expected);
        m.put("message", message);
        return m;
    }
}
