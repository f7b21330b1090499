package na64.analysis.select;

import java.util.Locale;

/**
 * How a selection variable is computed from the columns of a reconstructed-event file. A tiny
 * expression tree rather than SQL text, so that one definition compiles for every {@link Dialect}
 * and no text from a configuration file ever reaches the SQL.
 */
public sealed interface Expr {

    /** The SQL text of the expression in {@code dialect}. */
    String sql(Dialect dialect);

    /** A column, or a field of a struct column ("upstream.tx"). */
    record Column(String path) implements Expr {
        public Column {
            if (!path.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*")) {
                throw new IllegalArgumentException("not a column path: " + path);
            }
        }

        @Override
        public String sql(Dialect dialect) {
            return path;
        }
    }

    /** Element {@code index} (1-based) of a list column. */
    record Element(Column list, int index) implements Expr {
        public Element {
            if (index < 1) {
                throw new IllegalArgumentException("list index is 1-based: " + index);
            }
        }

        @Override
        public String sql(Dialect dialect) {
            return dialect.listElement(list.sql(dialect), index);
        }
    }

    /**
     * The energy of one named detector of the {@code detectors} list (counters and calorimeters
     * without a column of their own: WCAL, V2, S2, ...); null if the file has no such detector.
     */
    record DetectorEnergy(String detector) implements Expr {
        public DetectorEnergy {
            if (!detector.matches("[A-Z][A-Z0-9]*")) {
                throw new IllegalArgumentException("not a detector name: " + detector);
            }
        }

        @Override
        public String sql(Dialect dialect) {
            return dialect.namedElementField("detectors", detector, "energy");
        }
    }

    /** a + b. */
    record Sum(Expr a, Expr b) implements Expr {
        @Override
        public String sql(Dialect dialect) {
            return "(" + a.sql(dialect) + " + " + b.sql(dialect) + ")";
        }
    }

    /** factor * a. */
    record Scaled(double factor, Expr a) implements Expr {
        @Override
        public String sql(Dialect dialect) {
            return "(" + literal(factor) + " * " + a.sql(dialect) + ")";
        }
    }

    /** sqrt(a^2 + b^2), e.g. a polar angle from two slopes. */
    record Hypot(Expr a, Expr b) implements Expr {
        @Override
        public String sql(Dialect dialect) {
            String x = a.sql(dialect);
            String y = b.sql(dialect);
            return "sqrt(" + x + " * " + x + " + " + y + " * " + y + ")";
        }
    }

    /** a as a DOUBLE (true/false become 1/0), so that flags compare like numbers. */
    record AsNumber(Expr a) implements Expr {
        @Override
        public String sql(Dialect dialect) {
            return "CAST(" + a.sql(dialect) + " AS DOUBLE)";
        }
    }

    /** a, or {@code fallback} where a is null (e.g. weight 1 for real data, which has no truth). */
    record Coalesce(Expr a, double fallback) implements Expr {
        @Override
        public String sql(Dialect dialect) {
            return "coalesce(" + a.sql(dialect) + ", " + literal(fallback) + ")";
        }
    }

    /** A numeric literal that both engines read back exactly (as DOUBLE). */
    static String literal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return Double.toString(value).replace("E", "e");
    }
}
