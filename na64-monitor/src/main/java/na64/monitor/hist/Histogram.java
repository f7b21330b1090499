package na64.monitor.hist;

import java.util.Map;

/**
 * A fixed-binning histogram: its memory is set when it is booked and never grows with the number
 * of entries, so a monitor that runs for weeks keeps a bounded footprint.
 */
public sealed interface Histogram permits Histogram1D, Histogram2D {
    /** Identifier used in the API and the page (letters, digits, '_', '-', '.'). */
    String name();

    /** Human-readable title with the unit. */
    String title();

    /** Fills made, including those outside the range. */
    long entries();

    /** Adds the contents of another histogram of the same binning (a run sum of spills). */
    void add(Histogram other);

    /** An empty histogram with the same binning. */
    Histogram emptyCopy();

    /** A deep copy. */
    default Histogram copy() {
        Histogram h = emptyCopy();
        h.add(this);
        return h;
    }

    /** Everything a client needs to draw it, as JSON-ready maps, lists and numbers. */
    Map<String, Object> toJson();

    /** The bin contents as CSV with a header line. */
    String toCsv();

    /** Same binning and the same contents, bin by bin. */
    boolean sameContents(Histogram other);

    static String checkName(String name) {
        if (!name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("histogram name '" + name + "' must use letters, digits, '_', '-', '.'");
        }
        return name;
    }
}
