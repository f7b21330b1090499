package na64.analysis.select;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL engines a selection compiles for. The cut list and the generated query are the same
 * except where the engines' syntax differs: how Parquet files are named in FROM, and how a list
 * element is indexed.
 */
public enum Dialect {
    /** DuckDB (embedded, columnar; reads Parquet in place): {@code read_parquet([...])}, 1-based {@code list[k]}. */
    DUCKDB,
    /** Spark SQL (for studies that outgrow one machine): {@code parquet.`path`}, {@code element_at(list, k)}. */
    SPARK;

    /** The FROM source for a set of Parquet files. */
    public String source(List<String> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files");
        }
        return switch (this) {
            case DUCKDB -> "read_parquet([" + files.stream().map(Dialect::quote).collect(Collectors.joining(", "))
                    + "], union_by_name = true)";
            case SPARK -> files.size() == 1 ? "parquet.`" + files.get(0).replace("`", "``") + "`"
                    : "(" + files.stream().map(f -> "SELECT * FROM parquet.`" + f.replace("`", "``") + "`")
                            .collect(Collectors.joining(" UNION ALL ")) + ")";
        };
    }

    /** Element {@code index} (1-based) of a list column; null when the list is shorter. */
    public String listElement(String column, int index) {
        return switch (this) {
            case DUCKDB -> column + "[" + index + "]";
            case SPARK -> "element_at(" + column + ", " + index + ")";
        };
    }

    /**
     * Field {@code field} of the first struct of a list column whose {@code name} is {@code name};
     * null when there is none ({@code name} is a checked identifier, never user text).
     */
    public String namedElementField(String column, String name, String field) {
        String match = "x -> x.name = " + quote(name);
        return switch (this) {
            case DUCKDB -> "(list_filter(" + column + ", " + match + ")[1])." + field;
            case SPARK -> "element_at(filter(" + column + ", " + match + "), 1)." + field;
        };
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
