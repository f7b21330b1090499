package na64.reach.report;

import java.nio.file.Path;
import na64.core.CsvTable;
import na64.core.InputException;

/**
 * Reference curves from CSV files ({@link CsvTable}: a header row, '#' comment lines): two
 * columns mass,coupling (a limit curve, or a closed contour in drawing order) or three columns
 * mass,low,high (an excluded band). Errors name the file and line.
 */
public final class ReferenceCurves {
    private static final String FIELD = "reference";

    private ReferenceCurves() {
    }

    public static Curve read(Path file, String label) {
        CsvTable table = CsvTable.read(file, FIELD).requireColumnCount("2 columns (mass,coupling) or 3 (mass,low,high)", 2, 3);
        if (table.rows() < 2) {
            throw new InputException(FIELD, file + ": a reference curve needs at least 2 points");
        }
        double[] x = table.column(0);
        double[] a = table.column(1);
        if (table.header().size() == 3) {
            return Curve.band(label, x, a, table.column(2));
        }
        return Curve.line(label, x, a);
    }
}
