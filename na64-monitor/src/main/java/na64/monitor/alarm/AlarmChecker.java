package na64.monitor.alarm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import na64.monitor.hist.Histogram;
import na64.monitor.hist.Histogram1D;
import na64.monitor.hist.HistogramSet;

/**
 * Judges a finished spill against a baseline: the reference run when one is loaded (what a good
 * run looks like), else the run's earlier spills. Channel alarms compare every channel's hits with
 * the baseline's hits per event times the spill's events, which works for detectors far from the
 * beam as well as for the beam spot; the timing alarm compares mean pulse times; the rate alarm
 * compares the spill's events with the previous spills' (a spill rate does not transfer between runs).
 */
public final class AlarmChecker {
    private final AlarmSettings settings;

    public AlarmChecker(AlarmSettings settings) {
        this.settings = settings;
    }

    /**
     * @param run            run number
     * @param spill          spill number
     * @param set            the spill's histograms
     * @param baseline       reference or earlier spills of the run (null: no channel or timing alarms)
     * @param previousEvents events of the previous spills of the run, oldest first
     */
    public List<Alarm> check(int run, int spill, HistogramSet set, HistogramSet baseline, long[] previousEvents) {
        List<Alarm> alarms = new ArrayList<>();
        rate(run, spill, set.events(), previousEvents, alarms);
        if (baseline != null && baseline.events() > 0 && set.events() > 0) {
            for (Histogram h : set.all()) {
                if (!(h instanceof Histogram1D h1) || !(baseline.get(h.name()) instanceof Histogram1D ref)) {
                    continue;
                }
                if (isHitMap(h.name())) {
                    channels(run, spill, h1, set.events(), ref, baseline.events(), alarms);
                } else if (h.name().startsWith("wf.") && h.name().endsWith(".time")) {
                    timing(run, spill, h1, ref, alarms);
                }
            }
        }
        return alarms;
    }

    /** Histograms whose bins are channels. */
    static boolean isHitMap(String name) {
        return name.startsWith("wf.") && name.endsWith(".occupancy")
                || name.startsWith("trk.") && (name.endsWith(".x") || name.endsWith(".y") || name.endsWith(".tubes"));
    }

    /** The detector or plane part of a histogram name (wf.ECAL.occupancy: ECAL). */
    static String detector(String name) {
        return name.substring(name.indexOf('.') + 1, name.lastIndexOf('.'));
    }

    /**
     * Every channel's hits n in the spill's N events against its k hits in the baseline's M events.
     * The baseline has its own fluctuations (a few earlier spills), so the tests are on n given
     * n + k, which does not depend on the unknown rate: a dead channel when n = 0 has a chance
     * (M / (N + M))^k below e^-minExpectedForDead; a hot one when n is hotSigma standard deviations
     * above (n + k) N / (N + M) and above hotFactor times the expectation k N / M plus hotMinHits.
     */
    private void channels(int run, int spill, Histogram1D h, long events, Histogram1D ref, long refEvents,
                          List<Alarm> alarms) {
        if (ref.bins() != h.bins()) {
            return;   // the reference was booked for another read-out
        }
        double n0 = events;
        double m0 = refEvents;
        double share = n0 / (n0 + m0);
        String view = h.name().startsWith("trk.") && !h.name().endsWith(".tubes")
                ? " " + h.name().substring(h.name().lastIndexOf('.') + 1) : "";
        for (int c = 0; c < h.bins(); c++) {
            double k = ref.content(c);
            double n = h.content(c);
            double expected = k * n0 / m0;
            if (n == 0 && k * Math.log((n0 + m0) / m0) >= settings.minExpectedForDead()) {
                alarms.add(new Alarm(Alarm.Kind.DEAD_CHANNEL, run, spill, detector(h.name()), c, n, expected,
                        String.format(Locale.ROOT, "%s%s channel %d: no hits, %.1f expected", detector(h.name()), view, c,
                                expected)));
                continue;
            }
            double mean = (n + k) * share;
            double sigma = Math.sqrt(Math.max((n + k) * share * (1 - share), 1));
            if (n > settings.hotFactor() * expected + settings.hotMinHits() && (n - mean) / sigma > settings.hotSigma()) {
                alarms.add(new Alarm(Alarm.Kind.HOT_CHANNEL, run, spill, detector(h.name()), c, n, expected,
                        String.format(Locale.ROOT, "%s%s channel %d: %.0f hits, %.1f expected (hot or noisy)",
                                detector(h.name()), view, c, n, expected)));
            }
        }
    }

    private void timing(int run, int spill, Histogram1D h, Histogram1D ref, List<Alarm> alarms) {
        if (h.sumWeights() < settings.minTimingEntries() || ref.sumWeights() < settings.minTimingEntries()) {
            return;
        }
        double shift = h.mean() - ref.mean();
        double error = Math.hypot(h.rms() / Math.sqrt(h.sumWeights()), ref.rms() / Math.sqrt(ref.sumWeights()));
        if (Math.abs(shift) > settings.timingShiftNs() && Math.abs(shift) > settings.timingSigma() * error) {
            alarms.add(new Alarm(Alarm.Kind.TIMING_SHIFT, run, spill, detector(h.name()), -1, h.mean(), ref.mean(),
                    String.format(Locale.ROOT, "%s: mean pulse time %.1f ns, %.1f ns expected (shift %+.1f ns)",
                            detector(h.name()), h.mean(), ref.mean(), shift)));
        }
    }

    private void rate(int run, int spill, long events, long[] previous, List<Alarm> alarms) {
        if (previous.length == 0) {
            return;
        }
        long[] last = Arrays.copyOfRange(previous, Math.max(0, previous.length - settings.rateHistory()), previous.length);
        Arrays.sort(last);
        double median = last.length % 2 == 1 ? last[last.length / 2] : 0.5 * (last[last.length / 2 - 1] + last[last.length / 2]);
        if (events < settings.rateDropFraction() * median) {
            alarms.add(new Alarm(Alarm.Kind.RATE_DROP, run, spill, "", -1, events, median,
                    String.format(Locale.ROOT, "spill %d: %d events, median of the previous %d spills %.0f", spill, events,
                            last.length, median)));
        }
    }
}
