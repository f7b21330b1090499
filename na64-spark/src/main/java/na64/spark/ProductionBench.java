package na64.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import na64.analysis.efficiency.EfficiencyMeasurement;
import na64.analysis.select.SelectionSpec;
import na64.analysis.study.ChainProducer;
import na64.analysis.study.SamplePlan;
import na64.analysis.study.SampleRequest;
import na64.analysis.study.StudyConfig;
import na64.core.Progress;
import org.apache.spark.sql.SparkSession;

/**
 * Production speed: the study's pseudo-data sample (beam with admixture and pile-up) produced in
 * one process on 1 and 2 threads, and on Spark local mode with 1 and 2 task slots. Prints events/s,
 * events/s/core and the scaling from 1 to 2. A warm-up production runs first (JIT), and every
 * Spark session is started before its clock.
 *
 * <pre>
 * java $SPARK_JVM_OPTIONS -cp "na64-cli/target/na64.jar:na64-cli/target/lib/*" na64.spark.ProductionBench [events] [events-per-task]
 * </pre>
 */
public final class ProductionBench {
    private ProductionBench() {
    }

    public static void main(String[] args) throws IOException {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 8000;
        long perTask = args.length > 1 ? Long.parseLong(args[1]) : 1000;
        SelectionSpec spec = SelectionSpec.builtin().atBeamEnergy(100, "bench", "built-in");
        StudyConfig config = StudyConfig.builtin();
        SampleRequest beam = SamplePlan.of(config.scaled((double) events / config.beam().events()), EfficiencyMeasurement.emissMin(spec))
                .beam();
        Path dir = Files.createTempDirectory("na64-production-bench");
        System.out.printf(Locale.ROOT, "sample %s: %d events, %d per Spark task (%d tasks), pile-up %s%n", beam.name(), beam.events(),
                perTask, (beam.events() + perTask - 1) / perTask, beam.pileup() == null ? "off" : "on");
        // warm-up: the JIT compiles the chain before any clock runs
        SampleRequest warm = SamplePlan.of(config.scaled(2000.0 / config.beam().events()), EfficiencyMeasurement.emissMin(spec)).beam();
        new ChainProducer().produce(warm, dir.resolve("warm.parquet"), null, 2, Progress.silent(warm.events()));

        double e1 = seconds(() -> new ChainProducer().produce(beam, dir.resolve("e1.parquet"), null, 1, Progress.silent(beam.events())));
        double e2 = seconds(() -> new ChainProducer().produce(beam, dir.resolve("e2.parquet"), null, 2, Progress.silent(beam.events())));
        double s1 = spark(1, beam, perTask, dir.resolve("s1.parquet"));
        double s2 = spark(2, beam, perTask, dir.resolve("s2.parquet"));
        System.out.println("engine    cores  seconds  events/s  events/s/core  scaling 1->2 (of linear)");
        row("embedded", 1, e1, beam.events(), Double.NaN);
        row("embedded", 2, e2, beam.events(), e1 / e2 / 2);
        row("spark", 1, s1, beam.events(), Double.NaN);
        row("spark", 2, s2, beam.events(), s1 / s2 / 2);
    }

    private static double spark(int slots, SampleRequest beam, long perTask, Path out) {
        SparkSession spark = SparkSessions.create("local[" + slots + "]");
        try {
            SparkSampleProducer producer = new SparkSampleProducer(spark, perTask);
            return seconds(() -> producer.produce(beam, out, null, 1, Progress.silent(beam.events())));
        } finally {
            spark.stop();
        }
    }

    private static double seconds(Runnable work) {
        long t = System.nanoTime();
        work.run();
        return (System.nanoTime() - t) * 1e-9;
    }

    private static void row(String engine, int cores, double seconds, long events, double scaling) {
        System.out.printf(Locale.ROOT, "%-9s %5d %8.1f %9.0f %14.0f  %s%n", engine, cores, seconds, events / seconds,
                events / seconds / cores, Double.isNaN(scaling) ? "" : String.format(Locale.ROOT, "%.0f %%", 100 * scaling));
    }
}
