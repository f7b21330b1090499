package na64.analysis.select;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link Selector} that runs the queries of {@link SqlCompiler} on one SQL engine: the queries
 * and the reading of their results are the same for every engine; an engine gives only its
 * dialect, how it names the files, and how it runs a query.
 */
public abstract class SqlSelector implements Selector {
    private final SqlCompiler compiler;
    private final Dialect dialect;

    protected SqlSelector(Dialect dialect) {
        this.dialect = dialect;
        this.compiler = new SqlCompiler(dialect);
    }

    /** The files (or directories of parts) as the engine's query names them; a missing one is an InputException. */
    protected abstract List<String> names(List<Path> files);

    /** Runs {@code sql} and hands its rows to {@code read}. */
    protected abstract <T> T query(String sql, Function<Iterable<ResultRow>, T> read);

    @Override
    public final CutFlow cutFlow(SelectionSpec spec, List<Path> files, List<Cut> filter) {
        String sql = compiler.cutFlow(spec, names(files), filter, null);
        return query(sql, rows -> QueryResults.cutFlows(spec, rows, false)).values().iterator().next();
    }

    @Override
    public final Map<Double, CutFlow> cutFlowByGroup(SelectionSpec spec, List<Path> files, List<Cut> filter, String groupBy) {
        Variables.get(groupBy);
        return query(compiler.cutFlow(spec, names(files), filter, groupBy), rows -> QueryResults.cutFlows(spec, rows, true));
    }

    @Override
    public final PlaneHistogram plane(SelectionSpec spec, List<Path> files, String x, double xMin, double xMax, int nx,
            String y, double yMin, double yMax, int ny, boolean blind) {
        String sql = compiler.plane(spec, names(files), x, xMin, xMax, nx, y, yMin, yMax, ny, blind);
        return query(sql, rows -> QueryResults.plane(rows, x, xMin, xMax, nx, y, yMin, yMax, ny, blind));
    }

    @Override
    public final double[][] values(List<Path> files, String variable, List<Cut> cuts) {
        return query(compiler.values(names(files), variable, cuts), QueryResults::values);
    }

    @Override
    public final long rows(List<Path> files) {
        String sql = "SELECT count(*) AS n FROM " + dialect.source(names(files));
        return query(sql, rows -> rows.iterator().next().getLong("n"));
    }
}
