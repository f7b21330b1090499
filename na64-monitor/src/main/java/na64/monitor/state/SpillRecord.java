package na64.monitor.state;

import java.util.List;
import na64.monitor.alarm.Alarm;
import na64.monitor.hist.HistogramSet;

/** A finished spill: its histograms and the alarms it raised. */
public record SpillRecord(int spill, HistogramSet histograms, List<Alarm> alarms) {
    public SpillRecord {
        alarms = List.copyOf(alarms);
    }
}
