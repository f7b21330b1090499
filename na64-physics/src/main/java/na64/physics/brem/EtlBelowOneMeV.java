package na64.physics.brem;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import na64.physics.DataFiles;
import na64.physics.Mediator;

/**
 * DMG4's exact-tree-level tables for mediator masses below 1 MeV (Bondi et al., CPC 269 (2021) 108129), used
 * as data: total cross sections off lead (etl-total-below-1mev.txt, GeV^-2 at eps = 1, x >= 0.01) and the
 * shapes dsigma/dx (etl-shape-below-1mev-*.txt, computed at E0 = 20 GeV, used at all energies as in DMG4).
 *
 * <p>Totals between the 18 tabulated masses (1 keV ... 0.9 MeV) are interpolated with a 3-point quadratic in
 * (ln m, ln sigma). DMG4 uses the same quadratic in (m, sigma), which fails where sigma falls steeply (for the
 * axial vector, sigma ~ 1/m^2, it overshoots tenfold at 5 keV); on the log scale the interpolant is exact for
 * power laws and always positive. Between 0.9 and 1 MeV DMG4 extrapolates its table with its linear-scale
 * quadratic; that extrapolated value at 1 MeV (vector: 54550 GeV^-2, i.e. 212418 pb at eps = 1e-4 - the
 * reference value of docs/physics.md) is added here as a node, so both codes agree at 1 MeV.
 *
 * <p>Shapes: linear interpolation in m between the tabulated masses (held constant above 0.9 MeV) and in x
 * between the tabulated x nodes, as DMG4 does.
 */
final class EtlBelowOneMeV {
    /** Upper end of the tables [GeV]. */
    static final double MAX_MASS = 1e-3;
    /** Lower end of the tables [GeV]. */
    static final double MIN_MASS = 1e-6;
    /** The atomic number of the target the tables were computed for (lead). */
    static final int TABLE_Z = 82;

    private static final EtlBelowOneMeV DMG4 = load();

    private final double[] totalMasses;
    private final Map<Mediator, double[]> logTotals;
    private final double[] shapeMasses;
    private final double[] shapeX;
    private final Map<Mediator, double[][]> shapes;

    private EtlBelowOneMeV(double[] totalMasses, Map<Mediator, double[]> logTotals, double[] shapeMasses,
            double[] shapeX, Map<Mediator, double[][]> shapes) {
        this.totalMasses = totalMasses;
        this.logTotals = logTotals;
        this.shapeMasses = shapeMasses;
        this.shapeX = shapeX;
        this.shapes = shapes;
    }

    static EtlBelowOneMeV dmg4() {
        return DMG4;
    }

    /** ETL total off lead [GeV^-2] at eps = 1, x >= 0.01, for MIN_MASS <= m <= MAX_MASS. */
    double totalGeV2(Mediator mediator, double mass) {
        double[] logSigma = logTotals.get(mediator);
        int n = totalMasses.length;
        // three consecutive nodes with the first interval holding m (DMG4's choice of nodes)
        int k = 0;
        while (k < n - 3 && totalMasses[k + 1] <= mass) {
            k++;
        }
        double s = Math.log(mass);
        double s0 = Math.log(totalMasses[k]);
        double s1 = Math.log(totalMasses[k + 1]);
        double s2 = Math.log(totalMasses[k + 2]);
        return Math.exp(quadratic(s, s0, s1, s2, logSigma[k], logSigma[k + 1], logSigma[k + 2]));
    }

    /** The x nodes of the shape tables (0.01 ... 0.99999). */
    double[] shapeNodes() {
        return shapeX.clone();
    }

    /** The shape dsigma/dx (arbitrary normalisation) at the x nodes, for mass m. */
    double[] shapeAt(Mediator mediator, double mass) {
        double[][] table = shapes.get(mediator);
        double m = Math.min(Math.max(mass, shapeMasses[0]), shapeMasses[shapeMasses.length - 1]);
        int i = 0;
        while (i < shapeMasses.length - 2 && shapeMasses[i + 1] < m) {
            i++;
        }
        double u = (m - shapeMasses[i]) / (shapeMasses[i + 1] - shapeMasses[i]);
        double[] shape = new double[shapeX.length];
        for (int j = 0; j < shape.length; j++) {
            shape[j] = (1 - u) * table[i][j] + u * table[i + 1][j];
        }
        return shape;
    }

    /** Lagrange quadratic through (x0, f0), (x1, f1), (x2, f2), evaluated at x. */
    static double quadratic(double x, double x0, double x1, double x2, double f0, double f1, double f2) {
        return f0 * (x - x1) * (x - x2) / ((x0 - x1) * (x0 - x2))
                + f1 * (x - x0) * (x - x2) / ((x1 - x0) * (x1 - x2))
                + f2 * (x - x0) * (x - x1) / ((x2 - x0) * (x2 - x1));
    }

    private static EtlBelowOneMeV load() {
        List<String[]> rows = DataFiles.rows(EtlBelowOneMeV.class, "etl-total-below-1mev.txt");
        String[] header = rows.get(0);
        int n = rows.size() - 1;
        double[] masses = new double[n + 1];
        double[][] sigma = new double[header.length - 1][n];
        for (int i = 0; i < n; i++) {
            double[] row = DataFiles.numbers(rows.get(i + 1), 0);
            masses[i] = row[0];
            for (int c = 1; c < header.length; c++) {
                sigma[c - 1][i] = row[c];
            }
        }
        masses[n] = MAX_MASS;
        Map<Mediator, double[]> logTotals = new EnumMap<>(Mediator.class);
        for (int c = 1; c < header.length; c++) {
            Mediator mediator = Mediator.parse(header[c]);
            double[] s = sigma[c - 1];
            double[] log = new double[n + 1];
            for (int i = 0; i < n; i++) {
                log[i] = Math.log(s[i]);
            }
            // DMG4's value at 1 MeV: its linear-scale quadratic through the last three tabulated masses
            double atOneMeV = quadratic(MAX_MASS, masses[n - 3], masses[n - 2], masses[n - 1], s[n - 3], s[n - 2], s[n - 1]);
            log[n] = Math.log(atOneMeV);
            logTotals.put(mediator, log);
        }
        double[] shapeMasses = null;
        double[] shapeX = null;
        Map<Mediator, double[][]> shapes = new EnumMap<>(Mediator.class);
        for (Mediator mediator : Mediator.values()) {
            List<String[]> shapeRows = DataFiles.rows(EtlBelowOneMeV.class, "etl-shape-below-1mev-" + mediator.cliName() + ".txt");
            double[] x = DataFiles.numbers(shapeRows.get(0), 1);
            double[] m = new double[shapeRows.size() - 1];
            double[][] table = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                double[] row = DataFiles.numbers(shapeRows.get(i + 1), 0);
                m[i] = row[0];
                table[i] = Arrays.copyOfRange(row, 1, row.length);
                if (table[i].length != x.length) {
                    throw new IllegalStateException("shape table for " + mediator + ": row " + i + " has wrong length");
                }
            }
            shapeMasses = m;
            shapeX = x;
            shapes.put(mediator, table);
        }
        return new EtlBelowOneMeV(masses, logTotals, shapeMasses, shapeX, shapes);
    }
}
