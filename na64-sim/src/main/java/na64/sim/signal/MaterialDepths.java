package na64.sim.signal;

import na64.sim.cascade.EmTables;
import na64.sim.cascade.EnergyTable;

/**
 * A charged-lepton process in one material from its per-element macroscopic cross sections
 * Sigma_i(E) [1/cm]: the total Sigma(E), the optical depths D(E) = int Sigma / L dE' of electrons
 * and positrons slowing down with the cascade's loss L, and the choice of the struck element.
 * Tabulated in ln E from the cut to the top of the cascade's tables; immutable.
 */
final class MaterialDepths {
    private final EnergyTable[] elementSigma;
    private final EnergyTable sigma;
    private final EnergyTable depthElectron;
    private final EnergyTable depthPositron;
    private final double lowest;

    MaterialDepths(EnergyTable[] elementSigma, EmTables em) {
        this.elementSigma = elementSigma;
        double lo = em.cut();
        double hi = EmTables.maxEnergy();
        this.lowest = lo;
        sigma = EnergyTable.of(e -> {
            double s = 0;
            for (EnergyTable t : elementSigma) {
                s += t.value(e);
            }
            return s;
        }, lo, hi, EmTables.PER_DECADE);
        depthElectron = EnergyTable.of(e -> sigma.value(e) / em.loss(false, e), lo, hi, EmTables.PER_DECADE);
        depthPositron = EnergyTable.of(e -> sigma.value(e) / em.loss(true, e), lo, hi, EmTables.PER_DECADE);
    }

    /** Sigma(E) [1/cm], unbiased. */
    double sigma(double energy) {
        return sigma.value(energy);
    }

    EnergyTable depth(boolean positron) {
        return positron ? depthPositron : depthElectron;
    }

    /**
     * The index of the struck element, with probability Sigma_i(E) / Sigma(E) ({@code uniform} in [0, 1));
     * below the tables (a lepton inside a parameterised shower) the shares at the cut.
     */
    int element(double energy, double uniform) {
        energy = Math.max(energy, lowest);
        double u = uniform * sigma.value(energy);
        for (int i = 0; i < elementSigma.length - 1; i++) {
            u -= elementSigma[i].value(energy);
            if (u < 0) {
                return i;
            }
        }
        return elementSigma.length - 1;
    }
}
