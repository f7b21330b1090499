package na64.plot;

import java.nio.file.Path;
import na64.core.CsvTable;
import na64.core.InputException;

/**
 * A reference curve from a user CSV file (another experiment's limit, a published curve): a
 * {@link CsvTable} of two columns x,y (a header row, then one point per row; '#' lines are
 * comments). Errors name the file and line.
 */
public final class ReferenceCurve {
    private static final String FIELD = "reference curve";

    private ReferenceCurve() {
    }

    /** Reads the file into a dashed grey line labelled {@code label}; restyle with {@link Line#style}. */
    public static Line read(Path file, String label) {
        return of(CsvTable.read(file, FIELD), label);
    }

    /** The line of an already read table. */
    static Line of(CsvTable table, String label) {
        table.requireColumnCount("two columns x,y", 2);
        if (table.rows() < 2) {
            throw new InputException(FIELD, table.source() + ": a reference curve needs at least 2 points, found " + table.rows());
        }
        return new Line(table.column(0), table.column(1), LineStyle.dashed(new Rgb(90, 90, 90), 1.8), label);
    }
}
