package na64.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import na64.analysis.select.SelectionEngine;
import na64.analysis.select.SelectionSpec;
import na64.analysis.select.Selector;
import na64.analysis.study.ChainProducer;
import na64.analysis.study.SampleRequest;
import na64.analysis.visible.VisibleStudyConfig;
import na64.core.Config;
import na64.core.Progress;
import na64.sim.run.SimulationOptions;
import na64.sim.signal.SignalDecayRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The visible-mode selection, whose variables (E_WCAL, E_V2, E_S2) come from the per-detector list
 * of the reconstructed events, gives the same cut flow and values on Spark SQL as on DuckDB.
 */
class SparkVisibleSelectionTest {

    @Test
    void theVisibleSelectionIsTheSameOnBothEngines(@TempDir Path dir) {
        SelectionSpec spec = Config.readResource(VisibleStudyConfig.BUILTIN_SELECTION, SelectionSpec.class)
                .atBeamEnergy(100.0, "test", "built-in visible");
        SampleRequest signal = new SampleRequest("signal", "", "na64e-visible-2017", "e-", 100, false, null, 200, 3, "vector", 0.0167,
                2.5e-4, 0.5, 25.0, 1, null, null, null, null, null, SimulationOptions.SignalDecay.VISIBLE,
                new SignalDecayRegion(2700, 2900));
        List<Path> files = List.of(new ChainProducer().produce(signal, dir.resolve("s.parquet"), null, 2, Progress.silent(200)).file());
        try (Selector duckdb = new SelectionEngine(2); Selector spark = new SparkSelectionEngine(TestSpark.session())) {
            var expected = duckdb.cutFlow(spec, files, List.of());
            Agreement.same("visible signal", spark.cutFlow(spec, files, List.of()), expected);
            assertThat(expected.selected().events()).isPositive().isLessThan(expected.total().events());
            double[] wcal = duckdb.values(files, "wcal_energy", List.of())[0];
            double[] sparkWcal = spark.values(files, "wcal_energy", List.of())[0];
            Arrays.sort(wcal);
            Arrays.sort(sparkWcal);
            assertThat(sparkWcal).containsExactly(wcal, org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
