package na64.monitor.state;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.event.reco.RecoEvent;
import na64.monitor.alarm.Alarm;
import na64.monitor.alarm.AlarmChecker;
import na64.monitor.fill.EventFiller;
import na64.monitor.fill.HistogramBook;
import na64.monitor.fill.RunReconstruction;
import na64.monitor.hist.HistogramSet;

/**
 * One run in the monitor: the histograms of the spill being taken, of the last finished spills
 * (at most {@link MonitorSettings#maxSpills()}) and of all finished spills together; a summary
 * line per spill; the alarms of each finished spill. A spill is finished when an event of
 * another spill arrives or when the monitor closes it (the run ended, the DAQ is idle). Not
 * thread-safe: {@link MonitorState} serialises access.
 */
public final class RunMonitor {
    /** One line per spill: how many events, how many alarms. */
    public record SpillSummary(int spill, long events, int alarms) {
    }

    private final RunHeader header;
    private final HistogramBook book;
    private final EventFiller filler;
    private final RunReconstruction reco;
    private final String recoProblem;
    private final MonitorSettings settings;
    private final AlarmChecker checker;
    private final HistogramSet finished;
    private final Deque<SpillRecord> spills = new ArrayDeque<>();
    private final Deque<SpillSummary> summaries = new ArrayDeque<>();
    private final Deque<Alarm> alarms = new ArrayDeque<>();
    private int openSpill = Integer.MIN_VALUE;
    private HistogramSet open;
    private long recoFailures;
    private long lateEvents;

    RunMonitor(RunHeader header, MonitorSettings settings, na64.reco.conditions.ConditionsProvider conditions) {
        this.header = header;
        this.settings = settings;
        String[] why = {null};
        this.reco = settings.reconstruct() ? RunReconstruction.of(header, conditions, why) : null;
        this.recoProblem = settings.reconstruct() ? why[0] : "reconstruction switched off";
        this.book = new HistogramBook(header, reco != null);
        this.filler = new EventFiller(header, settings.threshold());
        this.checker = new AlarmChecker(settings.alarms());
        this.finished = book.newSet();
    }

    public RunHeader header() {
        return header;
    }

    public int run() {
        return header.run();
    }

    public HistogramBook book() {
        return book;
    }

    /** Why the reconstructed histograms are missing, or null. */
    public String recoProblem() {
        return recoProblem;
    }

    public long recoFailures() {
        return recoFailures;
    }

    /** The reconstructed event (null without reconstruction or if it failed); called outside the lock. */
    RecoEvent reconstruct(RawEvent e) {
        if (reco == null) {
            return null;
        }
        try {
            return reco.reconstruct(e);
        } catch (RuntimeException ex) {
            return null;   // counted in fill(); the raw histograms are still filled
        }
    }

    /** Fills an event into its spill, finishing the previous spill when the spill number changes. */
    void fill(RawEvent e, RecoEvent r, HistogramSet reference) {
        int spill = e.header().spill();
        if (spill != openSpill && isFinished(spill)) {
            late(spill, e, r);
            return;
        }
        if (spill != openSpill) {
            finishSpill(reference);
            openSpill = spill;
            open = book.newSet();
        }
        if (reco != null && r == null) {
            recoFailures++;
        }
        filler.fill(open, e, r);
    }

    private boolean isFinished(int spill) {
        for (SpillSummary s : summaries) {
            if (s.spill() == spill) {
                return true;
            }
        }
        return false;
    }

    /**
     * An event of a spill already finished (its file came later, e.g. two DAQ writers into one
     * directory): it goes into the run sum and into that spill's histograms if they are kept; the
     * spill's alarms, judged already, stay as they were.
     */
    private void late(int spill, RawEvent e, RecoEvent r) {
        HistogramSet one = book.newSet();
        if (reco != null && r == null) {
            recoFailures++;
        }
        filler.fill(one, e, r);
        finished.add(one);
        for (SpillRecord s : spills) {
            if (s.spill() == spill) {
                s.histograms().add(one);
            }
        }
        lateEvents++;
    }

    /** Events that arrived after their spill was finished. */
    public long lateEvents() {
        return lateEvents;
    }

    /** Finishes the open spill (alarms judged against the reference, else the finished spills). */
    void finishSpill(HistogramSet reference) {
        if (open == null) {
            return;
        }
        long[] previous = summaries.stream().mapToLong(SpillSummary::events).toArray();
        HistogramSet baseline = reference != null ? reference : finished.events() > 0 ? finished : null;
        List<Alarm> found = checker.check(header.run(), openSpill, open, baseline, previous);
        finished.add(open);
        spills.addLast(new SpillRecord(openSpill, open, found));
        while (spills.size() > settings.maxSpills()) {
            spills.removeFirst();
        }
        summaries.addLast(new SpillSummary(openSpill, open.events(), found.size()));
        while (summaries.size() > settings.maxSummaries()) {
            summaries.removeFirst();
        }
        for (Alarm a : found) {
            alarms.addLast(a);
        }
        while (alarms.size() > settings.maxSummaries()) {
            alarms.removeFirst();
        }
        open = null;
        openSpill = Integer.MIN_VALUE;
    }

    /** The spill being filled, or null. */
    public Integer openSpill() {
        return open == null ? null : openSpill;
    }

    /** A copy of the histograms of a spill (finished and kept, or open), or null. */
    public HistogramSet spill(int spill) {
        if (open != null && spill == openSpill) {
            return open.copy();
        }
        for (SpillRecord s : spills) {
            if (s.spill() == spill) {
                return s.histograms().copy();
            }
        }
        return null;
    }

    /** A copy of the sum of all spills of the run, the open one included. */
    public HistogramSet total() {
        HistogramSet t = finished.copy();
        if (open != null) {
            t.add(open);
        }
        return t;
    }

    /** Sum of the finished spills (no copy: for the reference and the tests). */
    HistogramSet finishedTotal() {
        return finished;
    }

    /** Spills whose histograms are kept, oldest first (the open one last). */
    public List<Integer> keptSpills() {
        List<Integer> l = new ArrayList<>();
        spills.forEach(s -> l.add(s.spill()));
        if (open != null) {
            l.add(openSpill);
        }
        return l;
    }

    public List<SpillSummary> summaries() {
        return new ArrayList<>(summaries);
    }

    public List<Alarm> alarms() {
        return new ArrayList<>(alarms);
    }

    /** Events of the run so far. */
    public long events() {
        return finished.events() + (open == null ? 0 : open.events());
    }
}
