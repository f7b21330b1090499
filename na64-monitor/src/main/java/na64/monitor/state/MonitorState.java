package na64.monitor.state;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.event.reco.RecoEvent;
import na64.monitor.hist.HistogramSet;
import na64.monitor.live.RawSink;
import na64.reco.conditions.ConditionsProvider;
import na64.reco.raw.RawDamage;

/**
 * Everything the monitor knows, fed by a {@link na64.monitor.live.RawFollower} on one thread and
 * read by the web server's threads: the last {@link MonitorSettings#maxRuns()} runs, the
 * reference histograms, damage found in the files. One lock guards it; the reconstruction of an
 * event, the slow part, runs outside the lock. {@link #version()} grows with every change, for
 * the live updates: once per poll of the source, and whenever a spill or a run starts.
 */
public final class MonitorState implements RawSink {
    private final MonitorSettings settings;
    private final ConditionsProvider conditions;
    private final Map<Integer, RunMonitor> runs = new LinkedHashMap<>();
    private final Deque<String> damage = new ArrayDeque<>();
    private RunMonitor current;
    private HistogramSet reference;
    private String referenceName;
    private long version;
    private String sourceError;
    private long events;

    public MonitorState(MonitorSettings settings, ConditionsProvider conditions) {
        this.settings = settings;
        this.conditions = conditions;
    }

    public MonitorSettings settings() {
        return settings;
    }

    /** Reference histograms from a good run, overlaid on the page and the baseline of the alarms. */
    public synchronized void reference(HistogramSet ref, String name) {
        this.reference = ref;
        this.referenceName = name;
        version++;
    }

    public synchronized HistogramSet reference() {
        return reference;
    }

    public synchronized String referenceName() {
        return referenceName;
    }

    @Override
    public void runHeader(RunHeader header) {
        RunMonitor existing;
        synchronized (this) {
            existing = runs.get(header.run());
            if (existing != null) {
                // the same run continued in another file (one file per spill)
                current = existing;
                return;
            }
            if (current != null) {
                current.finishSpill(reference);
            }
        }
        RunMonitor r = new RunMonitor(header, settings, conditions);   // sets up the reconstruction: outside the lock
        synchronized (this) {
            runs.put(header.run(), r);
            while (runs.size() > settings.maxRuns()) {
                runs.remove(runs.keySet().iterator().next());
            }
            current = r;
            version++;
        }
    }

    @Override
    public void event(RawEvent event) {
        RunMonitor r;
        synchronized (this) {
            r = current;
        }
        if (r == null) {
            return;
        }
        RecoEvent reco = r.reconstruct(event);
        synchronized (this) {
            Integer before = r.openSpill();
            r.fill(event, reco, reference);
            events++;
            if (!r.openSpill().equals(before)) {
                version++;   // a spill finished: its alarms are out
            }
        }
    }

    /**
     * The version moves once per poll rather than per event, so the server writes a histogram
     * document once per poll and serves it from its cache to every page until the next one.
     */
    @Override
    public synchronized void pollDone() {
        version++;
    }

    @Override
    public synchronized void damage(String file, RawDamage d) {
        damage.addLast(file + ": " + d);
        while (damage.size() > 1000) {
            damage.removeFirst();
        }
        version++;
    }

    /** Finishes the open spill of the current run (the DAQ went quiet, or the input ended). */
    public synchronized void finishOpenSpill() {
        if (current != null && current.openSpill() != null) {
            current.finishSpill(reference);
            version++;
        }
    }

    /** The error of the last read of the source (null: it worked), for the page. */
    public synchronized void sourceError(String message) {
        if (!java.util.Objects.equals(message, sourceError)) {
            sourceError = message;
            version++;
        }
    }

    public synchronized String sourceError() {
        return sourceError;
    }

    public synchronized long version() {
        return version;
    }

    /** Events filled since the start. */
    public synchronized long events() {
        return events;
    }

    public synchronized List<Integer> runNumbers() {
        return new ArrayList<>(runs.keySet());
    }

    /** The run being filled (or last filled), or null. */
    public synchronized Integer currentRun() {
        return current == null ? null : current.run();
    }

    public synchronized List<String> damage() {
        return new ArrayList<>(damage);
    }

    /** Runs a read-only query on a run under the lock; null if the run is not kept. */
    public synchronized <T> T withRun(int run, Function<RunMonitor, T> query) {
        RunMonitor r = runs.get(run);
        return r == null ? null : query.apply(r);
    }
}
