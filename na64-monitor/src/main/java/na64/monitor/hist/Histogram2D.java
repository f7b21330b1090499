package na64.monitor.hist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A two-dimensional histogram over [xlo, xhi) x [ylo, yhi) in equal bins (a hit map, E_ECAL vs
 * E_HCAL); fills outside the range are counted together.
 */
public final class Histogram2D implements Histogram {
    private final String name;
    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final int nx;
    private final double xlo;
    private final double xhi;
    private final int ny;
    private final double ylo;
    private final double yhi;
    private final double[] content;
    private double outside;
    private long entries;

    public Histogram2D(String name, String title, String xLabel, int nx, double xlo, double xhi,
                       String yLabel, int ny, double ylo, double yhi) {
        if (nx < 1 || ny < 1 || (long) nx * ny > 1_000_000) {
            throw new IllegalArgumentException(name + ": " + nx + " x " + ny + " bins, allowed 1..1000000 in all");
        }
        if (!(xhi > xlo) || !(yhi > ylo)) {
            throw new IllegalArgumentException(name + ": empty range");
        }
        this.name = Histogram.checkName(name);
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.nx = nx;
        this.xlo = xlo;
        this.xhi = xhi;
        this.ny = ny;
        this.ylo = ylo;
        this.yhi = yhi;
        this.content = new double[nx * ny];
    }

    public void fill(double x, double y) {
        fill(x, y, 1);
    }

    /** Fills (x, y) with weight w; NaN in either is not filled. */
    public void fill(double x, double y, double w) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return;
        }
        entries++;
        if (x < xlo || x >= xhi || y < ylo || y >= yhi) {
            outside += w;
            return;
        }
        int ix = Math.min(nx - 1, (int) ((x - xlo) / (xhi - xlo) * nx));
        int iy = Math.min(ny - 1, (int) ((y - ylo) / (yhi - ylo) * ny));
        content[iy * nx + ix] += w;
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    public double xlo() {
        return xlo;
    }

    public double xhi() {
        return xhi;
    }

    public double ylo() {
        return ylo;
    }

    public double yhi() {
        return yhi;
    }

    public String xLabel() {
        return xLabel;
    }

    public String yLabel() {
        return yLabel;
    }

    /** Content of bin (ix, iy). */
    public double content(int ix, int iy) {
        return content[iy * nx + ix];
    }

    public double outside() {
        return outside;
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
        if (!(other instanceof Histogram2D h) || h.nx != nx || h.ny != ny || h.xlo != xlo || h.xhi != xhi
                || h.ylo != ylo || h.yhi != yhi) {
            throw new IllegalArgumentException(name + ": cannot add " + other.name() + " of another binning");
        }
        for (int i = 0; i < content.length; i++) {
            content[i] += h.content[i];
        }
        outside += h.outside;
        entries += h.entries;
    }

    @Override
    public Histogram2D emptyCopy() {
        return new Histogram2D(name, title, xLabel, nx, xlo, xhi, yLabel, ny, ylo, yhi);
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("type", "h2");
        m.put("title", title);
        m.put("x_label", xLabel);
        m.put("y_label", yLabel);
        m.put("nx", nx);
        m.put("xlo", xlo);
        m.put("xhi", xhi);
        m.put("ny", ny);
        m.put("ylo", ylo);
        m.put("yhi", yhi);
        List<Double> c = new ArrayList<>(content.length);
        for (double v : content) {
            c.add(v);
        }
        m.put("content", c);   // row after row: index iy * nx + ix
        m.put("outside", outside);
        m.put("entries", entries);
        return m;
    }

    @Override
    public String toCsv() {
        StringBuilder b = new StringBuilder("x_lo,x_hi,y_lo,y_hi,content\n");
        for (int iy = 0; iy < ny; iy++) {
            for (int ix = 0; ix < nx; ix++) {
                b.append(Histogram1D.num(xlo + (xhi - xlo) * ix / nx)).append(',')
                        .append(Histogram1D.num(xlo + (xhi - xlo) * (ix + 1) / nx)).append(',')
                        .append(Histogram1D.num(ylo + (yhi - ylo) * iy / ny)).append(',')
                        .append(Histogram1D.num(ylo + (yhi - ylo) * (iy + 1) / ny)).append(',')
                        .append(Histogram1D.num(content[iy * nx + ix])).append('\n');
            }
        }
        return b.toString();
    }

    @Override
    public boolean sameContents(Histogram other) {
        return other instanceof Histogram2D h && h.nx == nx && h.ny == ny && h.xlo == xlo && h.xhi == xhi && h.ylo == ylo
                && h.yhi == yhi && h.entries == entries && Arrays.equals(h.content, content) && h.outside == outside;
    }

    @Override
    public String toString() {
        return name + " (" + entries + " entries)";
    }
}
