package na64.physics.brem.validation;

import na64.physics.Mediator;
import na64.physics.brem.KFactors;

/**
 * Estimates the error of the bilinear K-factor interpolation (na64 and DMG4) between the table nodes as the
 * difference of linear and cubic interpolation: cubic = 4-point Lagrange through the nearest nodes, along E0 at a
 * mass node or along ln m at an energy node. sigma_ETL = sigma_IWW/K inherits this error, sigma_IWW being exact.
 */
record KFactorSmoothness(KFactors kFactors, Mediator mediator) {

    double[] masses() {
        return kFactors.masses(mediator);
    }

    double[] energies() {
        return kFactors.energies(mediator);
    }

    /** linear/cubic - 1 in the middle of the energy cell [energies[j], energies[j + 1]] at the node mass m. */
    double alongEnergy(double m, int j) {
        double[] energies = energies();
        double[] nodes = new double[energies.length];
        for (int n = 0; n < energies.length; n++) {
            nodes[n] = kFactors.value(mediator, m, energies[n]);
        }
        double mid = 0.5 * (energies[j] + energies[j + 1]);
        return kFactors.value(mediator, m, mid) / lagrange4(energies, nodes, mid) - 1;
    }

    /** linear/cubic - 1 in the middle of the mass cell [masses[i], masses[i + 1]] at the node energy e0. */
    double alongMass(int i, double e0) {
        double[] masses = masses();
        double mid = 0.5 * (masses[i] + masses[i + 1]);
        return kFactors.value(mediator, mid, e0) / cubicInLogMass(mid, e0) - 1;
    }

    /** K at any mass and a node energy, cubic in ln m through the 4 nearest mass nodes. */
    double cubicInLogMass(double m, double e0) {
        double[] masses = masses();
        double[] logMasses = new double[masses.length];
        double[] nodes = new double[masses.length];
        for (int n = 0; n < masses.length; n++) {
            logMasses[n] = Math.log(masses[n]);
            nodes[n] = kFactors.value(mediator, masses[n], e0);
        }
        return lagrange4(logMasses, nodes, Math.log(m));
    }

    /** Lagrange interpolation through the 4 grid nodes nearest to x (the first or last 4 at the edges). */
    static double lagrange4(double[] grid, double[] values, double x) {
        int i = 0;
        while (i + 1 < grid.length && grid[i + 1] <= x) {
            i++;
        }
        int start = Math.max(0, Math.min(i - 1, grid.length - 4));
        double sum = 0;
        for (int a = start; a < start + 4; a++) {
            double term = values[a];
            for (int b = start; b < start + 4; b++) {
                if (b != a) {
                    term *= (x - grid[b]) / (grid[a] - grid[b]);
                }
            }
            sum += term;
        }
        return sum;
    }
}
