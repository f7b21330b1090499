package na64.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import na64.analysis.efficiency.EfficiencyMeasurement;
import na64.analysis.select.EventFiles;
import na64.analysis.select.SelectionEngine;
import na64.analysis.select.SelectionSpec;
import na64.analysis.study.ChainProducer;
import na64.analysis.study.SamplePlan;
import na64.analysis.study.SampleRequest;
import na64.analysis.study.SampleSummary;
import na64.analysis.study.StudyConfig;
import na64.core.Progress;
import na64.parquet.ParquetReader;
import na64.parquet.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sample produced on Spark in event ranges against the same sample produced in one process
 * (ChainProducer): the same events, row for row, also when a task fails once (Spark retries it;
 * the session allows two attempts per task, local[2,2]).
 */
class SparkProductionTest {
    @TempDir
    static Path dir;
    static SampleRequest beam;
    static List<Row> embedded;

    @BeforeAll
    static void produceInOneProcess() {
        SelectionSpec spec = SelectionSpec.builtin().atBeamEnergy(100, "test", "built-in");
        // the pseudo-data with its admixture and pile-up: every part draws the sample's pile-up pool
        beam = SamplePlan.of(StudyConfig.builtin().scaled(0.006), EfficiencyMeasurement.emissMin(spec)).beam();
        Path file = dir.resolve("embedded.parquet");
        new ChainProducer().produce(beam, file, null, 2, Progress.silent(beam.events()));
        embedded = rows(List.of(file));
        assertThat(embedded).hasSize((int) beam.events());
    }

    @Test
    void thePartsHoldTheEventsOfTheSampleProducedInOneProcess() {
        Path out = dir.resolve("spark.parquet");
        SampleSummary s = new SparkSampleProducer(TestSpark.session(), 500).produce(beam, out, null, 1,
                Progress.silent(beam.events()));
        assertThat(s.file()).isEqualTo(out);
        assertThat(EventFiles.parts(out)).extracting(p -> p.getFileName().toString())
                .containsExactly("part-00000.parquet", "part-00001.parquet", "part-00002.parquet");
        assertThat(rows(List.of(out))).isEqualTo(embedded);
        // the embedded engine selects from the directory of parts as from the one file
        SelectionSpec spec = SelectionSpec.builtin().atBeamEnergy(100, "test", "built-in");
        try (SelectionEngine duckdb = new SelectionEngine(1)) {
            Agreement.same("parts", duckdb.cutFlow(spec, List.of(out), List.of()),
                    duckdb.cutFlow(spec, List.of(dir.resolve("embedded.parquet")), List.of()));
        }
    }

    @Test
    void aTaskThatFailsAfterWritingItsPartIsRetriedWithoutADuplicate() throws Exception {
        Path out = dir.resolve("retried-after.parquet");
        // a part of an earlier run split differently: must not survive as a duplicate
        Files.createDirectories(out);
        Files.copy(dir.resolve("embedded.parquet"), out.resolve("part-00007.parquet"));
        int failed = FailedTasks.during(() -> new SparkSampleProducer(TestSpark.session(), 400, new FaultInjection(1, true))
                .produce(beam, out, null, 1, Progress.silent(beam.events())));
        assertThat(failed).as("failed task attempts").isEqualTo(1);
        assertThat(EventFiles.parts(out)).hasSize(3);
        assertThat(rows(List.of(out))).isEqualTo(embedded);
        // nothing but the parts is left in the directory (no temporary file of the failed attempt)
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("part-00000.parquet", "part-00001.parquet", "part-00002.parquet");
        }
    }

    @Test
    void aTaskThatFailsBeforeWritingItsPartIsRetriedWithoutAHole() throws Exception {
        Path out = dir.resolve("retried-before.parquet");
        int failed = FailedTasks.during(() -> new SparkSampleProducer(TestSpark.session(), 250, new FaultInjection(2, false))
                .produce(beam, out, null, 1, Progress.silent(beam.events())));
        assertThat(failed).as("failed task attempts").isEqualTo(1);
        assertThat(EventFiles.parts(out)).hasSize(5);
        assertThat(rows(List.of(out))).isEqualTo(embedded);
    }

    private static List<Row> rows(List<Path> files) {
        List<Row> out = new ArrayList<>();
        for (Path f : EventFiles.expand(files)) {
            try (ParquetReader r = ParquetReader.open(f)) {
                r.rows().forEach(out::add);
            }
        }
        return out;
    }
}
