package na64.analysis.select;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import na64.core.Check;
import na64.core.InputException;

/**
 * Runs compiled selections with an embedded DuckDB over Parquet files, in place and column-wise:
 * only the columns a selection uses are read. One engine holds one in-memory DuckDB connection;
 * it is not thread-safe (DuckDB parallelises each query itself over {@code threads} cores). The
 * default {@link Selector}.
 */
public final class SelectionEngine extends SqlSelector {
    private final Connection connection;

    /** @param threads cores DuckDB may use for one query (>= 1) */
    public SelectionEngine(int threads) {
        super(Dialect.DUCKDB);
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

    /** Runs {@code sql} and hands its rows, read as they are fetched, to {@code read}. */
    @Override
    protected <T> T query(String sql, java.util.function.Function<Iterable<ResultRow>, T> read) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return read.apply(() -> new JdbcRows(rs));
        } catch (SQLException e) {
            throw failure(e, sql);
        } catch (JdbcRows.Failure e) {
            throw failure(e.getCause(), sql);
        }
    }

    @Override
    protected List<String> names(List<Path> files) {
        return EventFiles.expand(files).stream().map(p -> p.toAbsolutePath().toString()).toList();
    }

    private static RuntimeException failure(SQLException e, String sql) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("No files found") || message.contains("IO Error")) {
            return new InputException("files", "cannot read the event files: " + message.lines().findFirst().orElse(message));
        }
        if (message.contains("Binder Error")) {
            return new InputException("files", "the event files lack a column the selection needs (reconstructed events, schema "
                    + na64.event.reco.RecoEventSchema.VERSION + ", expected): "
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
