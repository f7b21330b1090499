package na64.analysis.select;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of the {@link SqlCompiler} queries as cut flows, planes and value lists: one
 * reading of the result columns for every engine, so that the engines differ only in how they
 * run the SQL.
 */
public final class QueryResults {
    private QueryResults() {
    }

    /** The cut flows of a {@link SqlCompiler#cutFlow} result, keyed by group (0 without a group; NaN: null group). */
    public static Map<Double, CutFlow> cutFlows(SelectionSpec spec, Iterable<? extends ResultRow> rows, boolean grouped) {
        List<Cut> cuts = spec.cutFlowCuts();
        List<String> names = cuts.stream().map(Cut::name).toList();
        Map<Double, CutFlow> out = new LinkedHashMap<>();
        for (ResultRow row : rows) {
            List<Count> passed = new ArrayList<>();
            for (int k = 0; k <= cuts.size(); k++) {
                passed.add(new Count(row.getLong("n_" + k), row.getDouble("w_" + k), row.getDouble("w2_" + k)));
            }
            List<CutFlow.RegionCount> regions = new ArrayList<>();
            for (int r = 0; r < spec.controlRegions().size(); r++) {
                regions.add(new CutFlow.RegionCount(spec.controlRegions().get(r).name(),
                        new Count(row.getLong("rn_" + r), row.getDouble("rw_" + r), row.getDouble("rw2_" + r))));
            }
            double key = !grouped ? 0 : row.isNull("grp") ? Double.NaN : row.getDouble("grp");
            out.put(key, new CutFlow(names, passed, spec.cuts().size() + 1, regions));
        }
        return out;
    }

    /** The histogram of a {@link SqlCompiler#plane} result. */
    public static PlaneHistogram plane(Iterable<? extends ResultRow> rows, String x, double xMin, double xMax, int nx,
            String y, double yMin, double yMax, int ny, boolean blind) {
        long[][] n = new long[nx][ny];
        double[][] w = new double[nx][ny];
        for (ResultRow row : rows) {
            int ix = (int) row.getLong("ix");
            int iy = (int) row.getLong("iy");
            // floor((x - min) / width) can put an event just below the upper edge into bin n: dropped, as the query does
            if (ix >= 0 && ix < nx && iy >= 0 && iy < ny) {
                n[ix][iy] += row.getLong("n");
                w[ix][iy] += row.getDouble("w");
            }
        }
        return new PlaneHistogram(x, y, PlaneHistogram.edges(xMin, xMax, nx), PlaneHistogram.edges(yMin, yMax, ny), n, w, blind);
    }

    /** The {x[], w[]} of a {@link SqlCompiler#values} result; events with a null value are left out. */
    public static double[][] values(Iterable<? extends ResultRow> rows) {
        List<double[]> list = new ArrayList<>();
        for (ResultRow row : rows) {
            if (!row.isNull("x")) {
                list.add(new double[] {row.getDouble("x"), row.getDouble("w")});
            }
        }
        double[][] out = new double[2][list.size()];
        for (int i = 0; i < list.size(); i++) {
            out[0][i] = list.get(i)[0];
            out[1][i] = list.get(i)[1];
        }
        return out;
    }
}
