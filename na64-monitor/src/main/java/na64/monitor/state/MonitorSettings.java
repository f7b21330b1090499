package na64.monitor.state;

import na64.core.Check;
import na64.monitor.alarm.AlarmSettings;

/**
 * What the monitor keeps and how it judges: the memory bound is set by the number of runs and
 * spills kept with their histograms (a spill's set is ~100 kB); older ones are dropped, their
 * events stay in the run sums.
 *
 * @param threshold      amplitude above which a waveform channel counts as hit [ADC counts]
 * @param maxRuns        runs kept
 * @param maxSpills      spills kept per run with their histograms
 * @param maxSummaries   spill summaries (events, alarms) kept per run
 * @param reconstruct    run the reconstruction for the energy, momentum and beam-profile histograms
 * @param alarms         alarm thresholds
 */
public record MonitorSettings(double threshold, int maxRuns, int maxSpills, int maxSummaries, boolean reconstruct,
                              AlarmSettings alarms) {
    public MonitorSettings {
        Check.positive("threshold", threshold);
        Check.positive("--keep-runs", maxRuns);
        Check.positive("--keep-spills", maxSpills);
        Check.positive("maxSummaries", maxSummaries);
    }

    public static MonitorSettings defaults() {
        return new MonitorSettings(15, 10, 50, 10_000, true, AlarmSettings.defaults());
    }

    public MonitorSettings withKept(int runs, int spills) {
        return new MonitorSettings(threshold, runs, spills, maxSummaries, reconstruct, alarms);
    }

    public MonitorSettings withReconstruction(boolean on) {
        return new MonitorSettings(threshold, maxRuns, maxSpills, maxSummaries, on, alarms);
    }
}
