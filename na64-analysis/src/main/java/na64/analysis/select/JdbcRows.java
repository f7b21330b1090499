package na64.analysis.select;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The rows of a JDBC result set as {@link ResultRow}s, read once, as they are fetched. */
final class JdbcRows implements Iterator<ResultRow>, ResultRow {
    /** An SQLException while iterating (Iterator cannot throw a checked one). */
    static final class Failure extends RuntimeException {
        Failure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private final ResultSet rs;
    private Boolean ahead; // null: not yet looked; true: rs is on a row not yet returned

    JdbcRows(ResultSet rs) {
        this.rs = rs;
    }

    @Override
    public boolean hasNext() {
        if (ahead == null) {
            try {
                ahead = rs.next();
            } catch (SQLException e) {
                throw new Failure(e);
            }
        }
        return ahead;
    }

    @Override
    public ResultRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ahead = null;
        return this; // a view of the current row: valid until the next call
    }

    @Override
    public long getLong(String column) {
        try {
            return rs.getLong(column);
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    @Override
    public double getDouble(String column) {
        try {
            return rs.getDouble(column);
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    @Override
    public boolean isNull(String column) {
        try {
            rs.getObject(column);
            return rs.wasNull();
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }
}
