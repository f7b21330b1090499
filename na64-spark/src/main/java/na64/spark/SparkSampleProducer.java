package na64.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import na64.analysis.select.EventFiles;
import na64.analysis.study.SampleProducer;
import na64.analysis.study.SampleRequest;
import na64.analysis.study.SampleSummary;
import na64.core.InputException;
import na64.core.Progress;
import na64.parquet.ParquetReader;
import na64.reco.conditions.ShowerProfile;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Produces a sample on Spark: its events split into ranges ({@link EventRange}), one task per
 * range ({@link PartTask}), each part written into the sample's directory (the path the study
 * gives the sample, e.g. samples/beam.parquet, becomes a directory of part-NNNNN.parquet, as
 * Spark writes a table). The directory must be on a file system every executor and the driver
 * see (local disk in local mode; NFS, CephFS, EOS or Lustre on a cluster).
 *
 * <p>Before the job the sample's old parts are removed (a run with another split must not
 * leave stale ones); after it the parts are checked against the ranges: one per range, each
 * with its range's number of events.
 */
public final class SparkSampleProducer implements SampleProducer {
    private final SparkSession spark;
    private final long eventsPerTask;
    private final FaultInjection fault;

    public SparkSampleProducer(SparkSession spark, long eventsPerTask) {
        this(spark, eventsPerTask, FaultInjection.NONE);
    }

    /** With a task failure on purpose (tests). */
    public SparkSampleProducer(SparkSession spark, long eventsPerTask, FaultInjection fault) {
        if (eventsPerTask < 1) {
            throw InputException.outOfRange("--events-per-task", eventsPerTask, ">= 1");
        }
        this.spark = spark;
        this.eventsPerTask = eventsPerTask;
        this.fault = fault;
    }

    /** The --threads setting does not apply: Spark runs one task per core of its master. */
    @Override
    public String parallelism(int threads) {
        return String.format(java.util.Locale.ROOT, "on Spark (master %s, %,d events per task)", spark.sparkContext().master(),
                eventsPerTask);
    }

    /** @param threads unused: the parallelism is the cluster's, one core per task */
    @Override
    public SampleSummary produce(SampleRequest r, Path dir, ShowerProfile profile, int threads, Progress progress) {
        long start = System.nanoTime();
        List<EventRange> ranges = EventRange.split(r.events(), eventsPerTask);
        clear(dir);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.setJobDescription("na64: produce " + r.name() + " (" + r.events() + " events, " + ranges.size() + " parts)");
        jsc.parallelize(ranges, ranges.size()).foreach(new PartTask(r, profile, dir, fault));
        check(dir, ranges);
        progress.advance(r.events());
        return new SampleSummary(r, r.events(), dir, (System.nanoTime() - start) * 1e-9);
    }

    /** An empty directory for the parts: old parts removed, an old single-file sample too. */
    private static void clear(Path dir) {
        try {
            if (Files.isRegularFile(dir)) {
                Files.delete(dir);
            }
            Files.createDirectories(dir);
            for (Path old : EventFiles.parts(dir)) {
                Files.delete(old);
            }
        } catch (IOException e) {
            throw new InputException("out", "cannot prepare the sample directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** One part per range, named after it, with its events: no duplicate, no hole (footers only are read). */
    static void check(Path dir, List<EventRange> ranges) {
        List<Path> parts = EventFiles.parts(dir);
        List<String> names = parts.stream().map(p -> p.getFileName().toString()).toList();
        List<String> expected = ranges.stream().map(EventRange::partName).toList();
        if (!names.equals(expected)) {
            throw new IllegalStateException(dir + ": the parts " + names + " are not those of the ranges " + expected);
        }
        for (int i = 0; i < parts.size(); i++) {
            try (ParquetReader reader = ParquetReader.open(parts.get(i))) {
                if (reader.numRows() != ranges.get(i).events()) {
                    throw new IllegalStateException(parts.get(i) + ": " + reader.numRows() + " events, its range "
                            + ranges.get(i) + " has " + ranges.get(i).events());
                }
            }
        }
    }
}
