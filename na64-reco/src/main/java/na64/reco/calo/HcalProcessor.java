package na64.reco.calo;

import java.util.Set;
import na64.reco.process.EventStore;
import na64.reco.process.Key;
import na64.reco.process.Processor;
import na64.reco.process.RunContext;

/** HCAL module energies: the cell energies of each detector of the "HCAL" group summed. */
public final class HcalProcessor implements Processor {
    /** The detector group of the hadron calorimeter modules. */
    public static final String GROUP = "HCAL";

    @Override
    public String name() {
        return "hcal-modules";
    }

    @Override
    public Set<Key<?>> inputs() {
        return Set.of(CaloKeys.CELLS);
    }

    @Override
    public Set<Key<?>> outputs() {
        return Set.of(CaloKeys.HCAL);
    }

    @Override
    public void process(EventStore event, RunContext run) {
        CellEnergies cells = event.get(CaloKeys.CELLS);
        // (per run: the geometry's look-up builds a stream)
        int[] modules = run.cached(HcalProcessor.class, int[].class, r -> r.geometry().group(GROUP));
        double[] e = new double[modules.length];
        double total = 0;
        for (int i = 0; i < modules.length; i++) {
            e[i] = cells.total(modules[i]);
            total += e[i];
        }
        event.put(CaloKeys.HCAL, new HcalEnergies(e, total));
    }
}
