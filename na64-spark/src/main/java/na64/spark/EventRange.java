package na64.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Events {@code first} .. {@code last}-1 of a sample: the work of one Spark task, written to the
 * part named by its index. The name depends on the index only, so a retried or speculative
 * attempt of the task writes the same part.
 */
public record EventRange(int index, long first, long last) implements java.io.Serializable {

    public EventRange {
        if (index < 0 || first < 0 || last <= first) {
            throw new IllegalArgumentException("not an event range: " + index + " [" + first + ", " + last + ")");
        }
    }

    public long events() {
        return last - first;
    }

    /** The part's file name: zero-padded, so that name order is event order. */
    public String partName() {
        return String.format(Locale.ROOT, "part-%05d.parquet", index);
    }

    /** Events 0 .. events-1 in consecutive ranges of {@code perRange} events (the last one shorter). */
    public static List<EventRange> split(long events, long perRange) {
        if (events < 1 || perRange < 1) {
            throw new IllegalArgumentException("cannot split " + events + " events into ranges of " + perRange);
        }
        long n = (events + perRange - 1) / perRange;
        if (n > 99_999) {
            throw new na64.core.InputException("--events-per-task", "splits " + events + " events into " + n
                    + " parts; at most 99,999: give a larger number of events per task");
        }
        List<EventRange> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new EventRange(i, i * perRange, Math.min(events, (i + 1) * perRange)));
        }
        return out;
    }
}
