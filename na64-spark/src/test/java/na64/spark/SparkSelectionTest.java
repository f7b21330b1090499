package na64.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import na64.analysis.efficiency.EfficiencyMeasurement;
import na64.analysis.select.Cut;
import na64.analysis.select.Op;
import na64.analysis.select.SelectionEngine;
import na64.analysis.select.SelectionSpec;
import na64.analysis.select.Selector;
import na64.analysis.study.ChainProducer;
import na64.analysis.study.SamplePlan;
import na64.analysis.study.SampleRequest;
import na64.analysis.study.StudyConfig;
import na64.analysis.study.StudySamples;
import na64.core.InputException;
import na64.core.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled selection on Spark SQL against the embedded DuckDB engine, on samples of the
 * study made by the na64 chain: the same cut flows (per group too), plane, side-band values and
 * row counts.
 */
class SparkSelectionTest {
    static final SelectionSpec SPEC = SelectionSpec.builtin().atBeamEnergy(100, "test", "built-in");

    @TempDir
    static Path dir;
    static List<Path> beam;
    static List<Path> signal;
    static Selector duckdb;
    static Selector spark;

    @BeforeAll
    static void produce() {
        StudySamples<SampleRequest> plan = SamplePlan.of(StudyConfig.builtin().scaled(0.02), EfficiencyMeasurement.emissMin(SPEC));
        SampleRequest b = plan.beam();
        SampleRequest s = plan.signals().get(3); // 16.7 MeV
        new ChainProducer().produce(b, dir.resolve("beam.parquet"), null, 2, Progress.silent(b.events()));
        new ChainProducer().produce(s, dir.resolve("signal.parquet"), null, 2, Progress.silent(s.events()));
        beam = List.of(dir.resolve("beam.parquet"));
        signal = List.of(dir.resolve("signal.parquet"));
        duckdb = new SelectionEngine(2);
        spark = new SparkSelectionEngine(TestSpark.session());
    }

    @AfterAll
    static void close() {
        duckdb.close();
        spark.close();
    }

    @Test
    void theCutFlowOfThePseudoDataIsTheSameOnBothEngines() {
        var expected = duckdb.cutFlow(SPEC, beam, List.of());
        Agreement.same("beam", spark.cutFlow(SPEC, beam, List.of()), expected);
        // not a trivial agreement: events enter and cuts remove some
        assertThat(expected.total().events()).isPositive();
        assertThat(expected.preselected().events()).isLessThan(expected.total().events());
        List<Cut> electrons = List.of(Cut.of("truth_primary_pdg", Op.EQ, 11));
        Agreement.same("beam electrons", spark.cutFlow(SPEC, beam, electrons), duckdb.cutFlow(SPEC, beam, electrons));
    }

    @Test
    void theSignalCutFlowPerEmissionIsTheSameOnBothEngines() {
        List<Cut> emitting = List.of(Cut.of("truth_emission", Op.GT, 0));
        var expected = duckdb.cutFlowByGroup(SPEC, signal, emitting, "truth_emission");
        assertThat(expected).isNotEmpty();
        Agreement.same("signal", spark.cutFlowByGroup(SPEC, signal, emitting, "truth_emission"), expected);
        // the signal sample's weights are not all 1 (the emission is biased): the weight sums are a real check
        assertThat(expected.values().iterator().next().total().sumW()).isNotEqualTo(
                (double) expected.values().iterator().next().total().events());
    }

    @Test
    void thePlaneAndTheSideBandValuesAreTheSameOnBothEngines() {
        var expected = duckdb.plane(SPEC.forPlane(), beam, "ecal_energy", 0, 120, 60, "hcal_energy", 0, 120, 60, true);
        assertThat(expected.totalEvents()).isPositive();
        Agreement.same("plane", spark.plane(SPEC.forPlane(), beam, "ecal_energy", 0, 120, 60, "hcal_energy", 0, 120, 60, true),
                expected);
        List<Cut> cuts = SPEC.cuts().subList(0, 1); // the trigger: the pre-selection leaves no beam event of so small a sample
        double[][] d = duckdb.values(beam, "hcal_energy", cuts);
        double[][] s = spark.values(beam, "hcal_energy", cuts);
        assertThat(d[0].length).isPositive();
        // no order is asked of either engine: compare the sorted (value, weight) pairs
        assertThat(sortedPairs(s)).isDeepEqualTo(sortedPairs(d));
        assertThat(spark.rows(beam)).isEqualTo(duckdb.rows(beam)).isPositive();
    }

    @Test
    void aMissingFileIsTheSameInputErrorOnBothEngines() {
        List<Path> missing = List.of(dir.resolve("none.parquet"));
        assertThatThrownBy(() -> spark.cutFlow(SPEC, missing, List.of())).isInstanceOf(InputException.class)
                .hasMessageContaining("none.parquet");
        assertThatThrownBy(() -> duckdb.cutFlow(SPEC, missing, List.of())).isInstanceOf(InputException.class)
                .hasMessageContaining("none.parquet");
    }

    private static double[][] sortedPairs(double[][] xw) {
        double[][] pairs = new double[xw[0].length][];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new double[] {xw[0][i], xw[1][i]};
        }
        Arrays.sort(pairs, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        return pairs;
    }
}
