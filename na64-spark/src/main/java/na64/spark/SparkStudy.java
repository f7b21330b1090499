package na64.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import na64.analysis.select.SelectionSpec;
import na64.analysis.study.Study;
import na64.analysis.study.StudyConfig;
import na64.analysis.study.StudyResult;
import org.apache.spark.sql.SparkSession;

/**
 * A study on Spark: the samples produced in event ranges by Spark tasks
 * ({@link SparkSampleProducer}), the selection, background and efficiency stages on Spark SQL
 * ({@link SparkSelectionEngine}); the limits and the report on the driver, as in one process.
 */
public final class SparkStudy {
    /** Events per task by default: a few seconds of work per task on one core, few parts per sample. */
    public static final long DEFAULT_EVENTS_PER_TASK = 20_000;

    private SparkStudy() {
    }

    /**
     * Runs the study on {@code master} (null: spark-submit's, or local[*]) and stops the session.
     *
     * @param out the output directory: on a cluster a path every executor sees under the same name
     */
    public static StudyResult run(StudyConfig config, SelectionSpec selection, PrintStream log, Path baseDir, Path out,
            String master, long eventsPerTask) {
        SparkSession spark = SparkSessions.create(master);
        try {
            log.printf(Locale.ROOT, "na64 run: Spark %s, master %s, %d default parallelism, %,d events per task%n", spark.version(),
                    spark.sparkContext().master(), spark.sparkContext().defaultParallelism(), eventsPerTask);
            return new Study(config, selection, new SparkSampleProducer(spark, eventsPerTask), log, baseDir,
                    () -> new SparkSelectionEngine(spark)).run(out.toAbsolutePath());
        } finally {
            spark.stop();
        }
    }
}
