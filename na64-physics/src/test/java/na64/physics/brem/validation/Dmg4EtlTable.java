package na64.physics.brem.validation;

import java.util.Arrays;
import java.util.List;
import na64.physics.Mediator;

/**
 * DMG4's own reference ETL totals (e- in Pb, eps = 1e-4, pb) on 62 masses x 8 beam energies, the numbers its
 * cross-section regression test (examples/.../testCS) compares DMG4 against with a 0.5 % tolerance. Files
 * dmg4-etl-{vector,scalar,pseudoscalar,axial}.txt; their headers give the DMG4 files and commits.
 *
 * @param massesGeV mediator masses [GeV]
 * @param energies  beam energies [GeV]
 * @param sigmaPb   sigmaPb[i][j] at massesGeV[i], energies[j] [pb]
 */
record Dmg4EtlTable(Mediator mediator, double[] massesGeV, double[] energies, double[][] sigmaPb) {
    /** The coupling at which DMG4 quotes the table. */
    static final double EPSILON = 1e-4;

    static Dmg4EtlTable load(Mediator mediator) {
        List<String> lines = ReferenceFiles.lines("dmg4-etl-" + mediator.cliName() + ".txt");
        String[] header = lines.get(0).split("\\s+");
        if (!header[0].equals("E0")) {
            throw new IllegalStateException("first data line of the DMG4 table must list the energies");
        }
        double[] energies = Arrays.stream(header).skip(1).mapToDouble(Double::parseDouble).toArray();
        double[] masses = new double[lines.size() - 1];
        double[][] sigma = new double[masses.length][];
        for (int i = 0; i < masses.length; i++) {
            double[] row = Arrays.stream(lines.get(i + 1).split("\\s+")).mapToDouble(Double::parseDouble).toArray();
            if (row.length != energies.length + 1) {
                throw new IllegalStateException("DMG4 " + mediator + " row " + i + " has " + row.length + " numbers");
            }
            masses[i] = row[0] * 1e-3; // MeV in the file
            sigma[i] = Arrays.copyOfRange(row, 1, row.length);
        }
        return new Dmg4EtlTable(mediator, masses, energies, sigma);
    }

    /**
     * Whether DMG4 moves this point before interpolating its K-factor: it takes E0 = 1.005 x 20 GeV and
     * 0.995 x 160 GeV on the edges of its energy grid and 0.995 x 3 GeV on the upper mass edge (KfactorApproximate),
     * na64 the grid value itself.
     */
    boolean onKFactorEdge(int massIndex, int energyIndex) {
        double m = massesGeV[massIndex];
        boolean kFactorRange = m > 1e-3 * (1 + 1e-9);
        boolean energyEdge = energyIndex == 0 || energyIndex == energies.length - 1;
        return kFactorRange && (energyEdge || m >= 3.0 * (1 - 1e-9));
    }
}
