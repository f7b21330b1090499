package na64.physics.brem;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import na64.physics.DataFiles;
import na64.physics.Mediator;

/**
 * The K-factors K_X(m, E0) = sigma_IWW / sigma_ETL of dark bremsstrahlung off e-/e+ in lead, published as
 * numbers in DMG4 (Bondi et al., CPC 269 (2021) 108129; ETL calculation of Gninenko, Kirpichnikov, Kirsanov,
 * Krasnikov, PLB 782 (2018) 406). Data files: kfactor-{vector,scalar,pseudoscalar,axial}.txt, whose headers
 * record the source versions and the two corrections (mass grid 0.03/0.04 GeV; no stray factor 1.1).
 *
 * <p>Grid: m = 1 MeV ... 3 GeV (44 masses), E0 = 20 ... 160 GeV (8 energies). Between grid points K is
 * interpolated bilinearly in (m, E0), exactly as DMG4 does, so the two codes agree everywhere inside the
 * grid. Outside, K is taken at the nearest edge of the grid (DMG4 does the same); {@link #covers} tells the
 * caller, who reports it. The stored scalar and axial tables end at 1 GeV: above, the pseudoscalar and vector
 * tables are used. This is justified by the data themselves: for m >= 0.2 GeV, where the lepton mass is
 * negligible and chirality makes S and P (V and A) identical, K_S/K_P and K_A/K_V differ from 1 by < 1e-4
 * (checked by KFactorsTest).
 */
public final class KFactors {
    private static final KFactors DMG4 = load();

    private final Map<Mediator, Grid> grids;

    private KFactors(Map<Mediator, Grid> grids) {
        this.grids = grids;
    }

    /** The DMG4 tables (loaded once; immutable). */
    public static KFactors dmg4() {
        return DMG4;
    }

    /** K_X(m, E0), bilinear inside the grid, nearest edge outside. */
    public double value(Mediator mediator, double mass, double e0) {
        return grids.get(mediator).interpolate(mass, e0);
    }

    /** Whether (m, E0) lies inside the tabulated grid (no edge value substituted). */
    public boolean covers(Mediator mediator, double mass, double e0) {
        Grid g = grids.get(mediator);
        return mass >= g.masses[0] && mass <= g.masses[g.masses.length - 1]
                && e0 >= g.energies[0] && e0 <= g.energies[g.energies.length - 1];
    }

    /** The tabulated masses [GeV] (after the substitution above 1 GeV described in the class comment). */
    public double[] masses(Mediator mediator) {
        return grids.get(mediator).masses.clone();
    }

    /** The tabulated beam energies [GeV]. */
    public double[] energies(Mediator mediator) {
        return grids.get(mediator).energies.clone();
    }

    /** The table as published (rows of the data file only), for tests. */
    static Grid published(Mediator mediator) {
        return Grid.read("kfactor-" + mediator.cliName() + ".txt");
    }

    private static KFactors load() {
        Map<Mediator, Grid> grids = new EnumMap<>(Mediator.class);
        for (Mediator m : Mediator.values()) {
            grids.put(m, published(m));
        }
        // Scalar and axial tables stop at 1 GeV: continue them with their chiral partners (class comment).
        grids.put(Mediator.SCALAR, grids.get(Mediator.SCALAR).extendedWith(grids.get(Mediator.PSEUDOSCALAR)));
        grids.put(Mediator.AXIAL, grids.get(Mediator.AXIAL).extendedWith(grids.get(Mediator.VECTOR)));
        return new KFactors(grids);
    }

    /** K on a (mass, energy) grid. */
    record Grid(double[] masses, double[] energies, double[][] values) {

        static Grid read(String resource) {
            List<String[]> rows = DataFiles.rows(KFactors.class, resource);
            String[] header = rows.get(0);
            if (!header[0].equals("E0")) {
                throw new IllegalStateException(resource + ": first data line must list the energies (E0 ...)");
            }
            double[] energies = DataFiles.numbers(header, 1);
            double[] masses = new double[rows.size() - 1];
            double[][] values = new double[masses.length][];
            for (int i = 1; i < rows.size(); i++) {
                double[] row = DataFiles.numbers(rows.get(i), 0);
                if (row.length != energies.length + 1) {
                    throw new IllegalStateException(resource + ": row " + i + " has " + row.length + " numbers");
                }
                masses[i - 1] = row[0];
                values[i - 1] = Arrays.copyOfRange(row, 1, row.length);
                if (i > 1 && !(masses[i - 1] > masses[i - 2])) {
                    throw new IllegalStateException(resource + ": masses must increase (row " + i + ")");
                }
            }
            return new Grid(masses, energies, values);
        }

        /** This grid followed by the rows of {@code other} above this grid's last mass. */
        Grid extendedWith(Grid other) {
            double last = masses[masses.length - 1];
            int from = 0;
            while (from < other.masses.length && other.masses[from] <= last * (1 + 1e-9)) {
                from++;
            }
            int n = masses.length + other.masses.length - from;
            double[] m = Arrays.copyOf(masses, n);
            double[][] v = Arrays.copyOf(values, n);
            for (int i = from; i < other.masses.length; i++) {
                m[masses.length + i - from] = other.masses[i];
                v[masses.length + i - from] = other.values[i];
            }
            return new Grid(m, energies, v);
        }

        /** Bilinear interpolation; arguments outside the grid are moved to its nearest edge. */
        double interpolate(double mass, double e0) {
            double m = clamp(mass, masses);
            double e = clamp(e0, energies);
            int i = cell(m, masses);
            int j = cell(e, energies);
            double u = (m - masses[i]) / (masses[i + 1] - masses[i]);
            double v = (e - energies[j]) / (energies[j + 1] - energies[j]);
            return (1 - u) * (1 - v) * values[i][j] + u * (1 - v) * values[i + 1][j]
                    + (1 - u) * v * values[i][j + 1] + u * v * values[i + 1][j + 1];
        }

        private static double clamp(double value, double[] grid) {
            return Math.min(Math.max(value, grid[0]), grid[grid.length - 1]);
        }

        /** The index i with grid[i] <= value <= grid[i + 1]. */
        private static int cell(double value, double[] grid) {
            int i = Arrays.binarySearch(grid, value);
            if (i < 0) {
                i = -i - 2;
            }
            return Math.min(Math.max(i, 0), grid.length - 2);
        }
    }
}
