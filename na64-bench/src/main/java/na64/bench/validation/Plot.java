package na64.bench.validation;

import java.util.List;
import na64.plot.Axis;
import na64.plot.Figure;
import na64.plot.Line;
import na64.plot.Points;

/**
 * A plot given by its data alone, the axes ranged to the data: name (file), title, axis labels,
 * log axes and the series.
 */
public record Plot(String name, String title, String xLabel, String yLabel, boolean logX, boolean logY,
                   List<Series> series) {

    /** One curve ({@code points} false) or set of points with optional y errors. */
    public record Series(String label, double[] x, double[] y, double[] yError, boolean points) {
    }

    public Plot {
        series = List.copyOf(series);
    }

    /** The figure: axes spanning the data (positive values on a log axis), a count axis from 0. */
    public NamedFigure figure() {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                if (!logY || s.y()[i] > 0) {
                    xMin = Math.min(xMin, s.x()[i]);
                    xMax = Math.max(xMax, s.x()[i]);
                    yMin = Math.min(yMin, s.y()[i]);
                    yMax = Math.max(yMax, s.y()[i]);
                }
            }
        }
        double pad = logY ? 0 : 0.1 * (yMax - yMin);
        boolean counts = yLabel.equals("events");
        Axis x = logX ? Axis.log(xLabel, xMin, xMax) : Axis.linear(xLabel, xMin, xMax);
        Axis y = logY ? Axis.log(yLabel, Math.max(yMin, 0.5), yMax * 2)
                : Axis.linear(yLabel, counts ? 0 : yMin - pad, yMax + pad);
        Figure f = Figure.titled(title).x(x).y(y);
        for (Series s : series) {
            if (s.points()) {
                Points pts = Points.of(s.x(), s.y()).label(s.label());
                f.add(s.yError() != null ? pts.yErrors(s.yError()) : pts);
            } else {
                f.add(Line.of(s.x(), s.y()).label(s.label()));
            }
        }
        return new NamedFigure(name, f);
    }
}
