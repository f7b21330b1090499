package na64.analysis.visible;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import na64.analysis.select.Cut;
import na64.analysis.select.CutFlow;
import na64.analysis.select.Op;
import na64.analysis.select.SelectionEngine;
import na64.analysis.select.SelectionSpec;
import na64.analysis.study.ChainProducer;
import na64.analysis.study.SampleRequest;
import na64.core.Config;
import na64.core.Progress;
import na64.sim.run.SimulationOptions;
import na64.sim.signal.SignalDecayRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two-shower selection of the visible mode on simulated events of the 2017 setup (100 GeV):
 * beam electrons, whose whole shower stays in the WCAL, never pass; X17 events whose X decays in
 * the decay volume pass, and then the ECAL sees the energy X carried (energy conservation: E_ECAL
 * = E_X within the ECAL resolution and the leakage).
 */
class VisibleSelectionTest {
    private static final String SETUP = "na64e-visible-2017";

    @Test
    void beamElectronsFailAndXDecaysInTheDecayVolumePassWithTheirEnergyInTheEcal(@TempDir Path dir) {
        SelectionSpec selection = Config.readResource(VisibleStudyConfig.BUILTIN_SELECTION, SelectionSpec.class)
                .atBeamEnergy(100.0, "test", "built-in visible");
        ChainProducer producer = new ChainProducer();
        SampleRequest electrons = new SampleRequest("electrons", "", SETUP, "e-", 100, false, null, 1500, 11, null, null, null, null,
                null, 1, null, null, null, null);
        // X decays in the middle of the 3 m decay volume (z = 2700-2900 cm), well after V2 and before S2
        SampleRequest signal = new SampleRequest("signal", "", SETUP, "e-", 100, false, null, 600, 12, "vector", 0.0167, 2.5e-4, 0.5,
                25.0, 1, null, null, null, null, null, SimulationOptions.SignalDecay.VISIBLE, new SignalDecayRegion(2700, 2900));
        Path e = producer.produce(electrons, dir.resolve("e.parquet"), null, 2, Progress.silent(1500)).file();
        Path s = producer.produce(signal, dir.resolve("s.parquet"), null, 2, Progress.silent(600)).file();
        try (SelectionEngine engine = new SelectionEngine(2)) {
            CutFlow beam = engine.cutFlow(selection, List.of(e), List.of());
            assertThat(beam.total().events()).isEqualTo(1500);
            assertThat(beam.selected().events()).isZero();

            List<Cut> emitting = List.of(Cut.of("truth_emission", Op.GE, 1));
            CutFlow x = engine.cutFlow(selection, List.of(s), emitting);
            double efficiency = (double) x.selected().events() / x.total().events();
            // most decays in the middle of the volume are seen: losses are X below the E_ECAL cut, the
            // pair's MIPs in S2 and the e-m shower start, none of which takes more than half
            assertThat(x.total().events()).isGreaterThan(200);
            assertThat(efficiency).isBetween(0.5, 1.0);

            List<Cut> selectedEmitting = new java.util.ArrayList<>(emitting);
            selectedEmitting.addAll(selection.cuts());
            selectedEmitting.addAll(selection.signalBox());
            double[] ecal = engine.values(List.of(s), "ecal_energy", selectedEmitting)[0];
            double[] emitted = engine.values(List.of(s), "truth_emission_energy", selectedEmitting)[0];
            assertThat(ecal).hasSameSizeAs(emitted).isNotEmpty();
            // sums, not event by event: the engine does not promise the same row order for two queries
            double ratio = java.util.Arrays.stream(ecal).sum() / java.util.Arrays.stream(emitted).sum();
            assertThat(ratio).isBetween(0.93, 1.03);
        }
    }
}
