package na64.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import na64.analysis.study.ChainProducer;
import na64.analysis.study.SampleRequest;
import na64.analysis.study.StudyConfig;
import na64.core.Progress;
import na64.parquet.Compression;
import na64.parquet.ParquetReader;
import na64.reco.DigitizationJob;
import na64.reco.process.RecoConfig;
import na64.reco.ReconstructionJob;
import na64.reco.digitize.DigitizerConfig;
import na64.sim.downstream.CascadeDownstreamFactory;
import na64.sim.run.RunOptions;
import na64.sim.run.SimulationOptions;
import na64.sim.run.SimulationRun;
import na64.detector.Setup;
import na64.detector.Setups;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of Parquet file na64 writes (simulated events in each codec, reconstructed events,
 * a study's sample) read by Spark's own Parquet reader (parquet-java and Spark's vectorised
 * reader), against na64's reader: the same columns, rows, and per-column counts, nulls and sums.
 */
class SparkReadsNa64FilesTest {
    private static final long EVENTS = 600;

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeFiles() {
        Setup base = Setups.load("na64e-2022");
        Setup setup = base.withBeam(base.beam().with(base.beam().type(), base.beam().energy()));
        for (Compression c : Compression.values()) {
            // the events through the na64 simulate path (snappy is its default codec)
            RunOptions run = new RunOptions("na64e-2022", base.beam().type().cliName(), base.beam().energy(), EVENTS, 7L, 2,
                    SimulationOptions.standardModel());
            Path out = dir.resolve("sim-" + c + ".parquet");
            if (c == Compression.SNAPPY) {
                SimulationRun.toFile(run, setup, new CascadeDownstreamFactory(), out, Progress.silent(EVENTS));
            } else {
                simulateWith(c, run, setup, out);
            }
        }
        // the reconstructed events through the digitize and reconstruct path (raw data is na64's own format, not Parquet)
        DigitizationJob.run(new DigitizationJob.Options(dir.resolve("sim-SNAPPY.parquet"), dir.resolve("raw.parquet"), 3L, 1,
                DigitizerConfig.defaults(), null, null, 100, 2), Progress.silent(EVENTS));
        ReconstructionJob.run(new ReconstructionJob.Options(dir.resolve("raw.parquet"), dir.resolve("reco.parquet"), null,
                RecoConfig.defaults(), 2, false), Progress.silent(EVENTS));
        // a study's sample: the admixed beam of the setup with pile-up, as `na64 run` writes it
        SampleRequest beam = new SampleRequest("beam", "pseudo-data", "na64e-2022", "e-", base.beam().energy(), true, null,
                EVENTS, 11L, null, null, null, null, null, 1.0, null, null, new StudyConfig.Pileup(true, null, 200L), null);
        new ChainProducer().produce(beam, dir.resolve("sample.parquet"), null, 2, Progress.silent(EVENTS));
    }

    /** The simulate path of {@link SimulationRun} with another codec. */
    private static void simulateWith(Compression c, RunOptions run, Setup setup, Path out) {
        na64.sim.run.EventLoop loop = new na64.sim.run.EventLoop(setup, run.signal(), new CascadeDownstreamFactory());
        List<String> trackers = setup.trackers().stream().map(t -> t.name()).toList();
        try (na64.event.SimEventWriter w = na64.event.SimEventWriter.create(out, SimulationRun.detectors(setup), trackers,
                Map.of("na64.setup", na64.core.Config.toYaml(setup)), c)) {
            loop.run(run.events(), run.seed(), 2, Progress.silent(run.events()), w::write);
            w.commit();
        }
    }

    @Test
    void sparkReadsTheSimulatedEventsInEveryCodec() {
        for (Compression c : Compression.values()) {
            assertSameContent(dir.resolve("sim-" + c + ".parquet"));
        }
    }

    @Test
    void sparkReadsTheReconstructedEvents() {
        assertSameContent(dir.resolve("reco.parquet"));
    }

    @Test
    void sparkReadsAStudysSample() {
        assertSameContent(dir.resolve("sample.parquet"));
    }

    private static void assertSameContent(Path file) {
        Fingerprint na64 = new Fingerprint();
        List<String> columns;
        long rows;
        try (ParquetReader r = ParquetReader.open(file)) {
            rows = r.numRows();
            columns = r.schema().fields().stream().map(f -> f.name()).toList();
            for (na64.parquet.Row row : r.rows()) {
                na64.addNa64(row);
            }
        }
        Dataset<Row> df = TestSpark.session().read().parquet(file.toString());
        assertThat(Arrays.asList(df.columns())).as(file + ": columns").isEqualTo(columns);
        assertThat(df.count()).as(file + ": rows").isEqualTo(rows).isEqualTo(na64.rows).isPositive();
        Fingerprint spark = new Fingerprint();
        df.collectAsList().forEach(spark::addSpark);
        assertThat(spark.rows).isEqualTo(rows);
        assertThat(na64.paths.size()).as(file + ": leaf paths").isGreaterThanOrEqualTo(columns.size());
        assertThat(spark.paths.keySet()).as(file + ": leaf paths").isEqualTo(na64.paths.keySet());
        for (var e : na64.paths.entrySet()) {
            Fingerprint.Stat expected = e.getValue();
            Fingerprint.Stat actual = spark.paths.get(e.getKey());
            String what = file.getFileName() + " " + e.getKey();
            assertThat(actual.values).as(what + ": values").isEqualTo(expected.values);
            assertThat(actual.nulls).as(what + ": nulls").isEqualTo(expected.nulls);
            assertThat(actual.nonFinite).as(what + ": NaN and infinite values").isEqualTo(expected.nonFinite);
            // the same values in the same order: the sums agree to rounding of the order Spark returns the row groups in
            assertThat(actual.sum).as(what + ": sum").isCloseTo(expected.sum,
                    org.assertj.core.data.Offset.offset(1e-12 * Math.max(1, Math.abs(expected.sum))));
        }
    }
}
