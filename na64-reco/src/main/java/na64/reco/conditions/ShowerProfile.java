package na64.reco.conditions;

import java.util.Arrays;
import na64.core.InputException;

/**
 * The expected shape of an electron shower in the ECAL, measured from electron data by
 * {@link na64.reco.calibration.ShowerProfileCalibration}, against which the reconstruction
 * computes shower-shape chi2 values.
 *
 * <p><b>Lateral:</b> the fractions of the ECAL energy in the 3 x 3 towers around the tower with
 * the most energy (cell k = (dy + 1) * 3 + (dx + 1)), as mean and r.m.s. in {@code bins x bins}
 * bins of the shower centre's offset from the centre of that tower, in units of the cell pitch
 * (u, v in [-1/2, 1/2]); either one set for all energies or one set per energy bin (the fractions
 * fluctuate roughly as 1/sqrt(E), so a 10 GeV shower measured against 100 GeV electrons would look
 * far too irregular). A shower outside the energy bins is compared with the nearest bin.
 *
 * <p><b>Longitudinal:</b> the fraction of the ECAL energy in the pre-shower section, mean and
 * r.m.s. in bins of the ECAL energy.
 */
public final class ShowerProfile implements java.io.Serializable {
    /** Cells of the lateral window. */
    public static final int WINDOW = 9;

    private final int bins;
    private final int lateralSets;
    private final double[] lateralMean;
    private final double[] lateralSigma;
    private final double[] energyEdges;
    private final double[] longitudinalMean;
    private final double[] longitudinalSigma;

    /**
     * @param bins               offset bins per axis
     * @param lateralMean        [((e * bins + iu) * bins + iv) * 9 + cell] for energy bin e: bins^2 x 9 values
     *                           (one set for all energies) or n x bins^2 x 9 (one set per energy bin)
     * @param lateralSigma       same layout, > 0 (0 marks a cell without data: skipped)
     * @param energyEdges        increasing bin edges of the ECAL energy [GeV] (n + 1 values)
     * @param longitudinalMean   pre-shower fraction per energy bin (n values)
     * @param longitudinalSigma  its r.m.s. per energy bin (n values)
     */
    public ShowerProfile(int bins, double[] lateralMean, double[] lateralSigma, double[] energyEdges,
                         double[] longitudinalMean, double[] longitudinalSigma) {
        if (energyEdges.length < 2 || longitudinalMean.length != energyEdges.length - 1
                || longitudinalSigma.length != longitudinalMean.length) {
            throw new InputException("showerProfile", "longitudinal profile needs n + 1 energy edges and n means and sigmas");
        }
        int set = bins * bins * WINDOW;
        int energyBins = energyEdges.length - 1;
        if (bins < 1 || lateralMean.length != set && lateralMean.length != energyBins * set
                || lateralSigma.length != lateralMean.length) {
            throw new InputException("showerProfile", "lateral profile needs bins^2 x 9 = " + set + " (or n energy bins x "
                    + set + " = " + energyBins * set + ") mean and sigma values, got " + lateralMean.length + " and "
                    + lateralSigma.length);
        }
        for (int i = 1; i < energyEdges.length; i++) {
            if (!(energyEdges[i] > energyEdges[i - 1])) {
                throw new InputException("showerProfile", "energy edges must increase: " + Arrays.toString(energyEdges));
            }
        }
        this.bins = bins;
        this.lateralSets = lateralMean.length / set;
        this.lateralMean = lateralMean.clone();
        this.lateralSigma = lateralSigma.clone();
        this.energyEdges = energyEdges.clone();
        this.longitudinalMean = longitudinalMean.clone();
        this.longitudinalSigma = longitudinalSigma.clone();
    }

    public int bins() {
        return bins;
    }

    /** The offset bin of u in [-1/2, 1/2] (clamped). */
    public int bin(double u) {
        int b = (int) Math.floor((u + 0.5) * bins);
        return Math.max(0, Math.min(bins - 1, b));
    }

    /** Lateral sets: 1 (all energies) or the number of energy bins. */
    public int lateralSets() {
        return lateralSets;
    }

    /** The lateral set for a shower of {@code energy} [GeV]: its energy bin, the nearest one outside the bins. */
    public int lateralSet(double energy) {
        if (lateralSets == 1) {
            return 0;
        }
        if (!(energy >= energyEdges[0])) {
            return 0;
        }
        int i = energyBin(energy);
        return i >= 0 ? i : lateralSets - 1;
    }

    public double lateralMean(int set, int iu, int iv, int cell) {
        return lateralMean[index(set, iu, iv, cell)];
    }

    public double lateralSigma(int set, int iu, int iv, int cell) {
        return lateralSigma[index(set, iu, iv, cell)];
    }

    private int index(int set, int iu, int iv, int cell) {
        return ((set * bins + iu) * bins + iv) * WINDOW + cell;
    }

    /**
     * chi2 = sum over the window of ((f_k - mean_k) / sigma_k)^2, for fractions {@code f} (NaN
     * for a cell outside the detector: skipped), the centre offset (u, v) and the shower energy
     * [GeV] (selects the lateral set). NaN if no term.
     */
    public double lateralChi2(double[] fractions, double u, double v, double energy) {
        int set = lateralSet(energy);
        int iu = bin(u);
        int iv = bin(v);
        double chi2 = 0;
        int terms = 0;
        for (int k = 0; k < WINDOW; k++) {
            double s = lateralSigma(set, iu, iv, k);
            if (Double.isNaN(fractions[k]) || !(s > 0)) {
                continue;
            }
            double d = (fractions[k] - lateralMean(set, iu, iv, k)) / s;
            chi2 += d * d;
            terms++;
        }
        return terms > 0 ? chi2 : Double.NaN;
    }

    /** chi2 of the pre-shower fraction at ECAL energy {@code energy}; NaN outside the energy bins. */
    public double longitudinalChi2(double preshowerFraction, double energy) {
        int i = energyBin(energy);
        if (i < 0 || !(longitudinalSigma[i] > 0)) {
            return Double.NaN;
        }
        double d = (preshowerFraction - longitudinalMean[i]) / longitudinalSigma[i];
        return d * d;
    }

    /** The energy bin containing E, or -1. */
    public int energyBin(double energy) {
        if (!(energy >= energyEdges[0]) || energy >= energyEdges[energyEdges.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(energyEdges, energy);
        return i >= 0 ? i : -i - 2;
    }

    public double[] energyEdges() {
        return energyEdges.clone();
    }

    public double longitudinalMean(int energyBin) {
        return longitudinalMean[energyBin];
    }

    public double longitudinalSigma(int energyBin) {
        return longitudinalSigma[energyBin];
    }
}
