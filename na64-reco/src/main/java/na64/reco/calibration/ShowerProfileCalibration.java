package na64.reco.calibration;

import na64.core.InputException;
import na64.event.reco.RecoEvent;
import na64.reco.calo.EcalShowerProcessor;
import na64.reco.conditions.ShowerProfile;
import na64.reco.geometry.WaveformDetector;

/**
 * The electron shower profile of the ECAL ({@link ShowerProfile}) from a sample of electron
 * events: per energy bin, mean and r.m.s. of the 3 x 3 tower fractions per bin of the shower
 * centre's offset in the hottest tower, and of the pre-shower fraction. Showers outside the energy
 * bins are not used. The lateral shape is symmetric
 * under x -> -x and y -> -y (square cells, normal incidence), so each event also fills its mirror
 * images, which quadruples the statistics per bin.
 */
public final class ShowerProfileCalibration {
    private final WaveformDetector ecal;
    private final int bins;
    private final double[] energyEdges;
    private final double logWeight;
    private final double[] n;
    private final double[] sum;
    private final double[] sum2;
    private final double[] ln;
    private final double[] lsum;
    private final double[] lsum2;
    private long events;

    public ShowerProfileCalibration(WaveformDetector ecal, int bins, double[] energyEdges, double logWeight) {
        this.ecal = ecal;
        this.bins = bins;
        this.energyEdges = energyEdges.clone();
        this.logWeight = logWeight;
        int size = (energyEdges.length - 1) * bins * bins * ShowerProfile.WINDOW;
        n = new double[size];
        sum = new double[size];
        sum2 = new double[size];
        ln = new double[energyEdges.length - 1];
        lsum = new double[ln.length];
        lsum2 = new double[ln.length];
    }

    /** Adds an electron event: the ECAL channel energies [GeV]. */
    public void add(double[] cells) {
        RecoEvent.EcalShower s = EcalShowerProcessor.shower(ecal, cells, new double[cells.length], null, logWeight);
        if (s.maxCell() < 0 || !(s.energy() > 0)) {
            return;
        }
        int e = energyBin(s.energy());
        if (e < 0) {
            return;
        }
        events++;
        int ix = s.maxCell() % ecal.nx();
        int iy = s.maxCell() / ecal.nx();
        double[] tower = new double[ecal.cells()];
        for (int ch = 0; ch < cells.length; ch++) {
            tower[ch % ecal.cells()] += cells[ch];
        }
        double u = (s.x() - ecal.cellX(ix)) / ecal.pitchX();
        double v = (s.y() - ecal.cellY(iy)) / ecal.pitchY();
        for (int mx = -1; mx <= 1; mx += 2) {
            for (int my = -1; my <= 1; my += 2) {
                int iu = bin(mx * u);
                int iv = bin(my * v);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int jx = ix + dx;
                        int jy = iy + dy;
                        if (jx < 0 || jx >= ecal.nx() || jy < 0 || jy >= ecal.ny()) {
                            continue;
                        }
                        double f = tower[jy * ecal.nx() + jx] / s.energy();
                        // in the mirrored image, cell (dx, dy) sits at (mx dx, my dy)
                        int k = (my * dy + 1) * 3 + (mx * dx + 1);
                        int i = ((e * bins + iu) * bins + iv) * ShowerProfile.WINDOW + k;
                        n[i]++;
                        sum[i] += f;
                        sum2[i] += f * f;
                    }
                }
            }
        }
        if (ecal.sections() > 1) {
            double f = s.preshowerEnergy() / s.energy();
            ln[e]++;
            lsum[e] += f;
            lsum2[e] += f * f;
        }
    }

    private int bin(double u) {
        return Math.max(0, Math.min(bins - 1, (int) Math.floor((u + 0.5) * bins)));
    }

    private int energyBin(double energy) {
        for (int i = 0; i + 1 < energyEdges.length; i++) {
            if (energy >= energyEdges[i] && energy < energyEdges[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    /** Showers used (inside the energy bins). */
    public long events() {
        return events;
    }

    /** The profile; bins with fewer than {@code minEntries} entries get sigma 0 (not used in the chi2). */
    public ShowerProfile result(int minEntries) {
        if (events == 0) {
            throw new InputException("events", "no electron events for the shower profile");
        }
        double[] mean = new double[n.length];
        double[] sigma = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            if (n[i] >= minEntries) {
                mean[i] = sum[i] / n[i];
                sigma[i] = Math.sqrt(Math.max(0, sum2[i] / n[i] - mean[i] * mean[i]));
            }
        }
        double[] lm = new double[ln.length];
        double[] ls = new double[ln.length];
        for (int i = 0; i < ln.length; i++) {
            if (ln[i] >= minEntries) {
                lm[i] = lsum[i] / ln[i];
                ls[i] = Math.sqrt(Math.max(0, lsum2[i] / ln[i] - lm[i] * lm[i]));
            }
        }
        return new ShowerProfile(bins, mean, sigma, energyEdges, lm, ls);
    }
}
