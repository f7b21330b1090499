package na64.reco.calo;

import java.util.Set;
import na64.reco.conditions.CalorimeterCalibration;
import na64.reco.process.EventStore;
import na64.reco.process.Key;
import na64.reco.process.Processor;
import na64.reco.process.RunContext;

/**
 * Calibrated cell energies: E = A x gevPerAdc of the channel; the time relative to the channel's
 * expected time. Dead channels give 0.
 */
public final class CellEnergyProcessor implements Processor {
    @Override
    public String name() {
        return "cell-energies";
    }

    @Override
    public Set<Key<?>> inputs() {
        return Set.of(CaloKeys.PULSES);
    }

    @Override
    public Set<Key<?>> outputs() {
        return Set.of(CaloKeys.CELLS);
    }

    @Override
    public void process(EventStore event, RunContext run) {
        FittedPulses p = event.get(CaloKeys.PULSES);
        int nd = p.amplitude().length;
        // per run: the calibration of each detector (a look-up by name)
        CalorimeterCalibration[] cals = run.cached(CellEnergyProcessor.class, CalorimeterCalibration[].class,
                r -> r.geometry().detectors().stream().map(d -> r.conditions().calorimeter(d.name()))
                        .toArray(CalorimeterCalibration[]::new));
        double[][] energy = new double[nd][];
        double[][] time = new double[nd][];
        for (int d = 0; d < nd; d++) {
            CalorimeterCalibration cal = cals[d];
            int n = p.amplitude()[d].length;
            energy[d] = new double[n];
            time[d] = new double[n];
            for (int c = 0; c < n; c++) {
                if (cal.dead(c) || !p.read()[d][c]) {
                    time[d][c] = Double.NaN;
                    continue;
                }
                energy[d][c] = p.amplitude()[d][c] * cal.gevPerAdc(c);
                time[d][c] = p.time()[d][c] - cal.timeOffset(c);
            }
        }
        event.put(CaloKeys.CELLS, new CellEnergies(energy, time));
    }
}
