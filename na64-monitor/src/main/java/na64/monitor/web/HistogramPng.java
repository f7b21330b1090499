package na64.monitor.web;

import na64.monitor.hist.Histogram;
import na64.monitor.hist.Histogram1D;
import na64.monitor.hist.Histogram2D;
import na64.plot.Axis;
import na64.plot.Figure;
import na64.plot.Heatmap;
import na64.plot.LineStyle;
import na64.plot.PngRenderer;
import na64.plot.Rgb;

/** A monitor histogram drawn by na64-plot as a PNG, for the download links (the page draws its own). */
final class HistogramPng {
    private HistogramPng() {
    }

    static byte[] render(Histogram h, Histogram reference, String subtitle) {
        Figure f = Figure.titled(h.title() + " — " + subtitle).size(800, 560);
        if (h instanceof Histogram1D h1) {
            double[] edges = new double[h1.bins() + 1];
            for (int b = 0; b <= h1.bins(); b++) {
                edges[b] = h1.edge(b);
            }
            double max = 1;
            for (double v : h1.contents()) {
                max = Math.max(max, v);
            }
            f.x(Axis.linear(h1.xLabel(), h1.lo(), h1.hi()));
            if (reference instanceof Histogram1D r && r.bins() == h1.bins() && r.sumWeights() > 0 && h1.sumWeights() > 0) {
                double[] scaled = r.contents();
                double k = h1.sumWeights() / r.sumWeights();
                for (int b = 0; b < scaled.length; b++) {
                    scaled[b] *= k;
                    max = Math.max(max, scaled[b]);
                }
                f.add(na64.plot.Histogram.of(edges, scaled).style(LineStyle.dashed(Rgb.GREY, 1.5)).label("reference (scaled)"));
            }
            f.y(Axis.linear("entries", 0, 1.1 * max));
            f.add(na64.plot.Histogram.of(edges, h1.contents()).style(LineStyle.solid(Rgb.BLUE, 2)).label("this"));
        } else {
            Histogram2D h2 = (Histogram2D) h;
            double[] xe = new double[h2.nx() + 1];
            double[] ye = new double[h2.ny() + 1];
            for (int i = 0; i <= h2.nx(); i++) {
                xe[i] = h2.xlo() + (h2.xhi() - h2.xlo()) * i / h2.nx();
            }
            for (int j = 0; j <= h2.ny(); j++) {
                ye[j] = h2.ylo() + (h2.yhi() - h2.ylo()) * j / h2.ny();
            }
            double[][] v = new double[h2.nx()][h2.ny()];
            for (int i = 0; i < h2.nx(); i++) {
                for (int j = 0; j < h2.ny(); j++) {
                    v[i][j] = h2.content(i, j);
                }
            }
            f.x(Axis.linear(h2.xLabel(), h2.xlo(), h2.xhi())).y(Axis.linear(h2.yLabel(), h2.ylo(), h2.yhi()))
                    .add(Heatmap.of(xe, ye, v).colorBarLabel("entries"));
        }
        return new PngRenderer(1).encode(f);
    }
}
