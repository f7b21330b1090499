package na64.analysis.efficiency;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import na64.analysis.select.Count;
import na64.analysis.select.Cut;
import na64.analysis.select.CutFlow;
import na64.analysis.select.Op;
import na64.analysis.select.Selector;
import na64.analysis.select.SelectionSpec;

/**
 * Measures the signal efficiency of a selection on a signal sample, per production process and
 * for all processes together (see {@link SignalEfficiency} for the definition).
 */
public final class EfficiencyMeasurement {
    /** Codes of truth_emission in the reconstructed-event files (0 none, 1 bremsstrahlung, 2 annihilation, 3 Primakoff). */
    public static final List<String> PROCESSES = List.of("none", "bremsstrahlung", "annihilation", "Primakoff");
    /** The label of the efficiency of all processes together. */
    public static final String ALL = "all processes";

    private final Selector engine;
    private final SelectionSpec spec;
    private final double emissMin;

    /** @param emissMin the missing-energy cut [GeV]: E_X above it counts as produced */
    public EfficiencyMeasurement(Selector engine, SelectionSpec spec, double emissMin) {
        this.engine = engine;
        this.spec = spec;
        this.emissMin = emissMin;
    }

    /** The missing-energy cut implied by a selection: the beam energy minus the signal-box cut on ecal_energy. */
    public static double emissMin(SelectionSpec spec) {
        for (Cut c : spec.signalBox()) {
            if (c.variable().equals("ecal_energy") && (c.op() == Op.LT || c.op() == Op.LE)) {
                if (spec.beamEnergy() == null || c.inBeamEnergyUnits()) {
                    throw new IllegalStateException("the selection is not resolved at a beam energy (SelectionSpec.atBeamEnergy)");
                }
                return spec.beamEnergy() - c.value();
            }
        }
        throw new na64.core.InputException("signalBox", "the signal box has no cut ecal_energy < value; the missing-energy cut is undefined");
    }

    /** Efficiencies of one signal sample: one point per process present, then all processes together. */
    public List<EfficiencyPoint> measure(double mass, List<Path> files) {
        Map<Double, CutFlow> selected = engine.cutFlowByGroup(spec, files, List.of(Cut.of("truth_emission", Op.GT, 0)), "truth_emission");
        Map<Double, CutFlow> produced = engine.cutFlowByGroup(spec, files, List.of(Cut.of("truth_emission_energy", Op.GT, emissMin)),
                "truth_emission");
        List<EfficiencyPoint> out = new ArrayList<>();
        Count allSelected = Count.ZERO;
        Count allProduced = Count.ZERO;
        for (var e : produced.entrySet()) {
            int code = (int) Math.round(e.getKey());
            if (code <= 0 || code >= PROCESSES.size()) {
                continue;
            }
            Count sel = selected.containsKey(e.getKey()) ? selected.get(e.getKey()).selected() : Count.ZERO;
            Count prod = e.getValue().total();
            allSelected = allSelected.plus(sel);
            allProduced = allProduced.plus(prod);
            out.add(SignalEfficiency.of(mass, PROCESSES.get(code), sel, prod));
        }
        out.add(SignalEfficiency.of(mass, ALL, allSelected, allProduced));
        return out;
    }

    /** The cut flow of the signal events with E_X above the cut (for the report's signal columns). */
    public CutFlow cutFlow(List<Path> files) {
        return engine.cutFlow(spec, files, List.of(Cut.of("truth_emission_energy", Op.GT, emissMin)));
    }
}
