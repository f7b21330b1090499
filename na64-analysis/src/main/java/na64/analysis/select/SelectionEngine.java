package na64.analysis.select;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import na64.core.Check;
import na64.core.InputException;

/**
 * Runs compiled selections with an embedded DuckDB over Parquet files, in place and column-wise:
 * only the columns a selection uses are read. One engine holds one in-memory DuckDB connection;
 * it is not thread-safe (DuckDB parallelises each query itself over {@code threads} cores). The
 * default {@link Selector}.
 */
public final class SelectionEngine implements Selector {
    private final Connection connection;
    private final SqlCompiler compiler = new SqlCompiler(Dialect.DUCKDB);

    /** @param threads cores DuckDB may use for one query (>= 1) */
    public SelectionEngine(int threads) {
        Check.positive("threads", (long) threads);
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = connection.createStatement()) {
                s.execute("SET threads = " + threads);
                s.execute("SET preserve_insertion_order = false");
            }
        } catch (ClassNotFoundException | SQLException e) {
            throw new IllegalStateException("cannot start DuckDB: " + e.getMessage(), e);
        }
    }

    @Override
    public CutFlow cutFlow(SelectionSpec spec, List<Path> files, List<Cut> filter) {
        String sql = compiler.cutFlow(spec, names(files), filter, null);
        return query(sql, rows -> QueryResults.cutFlows(spec, rows, false)).values().iterator().next();
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
        String sql = "SELECT count(*) AS n FROM " + Dialect.DUCKDB.source(names(files));
        return query(sql, rows -> rows.iterator().next().getLong("n"));
    }

    /** Runs {@code sql} and hands its rows, read as they are fetched, to {@code read}. */
    private <T> T query(String sql, java.util.function.Function<Iterable<ResultRow>, T> read) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return read.apply(() -> new JdbcRows(rs));
        } catch (SQLException e) {
            throw failure(e, sql);
        } catch (JdbcRows.Failure e) {
            throw failure(e.getCause(), sql);
        }
    }

    private static List<String> names(List<Path> files) {
        return EventFiles.expand(files).stream().map(p -> p.toAbsolutePath().toString()).toList();
    }

    private static RuntimeException failure(SQLException e, String sql) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("No files found") || message.contains("IO Error")) {
            return new InputException("files", "cannot read the event files: " + message.lines().findFirst().orElse(message));
        }
        if (message.contains("Binder Error")) {
            return new InputException("files", "the event files lack a column the selection needs (reconstructed events, schema reco-v1, expected): "
                    + message.lines().findFirst().orElse(message));
        }
        return new IllegalStateException("DuckDB query failed: " + message + "\n" + sql, e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing to release beyond the connection
        }
    }
}
