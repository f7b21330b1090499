package na64.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import na64.analysis.select.CutFlow;
import na64.analysis.select.Cut;
import na64.analysis.select.Dialect;
import na64.analysis.select.EventFiles;
import na64.analysis.select.PlaneHistogram;
import na64.analysis.select.QueryResults;
import na64.analysis.select.ResultRow;
import na64.analysis.select.SelectionSpec;
import na64.analysis.select.Selector;
import na64.analysis.select.SqlCompiler;
import na64.analysis.select.Variables;
import na64.core.InputException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the compiled selections on Spark SQL ({@link Dialect#SPARK}): the same queries as the
 * embedded DuckDB engine, over files or directories of parts, executed by the session's
 * executors. Only the few aggregated rows come back to the driver (the side-band values of
 * {@link #values} excepted: one row per event in the side band).
 */
public final class SparkSelectionEngine implements Selector {
    private final SparkSession spark;
    private final SqlCompiler compiler = new SqlCompiler(Dialect.SPARK);

    /** @param spark the session to query with; the engine does not stop it */
    public SparkSelectionEngine(SparkSession spark) {
        this.spark = spark;
        // the queries are written for SQL's null semantics, as DuckDB has them: an element past the
        // end of a list or a division by zero is null, a failed cut (ANSI mode would stop the query)
        spark.conf().set("spark.sql.ansi.enabled", "false");
    }

    @Override
    public CutFlow cutFlow(SelectionSpec spec, List<Path> files, List<Cut> filter) {
        return query(compiler.cutFlow(spec, names(files), filter, null), rows -> QueryResults.cutFlows(spec, rows, false))
                .values().iterator().next();
    }

    @Override
    public Map<Double, CutFlow> cutFlowByGroup(SelectionSpec spec, List<Path> files, List<Cut> filter, String groupBy) {
        Variables.get(groupBy);
        return query(compiler.cutFlow(spec, names(files), filter, groupBy), rows -> QueryResults.cutFlows(spec, rows, true));
    }

    @Override
    public PlaneHistogram plane(SelectionSpec spec, List<Path> files, String x, double xMin, double xMax, int nx,
            String y, double yMin, double yMax, int ny, boolean blind) {
        String sql = compiler.plane(spec, names(files), x, xMin, xMax, nx, y, yMin, yMax, ny, blind);
        return query(sql, rows -> QueryResults.plane(rows, x, xMin, xMax, nx, y, yMin, yMax, ny, blind));
    }

    @Override
    public double[][] values(List<Path> files, String variable, List<Cut> cuts) {
        return query(compiler.values(names(files), variable, cuts), QueryResults::values);
    }

    @Override
    public long rows(List<Path> files) {
        return query("SELECT count(*) AS n FROM " + Dialect.SPARK.source(names(files)), rows -> rows.iterator().next().getLong("n"));
    }

    private <T> T query(String sql, Function<Iterable<ResultRow>, T> read) {
        List<Row> rows;
        try {
            rows = spark.sql(sql).collectAsList();
        } catch (Exception e) { // Spark's AnalysisException is checked, thrown undeclared
            throw failure(e, sql);
        }
        return read.apply(rows.stream().<ResultRow>map(SparkRow::new).toList());
    }

    /**
     * The files as Spark paths: a directory of parts stays one path (Spark lists it, skipping the
     * "." and "_" files as {@link EventFiles} does); checked first, so a missing file is the same
     * error as on the embedded engine.
     */
    private static List<String> names(List<Path> files) {
        EventFiles.expand(files);
        return files.stream().map(p -> p.toAbsolutePath().toString()).toList();
    }

    private static RuntimeException failure(Exception e, String sql) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String first = message.lines().findFirst().orElse(message);
        if (message.contains("UNRESOLVED_COLUMN")) {
            return new InputException("files", "the event files lack a column the selection needs (reconstructed events, schema reco-v1, expected): "
                    + first);
        }
        if (message.contains("PATH_NOT_FOUND") || message.contains("CANNOT_READ_FILE")) {
            return new InputException("files", "cannot read the event files: " + first);
        }
        return new IllegalStateException("Spark SQL query failed: " + first + "\n" + sql, e);
    }

    /** A result row of Spark as a {@link ResultRow}; numbers are read whatever their Spark type. */
    private record SparkRow(Row row) implements ResultRow {
        @Override
        public long getLong(String column) {
            return ((Number) row.getAs(column)).longValue();
        }

        @Override
        public double getDouble(String column) {
            return ((Number) row.getAs(column)).doubleValue();
        }

        @Override
        public boolean isNull(String column) {
            return row.isNullAt(row.fieldIndex(column));
        }
    }

    /** The session stays open: it belongs to whoever made it. */
    @Override
    public void close() {
    }
}
