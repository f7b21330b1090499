package na64.reco.calo;

import java.util.Set;
import na64.event.reco.RecoEvent;
import na64.reco.conditions.ShowerProfile;
import na64.reco.geometry.ReadoutType;
import na64.reco.geometry.WaveformDetector;
import na64.reco.process.EventStore;
import na64.reco.process.Key;
import na64.reco.process.Processor;
import na64.reco.process.RunContext;

/**
 * The ECAL shower: total and pre-shower energy, the tower with the most energy, the shower centre
 * from logarithmic weights w_i = max(0, W0 + ln(E_i/E)) of the towers (sections summed;
 * T. C. Awes et al., NIM A311 (1992) 130), the energy-weighted time, and the lateral and
 * longitudinal chi2 against the electron {@link ShowerProfile} of the conditions (NaN without one).
 */
public final class EcalShowerProcessor implements Processor {
    @Override
    public String name() {
        return "ecal-shower";
    }

    @Override
    public Set<Key<?>> inputs() {
        return Set.of(CaloKeys.CELLS);
    }

    @Override
    public Set<Key<?>> outputs() {
        return Set.of(CaloKeys.ECAL);
    }

    @Override
    public void process(EventStore event, RunContext run) {
        CellEnergies cells = event.get(CaloKeys.CELLS);
        // (per run: the geometry's look-up builds a stream)
        int[] ecal = run.cached(EcalShowerProcessor.class, int[].class, r -> r.geometry().ofType(ReadoutType.ECAL));
        if (ecal.length == 0) {
            event.put(CaloKeys.ECAL, new RecoEvent.EcalShower(0, 0, Double.NaN, Double.NaN, -1, Double.NaN, Double.NaN,
                    Double.NaN, new double[0]));
            return;
        }
        int d = ecal[0];
        event.put(CaloKeys.ECAL, shower(run.geometry().detectors().get(d), cells.energy()[d], cells.time()[d],
                run.conditions().showerProfile(), run.config().logWeight()));
    }

    /** The shower of one ECAL from its channel energies and times. */
    public static RecoEvent.EcalShower shower(WaveformDetector det, double[] energy, double[] time, ShowerProfile profile,
                                              double logWeight) {
        int cells = det.cells();
        double[] tower = new double[cells];
        double total = 0;
        double preshower = 0;
        double tw = 0;
        double ts = 0;
        for (int ch = 0; ch < energy.length; ch++) {
            tower[ch % cells] += energy[ch];
            total += energy[ch];
            if (det.sections() > 1 && ch < cells) {
                preshower += energy[ch];
            }
            if (!Double.isNaN(time[ch]) && energy[ch] > 0) {
                tw += energy[ch];
                ts += energy[ch] * time[ch];
            }
        }
        int max = -1;
        for (int c = 0; c < cells; c++) {
            if (tower[c] > 0 && (max < 0 || tower[c] > tower[max])) {
                max = c;
            }
        }
        double x = Double.NaN;
        double y = Double.NaN;
        double lateral = Double.NaN;
        double longitudinal = Double.NaN;
        if (max >= 0 && total > 0) {
            double sw = 0;
            double sx = 0;
            double sy = 0;
            for (int c = 0; c < cells; c++) {
                if (tower[c] <= 0) {
                    continue;
                }
                double w = Math.max(0, logWeight + Math.log(tower[c] / total));
                sw += w;
                sx += w * det.cellX(c % det.nx());
                sy += w * det.cellY(c / det.nx());
            }
            x = sx / sw;
            y = sy / sw;
            if (profile != null) {
                int ix = max % det.nx();
                int iy = max / det.nx();
                double[] fractions = new double[ShowerProfile.WINDOW];
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int jx = ix + dx;
                        int jy = iy + dy;
                        boolean inside = jx >= 0 && jx < det.nx() && jy >= 0 && jy < det.ny();
                        fractions[(dy + 1) * 3 + dx + 1] = inside ? tower[jy * det.nx() + jx] / total : Double.NaN;
                    }
                }
                double u = (x - det.cellX(ix)) / det.pitchX();
                double v = (y - det.cellY(iy)) / det.pitchY();
                lateral = profile.lateralChi2(fractions, u, v, total);
                if (det.sections() > 1) {
                    longitudinal = profile.longitudinalChi2(preshower / total, total);
                }
            }
        }
        return new RecoEvent.EcalShower(total, preshower, x, y, max, tw > 0 ? ts / tw : Double.NaN, lateral,
                longitudinal, energy.clone());
    }
}
