package na64.analysis.select;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs the queries {@link SqlCompiler} compiles over reconstructed-event Parquet files: the cut
 * flow, the plane of two variables, the values of one. The embedded engine is DuckDB
 * ({@link SelectionEngine}); na64-spark runs the same queries on Spark SQL. An engine holds a
 * connection or session: close it when done.
 */
public interface Selector extends AutoCloseable {

    /** The cut flow of the events in {@code files} that pass {@code filter}. */
    CutFlow cutFlow(SelectionSpec spec, List<Path> files, List<Cut> filter);

    /** One cut flow per value of {@code groupBy} (e.g. truth_emission), keyed by that value (NaN: null). */
    Map<Double, CutFlow> cutFlowByGroup(SelectionSpec spec, List<Path> files, List<Cut> filter, String groupBy);

    /** The pre-selected events in the (x, y) plane; the signal box is left out when {@code blind}. */
    PlaneHistogram plane(SelectionSpec spec, List<Path> files, String x, double xMin, double xMax, int nx,
            String y, double yMin, double yMax, int ny, boolean blind);

    /** Values and weights of {@code variable} for the events passing {@code cuts}: {x[], w[]}. */
    double[][] values(List<Path> files, String variable, List<Cut> cuts);

    /** Number of rows in the files. */
    long rows(List<Path> files);

    @Override
    void close();
}
