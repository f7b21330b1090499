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
 * one process on 1 and 2 threads, and on Spark local mode with 1 and 2 task slots (one executor:
 * local mode has no separate executor processes). Prints events/s, events/s/core and the scaling
 * from 1 to 2. Warm-up productions run first (JIT, embedded and on Spark), and every Spark session
 * is started before its clock.
 *
 * <pre>
 * java $SPARK_JVM_OPTIONS -cp "na64-cli/target/na64.jar:na64-cli/target/lib/*" na64.spark.ProductionBench [events [events-per-task [rounds]]]
 * </pre>
 */
public final class ProductionBench {
    private ProductionBench() {
    }

    public static void main(String[] args) throws IOException {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 8000;
        long perTask = args.length > 1 ? Long.parseLong(args[1]) : 1000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
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
        // and Spark's own code paths (task serialisation, scheduling) with a first job
        spark(2, warm, perTask, dir.resolve("warm-spark.parquet"));

        // the four runs interleaved, round after round: a load change on a shared machine hits them alike; medians reported
        double[][] t = new double[4][repetitions];
        for (int r = 0; r < repetitions; r++) {
            t[0][r] = seconds(() -> new ChainProducer().produce(beam, dir.resolve("e1.parquet"), null, 1, Progress.silent(beam.events())));
            t[1][r] = seconds(() -> new ChainProducer().produce(beam, dir.resolve("e2.parquet"), null, 2, Progress.silent(beam.events())));
            t[2][r] = spark(1, beam, perTask, dir.resolve("s1.parquet"));
            t[3][r] = spark(2, beam, perTask, dir.resolve("s2.parquet"));
        }
        double e1 = median(t[0]);
        double e2 = median(t[1]);
        double s1 = median(t[2]);
        double s2 = median(t[3]);
        System.out.printf(Locale.ROOT, "median of %d rounds; seconds per round: embedded-1 %s, embedded-2 %s, spark-1 %s, spark-2 %s%n",
                repetitions, java.util.Arrays.toString(t[0]), java.util.Arrays.toString(t[1]), java.util.Arrays.toString(t[2]),
                java.util.Arrays.toString(t[3]));
        System.out.println("engine    cores  seconds  events/s  events/s/core  scaling 1->2 (of linear)");
        row("embedded", 1, e1, beam.events(), Double.NaN);
        row("embedded", 2, e2, beam.events(), e1 / e2 / 2);
        row("spark", 1, s1, beam.events(), Double.NaN);
        row("spark", 2, s2, beam.events(), s1 / s2 / 2);
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
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
        // rounded to 0.1 s for the printed list; the medians are of these
        long t = System.nanoTime();
        work.run();
        return Math.round((System.nanoTime() - t) * 1e-8) / 10.0;
    }

    private static void row(String engine, int cores, double seconds, long events, double scaling) {
        System.out.printf(Locale.ROOT, "%-9s %5d %8.1f %9.0f %14.0f  %s%n", engine, cores, seconds, events / seconds,
                events / seconds / cores, Double.isNaN(scaling) ? "" : String.format(Locale.ROOT, "%.0f %%", 100 * scaling));
    }
}
