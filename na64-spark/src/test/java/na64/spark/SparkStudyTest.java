package na64.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import na64.analysis.background.Estimate;
import na64.analysis.background.SourceEstimate;
import na64.analysis.efficiency.EfficiencyPoint;
import na64.analysis.limits.LimitPoint;
import na64.analysis.study.ChainProducer;
import na64.analysis.study.Study;
import na64.analysis.study.StudyConfig;
import na64.analysis.study.StudyResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in study, reduced to 1 % of its events, run twice: in one process with the embedded
 * engine (ChainProducer, DuckDB), and on Spark local mode (samples produced in event ranges by
 * Spark tasks, selection on Spark SQL). The same cut flows, background, efficiencies and limits.
 */
class SparkStudyTest {
    @TempDir
    static Path dir;
    static StudyResult embedded;
    static StudyResult spark;

    @BeforeAll
    static void runBoth() {
        StudyConfig config = StudyConfig.builtin().scaled(0.01).withThreads(2);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        embedded = new Study(config, Study.selection(config, Path.of(".")), new ChainProducer(), quiet).run(dir.resolve("embedded"));
        var session = TestSpark.session();
        spark = new Study(config, Study.selection(config, Path.of(".")), new SparkSampleProducer(session, 1000), quiet, Path.of("."),
                () -> new SparkSelectionEngine(session)).run(dir.resolve("spark"));
        na64.analysis.report.StudyReport.write(spark, dir.resolve("spark"));
    }

    @Test
    void theSamplesAreDirectoriesOfPartsOnSpark() {
        assertThat(spark.samples()).isNotEmpty().allSatisfy(s -> assertThat(s.file()).isDirectory());
        assertThat(spark.samples().get(0).file().resolve("part-00000.parquet")).isRegularFile();
        assertThat(dir.resolve("spark").resolve("report.html")).isRegularFile();
        assertThat(spark.simulatedEvents()).isEqualTo(embedded.simulatedEvents());
    }

    @Test
    void theCutFlowsAndThePlaneAreTheSame() {
        Agreement.same("pseudo-data", spark.dataCutFlow(), embedded.dataCutFlow());
        Agreement.same("signal", spark.signalCutFlow(), embedded.signalCutFlow());
        Agreement.same("plane", spark.plane(), embedded.plane());
        assertThat(embedded.dataCutFlow().total().events()).isEqualTo(embedded.config().beam().events());
    }

    @Test
    void theBackgroundIsTheSame() {
        var expected = embedded.background().sources();
        var actual = spark.background().sources();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            SourceEstimate e = expected.get(i);
            SourceEstimate a = actual.get(i);
            assertThat(a.key()).isEqualTo(e.key());
            assertThat(a.method()).as(e.key()).isEqualTo(e.method());
            same(e.key(), a.estimate(), e.estimate());
        }
        same("total", spark.background().total(), embedded.background().total());
        var fe = embedded.background().sideband();
        var fa = spark.background().sideband();
        // so small a study may have too few side-band events for a fit: then neither engine fits
        assertThat(fa == null).as("a side-band fit").isEqualTo(fe == null);
        if (fe != null) {
            assertThat(fa.fitEvents()).isEqualTo(fe.fitEvents());
            Agreement.close("side-band fit weight", fa.fitWeight(), fe.fitWeight());
            Agreement.close("side-band slope", fa.slope(), fe.slope());
        }
        assertThat(spark.background().sidebandNote()).isEqualTo(embedded.background().sidebandNote());
    }

    @Test
    void theEfficienciesAndTheLimitsAreTheSame() {
        assertThat(spark.efficiency()).hasSameSizeAs(embedded.efficiency());
        for (int i = 0; i < embedded.efficiency().size(); i++) {
            EfficiencyPoint e = embedded.efficiency().get(i);
            EfficiencyPoint a = spark.efficiency().get(i);
            String what = e.process() + " at " + e.mass();
            assertThat(a.mass()).isEqualTo(e.mass());
            assertThat(a.process()).isEqualTo(e.process());
            assertThat(a.produced()).as(what).isEqualTo(e.produced());
            assertThat(a.selected()).as(what).isEqualTo(e.selected());
            Agreement.close(what + ": efficiency", a.efficiency(), e.efficiency());
            Agreement.close(what + ": error", a.statError(), e.statError());
        }
        Agreement.close("efficiency uncertainty", spark.efficiencyUncertainty(), embedded.efficiencyUncertainty());
        assertThat(spark.limits()).hasSameSizeAs(embedded.limits()).isNotEmpty();
        for (int i = 0; i < embedded.limits().size(); i++) {
            LimitPoint e = embedded.limits().get(i);
            LimitPoint a = spark.limits().get(i);
            assertThat(a.mass()).isEqualTo(e.mass());
            Agreement.close("limit at " + e.mass(), a.epsilon(), e.epsilon());
            for (int k = 0; k < e.expected().length; k++) {
                Agreement.close("expected limit " + k + " at " + e.mass(), a.expected()[k], e.expected()[k]);
            }
        }
    }

    @Test
    void theLimitInputsWrittenAreTheSame() throws Exception {
        // reach.yaml and efficiency.csv carry the numbers: identical text but for the provenance comments
        for (String f : new String[] {"efficiency.csv"}) {
            var e = Files.readAllLines(dir.resolve("embedded").resolve(f)).stream().filter(l -> !l.startsWith("#")).toList();
            var a = Files.readAllLines(dir.resolve("spark").resolve(f)).stream().filter(l -> !l.startsWith("#")).toList();
            assertThat(a).as(f).isEqualTo(e);
        }
    }

    private static void same(String what, Estimate actual, Estimate expected) {
        assertThat(actual.upperLimit()).as(what + ": bound").isEqualTo(expected.upperLimit());
        Agreement.close(what + ": value", actual.value(), expected.value());
        Agreement.close(what + ": error", actual.error(), expected.error());
    }
}
