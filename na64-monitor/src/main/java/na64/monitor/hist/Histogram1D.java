package na64.monitor.hist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A one-dimensional histogram of weighted fills over [lo, hi) in equal bins, with underflow and
 * overflow, the number of fills and the weighted sums of x and x^2 of the in-range fills (for the
 * mean and the spread, e.g. of a pulse time, without a binning error).
 */
public final class Histogram1D implements Histogram {
    private final String name;
    private final String title;
    private final String xLabel;
    private final int bins;
    private final double lo;
    private final double hi;
    private final double[] content;
    private double underflow;
    private double overflow;
    private long entries;
    private double sumW;
    private double sumWX;
    private double sumWX2;

    public Histogram1D(String name, String title, String xLabel, int bins, double lo, double hi) {
        if (bins < 1 || bins > 100_000) {
            throw new IllegalArgumentException(name + ": bins = " + bins + " out of range 1..100000");
        }
        if (!(hi > lo)) {
            throw new IllegalArgumentException(name + ": range [" + lo + ", " + hi + ") is empty");
        }
        this.name = Histogram.checkName(name);
        this.title = title;
        this.xLabel = xLabel;
        this.bins = bins;
        this.lo = lo;
        this.hi = hi;
        this.content = new double[bins];
    }

    /** Fills x with weight 1. */
    public void fill(double x) {
        fill(x, 1);
    }

    /** Fills x with weight w; NaN is not filled (a quantity that could not be measured). */
    public void fill(double x, double w) {
        if (Double.isNaN(x)) {
            return;
        }
        entries++;
        if (x < lo) {
            underflow += w;
        } else if (x >= hi) {
            overflow += w;
        } else {
            int b = Math.min(bins - 1, (int) ((x - lo) / (hi - lo) * bins));
            content[b] += w;
            sumW += w;
            sumWX += w * x;
            sumWX2 += w * x * x;
        }
    }

    public int bins() {
        return bins;
    }

    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }

    /** Content of bin b (0 .. bins-1). */
    public double content(int b) {
        return content[b];
    }

    public double[] contents() {
        return content.clone();
    }

    public double underflow() {
        return underflow;
    }

    public double overflow() {
        return overflow;
    }

    /** Sum of weights in range. */
    public double sumWeights() {
        return sumW;
    }

    /** Weighted mean of the in-range fills (NaN when empty). */
    public double mean() {
        return sumW > 0 ? sumWX / sumW : Double.NaN;
    }

    /** Weighted standard deviation of the in-range fills (NaN when empty). */
    public double rms() {
        if (!(sumW > 0)) {
            return Double.NaN;
        }
        double m = sumWX / sumW;
        return Math.sqrt(Math.max(0, sumWX2 / sumW - m * m));
    }

    public String xLabel() {
        return xLabel;
    }

    /** Lower edge of bin b. */
    public double edge(int b) {
        return lo + (hi - lo) * b / bins;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public long entries() {
        return entries;
    }

    @Override
    public void add(Histogram other) {
        if (!(other instanceof Histogram1D h) || h.bins != bins || h.lo != lo || h.hi != hi) {
            throw new IllegalArgumentException(name + ": cannot add " + other.name() + " of another binning");
        }
        for (int b = 0; b < bins; b++) {
            content[b] += h.content[b];
        }
        underflow += h.underflow;
        overflow += h.overflow;
        entries += h.entries;
        sumW += h.sumW;
        sumWX += h.sumWX;
        sumWX2 += h.sumWX2;
    }

    @Override
    public Histogram1D emptyCopy() {
        return new Histogram1D(name, title, xLabel, bins, lo, hi);
    }

    @Override
    public Histogram1D copy() {
        return (Histogram1D) Histogram.super.copy();
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("type", "h1");
        m.put("title", title);
        m.put("x_label", xLabel);
        m.put("bins", bins);
        m.put("lo", lo);
        m.put("hi", hi);
        List<Double> c = new ArrayList<>(bins);
        for (double v : content) {
            c.add(v);
        }
        m.put("content", c);
        m.put("underflow", underflow);
        m.put("overflow", overflow);
        m.put("entries", entries);
        m.put("mean", sumW > 0 ? mean() : null);
        m.put("rms", sumW > 0 ? rms() : null);
        return m;
    }

    @Override
    public String toCsv() {
        StringBuilder b = new StringBuilder("bin_lo,bin_hi,content\n");
        b.append("-inf,").append(num(lo)).append(',').append(num(underflow)).append('\n');
        for (int i = 0; i < bins; i++) {
            b.append(num(edge(i))).append(',').append(num(edge(i + 1))).append(',').append(num(content[i])).append('\n');
        }
        b.append(num(hi)).append(",inf,").append(num(overflow)).append('\n');
        return b.toString();
    }

    static String num(double v) {
        // integers without a decimal point, other values in the shortest form that reads back exactly
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public boolean sameContents(Histogram other) {
        return other instanceof Histogram1D h && h.bins == bins && h.lo == lo && h.hi == hi && h.entries == entries
                && Arrays.equals(h.content, content) && h.underflow == underflow && h.overflow == overflow;
    }

    @Override
    public String toString() {
        return name + " (" + entries + " entries)";
    }
}
