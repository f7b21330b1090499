package na64.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import na64.analysis.select.Dialect;
import na64.analysis.select.EventFiles;
import na64.analysis.select.ResultRow;
import na64.analysis.select.SqlSelector;
import na64.core.InputException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the compiled selections on Spark SQL ({@link Dialect#SPARK}): the same queries as the
 * embedded DuckDB engine, over files or directories of parts, executed by the session's
 * executors. Only the few aggregated rows come back to the driver (the side-band values of
 * {@link #values} excepted: one row per event in the side band).
 */
public final class SparkSelectionEngine extends SqlSelector {
    private final SparkSession spark;

    /** @param spark the session to query with; the engine does not stop it */
    public SparkSelectionEngine(SparkSession spark) {
        super(Dialect.SPARK);
        this.spark = spark;
        // the queries are written for SQL's null semantics, as DuckDB has them: an element past the
        // end of a list or a division by zero is null, a failed cut (ANSI mode would stop the query)
        spark.conf().set("spark.sql.ansi.enabled", "false");
    }

    @Override
    protected <T> T query(String sql, Function<Iterable<ResultRow>, T> read) {
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
    @Override
    protected List<String> names(List<Path> files) {
        EventFiles.expand(files);
        return files.stream().map(p -> p.toAbsolutePath().toString()).toList();
    }

    private static RuntimeException failure(Exception e, String sql) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String first = message.lines().findFirst().orElse(message);
        if (message.contains("UNRESOLVED_COLUMN")) {
            return new InputException("files", "the event files lack a column the selection needs (reconstructed events, schema "
                    + na64.event.reco.RecoEventSchema.VERSION + ", expected): "
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
