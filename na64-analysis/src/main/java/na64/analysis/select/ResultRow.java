package na64.analysis.select;

/** One row of a query result, whatever the engine returned it as (a JDBC result set, a Spark row). */
public interface ResultRow {
    long getLong(String column);

    double getDouble(String column);

    boolean isNull(String column);
}
