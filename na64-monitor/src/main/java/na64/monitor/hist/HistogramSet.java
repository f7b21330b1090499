package na64.monitor.hist;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The histograms of one spill (or the sum of a run's spills), in booking order, with the number
 * of events filled into them. Not thread-safe: the monitor fills and copies it under its lock.
 */
public final class HistogramSet {
    private final Map<String, Histogram> histograms = new LinkedHashMap<>();
    private long events;

    /** Adds a booked histogram; names are unique. */
    public <H extends Histogram> H book(H h) {
        if (histograms.putIfAbsent(h.name(), h) != null) {
            throw new IllegalArgumentException("histogram " + h.name() + " booked twice");
        }
        return h;
    }

    public Histogram get(String name) {
        return histograms.get(name);
    }

    public Histogram1D h1(String name) {
        return (Histogram1D) histograms.get(name);
    }

    public Histogram2D h2(String name) {
        return (Histogram2D) histograms.get(name);
    }

    public Collection<Histogram> all() {
        return Collections.unmodifiableCollection(histograms.values());
    }

    public Collection<String> names() {
        return Collections.unmodifiableCollection(histograms.keySet());
    }

    /** Events filled. */
    public long events() {
        return events;
    }

    /** Counts one more event (the filler calls it once per event). */
    public void countEvent() {
        events++;
    }

    /** Adds another set of the same booking (a spill into the run sum). */
    public void add(HistogramSet other) {
        if (!other.histograms.keySet().equals(histograms.keySet())) {
            throw new IllegalArgumentException("histogram sets of different bookings");
        }
        for (Histogram h : other.histograms.values()) {
            histograms.get(h.name()).add(h);
        }
        events += other.events;
    }

    /** An empty set with the same booking. */
    public HistogramSet emptyCopy() {
        HistogramSet s = new HistogramSet();
        histograms.values().forEach(h -> s.book(h.emptyCopy()));
        return s;
    }

    public HistogramSet copy() {
        HistogramSet s = emptyCopy();
        s.add(this);
        return s;
    }

    /** The names of the histograms whose contents differ from {@code other}'s (empty: equal). */
    public java.util.List<String> differences(HistogramSet other) {
        java.util.List<String> d = new java.util.ArrayList<>();
        if (other.events != events) {
            d.add("events " + events + " vs " + other.events);
        }
        for (Histogram h : histograms.values()) {
            Histogram o = other.histograms.get(h.name());
            if (o == null || !h.sameContents(o)) {
                d.add(h.name());
            }
        }
        for (String n : other.histograms.keySet()) {
            if (!histograms.containsKey(n)) {
                d.add(n);
            }
        }
        return d;
    }
}
