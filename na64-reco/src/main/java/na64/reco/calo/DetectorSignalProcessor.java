package na64.reco.calo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import na64.event.reco.RecoEvent;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.geometry.ReadoutType;
import na64.reco.process.EventStore;
import na64.reco.process.Key;
import na64.reco.process.Processor;
import na64.reco.process.RunContext;

/**
 * Energies and times of every waveform-read detector, with the VETO (group "VETO") and the SRD
 * (read-out type SRD) singled out for the selection.
 */
public final class DetectorSignalProcessor implements Processor {
    /** The detector group of the veto counters behind the ECAL. */
    public static final String VETO_GROUP = "VETO";

    @Override
    public String name() {
        return "detector-signals";
    }

    @Override
    public Set<Key<?>> inputs() {
        return Set.of(CaloKeys.CELLS);
    }

    @Override
    public Set<Key<?>> outputs() {
        return Set.of(CaloKeys.SIGNALS);
    }

    /** Per run: the detectors of the VETO group and the SRD (the geometry's look-ups build streams). */
    private record Groups(int[] veto, int[] srd) {
    }

    @Override
    public void process(EventStore event, RunContext run) {
        CellEnergies cells = event.get(CaloKeys.CELLS);
        Groups groups = run.cached(DetectorSignalProcessor.class, Groups.class,
                r -> new Groups(r.geometry().group(VETO_GROUP), r.geometry().ofType(ReadoutType.SRD)));
        ReadoutGeometry g = run.geometry();
        List<RecoEvent.DetectorSignal> all = new ArrayList<>(g.detectors().size());
        for (int d = 0; d < g.detectors().size(); d++) {
            all.add(new RecoEvent.DetectorSignal(g.detectors().get(d).name(), cells.total(d), cells.time(d)));
        }
        double vetoEnergy = 0;
        double vetoWeighted = 0;
        double vetoWeight = 0;
        for (int d : groups.veto()) {
            double e = cells.total(d);
            vetoEnergy += e;
            double t = cells.time(d);
            if (!Double.isNaN(t) && e > 0) {
                vetoWeighted += e * t;
                vetoWeight += e;
            }
        }
        int[] srd = groups.srd();
        double srdEnergy = 0;
        double srdTime = Double.NaN;
        double[] srdCells = new double[0];
        if (srd.length > 0) {
            srdEnergy = cells.total(srd[0]);
            srdTime = cells.time(srd[0]);
            srdCells = cells.energy()[srd[0]].clone();
        }
        event.put(CaloKeys.SIGNALS, new DetectorSignals(all, vetoEnergy,
                vetoWeight > 0 ? vetoWeighted / vetoWeight : Double.NaN, srdEnergy, srdTime, srdCells));
    }
}
