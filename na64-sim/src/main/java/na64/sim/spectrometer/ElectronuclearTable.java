package na64.sim.spectrometer;

import java.util.List;
import na64.physics.Lepton;
import na64.physics.material.Material;
import na64.physics.sm.Electronuclear;
import na64.physics.sm.PhotonuclearFinalState;

/**
 * Electronuclear interactions in one beam-line material, for transfers above the options' minimum:
 * the cross section per gram [cm^2/g] tabulated in ln E, which element a given interaction hits
 * and that element's transfer and final state. Immutable, shared by threads.
 */
final class ElectronuclearTable {
    private static final double LN_E_MIN = Math.log(0.5);
    private static final double LN_E_MAX = Math.log(1000);
    private static final int POINTS = 72;

    private final Material material;
    private final double minTransfer;
    private final Electronuclear[] nuclei;
    private final PhotonuclearFinalState[] finalStates;
    private final double[] atomsPerGram;
    private final double[] perGram = new double[POINTS];

    ElectronuclearTable(Material material, double minTransfer) {
        this.material = material;
        this.minTransfer = minTransfer;
        List<Material.Component> composition = material.composition();
        int n = composition.size();
        nuclei = new Electronuclear[n];
        finalStates = new PhotonuclearFinalState[n];
        atomsPerGram = new double[n];
        for (int i = 0; i < n; i++) {
            Material.Component c = composition.get(i);
            nuclei[i] = Electronuclear.of(c.element(), Lepton.ELECTRON);
            finalStates[i] = PhotonuclearFinalState.of(c.element());
            atomsPerGram[i] = c.atomsPerCm3() / material.density();
        }
        for (int k = 0; k < POINTS; k++) {
            double energy = Math.exp(LN_E_MIN + (LN_E_MAX - LN_E_MIN) * k / (POINTS - 1));
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += partial(i, energy);
            }
            perGram[k] = sum;
        }
    }

    /** Element i's share of the cross section per gram [cm^2/g] at lepton energy E. */
    private double partial(int i, double energy) {
        return atomsPerGram[i] * nuclei[i].sigmaAbove(energy, minTransfer) * na64.physics.PhysicalConstants.PB_CM2;
    }

    double minTransfer() {
        return minTransfer;
    }

    /** Cross section per gram [cm^2/g] for a lepton of energy E [GeV] (linear in ln E between the grid points; 0 below it). */
    double perGram(double energy) {
        double u = (Math.log(energy) - LN_E_MIN) / (LN_E_MAX - LN_E_MIN) * (POINTS - 1);
        if (!(u >= 0)) {
            return 0;
        }
        if (u >= POINTS - 1) {
            return perGram[POINTS - 1];
        }
        int k = (int) u;
        double f = u - k;
        return (1 - f) * perGram[k] + f * perGram[k + 1];
    }

    /** The element an interaction at lepton energy E hits, from a uniform variate (index into the composition). */
    int element(double energy, double uniform) {
        return material.pickComponent(i -> nuclei[i].sigmaAbove(energy, minTransfer), uniform);
    }

    Electronuclear nucleus(int element) {
        return nuclei[element];
    }

    PhotonuclearFinalState finalState(int element) {
        return finalStates[element];
    }
}
