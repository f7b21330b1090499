package na64.spark;

import java.nio.file.Path;
import na64.analysis.study.ChainProducer;
import na64.analysis.study.SampleRequest;
import na64.core.Progress;
import na64.reco.conditions.ShowerProfile;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.VoidFunction;

/**
 * One Spark task of a production: simulates, digitises and reconstructs its event range on the
 * executor and writes the range's part. The part is written as na64 writes every file, to a
 * hidden temporary file renamed onto the part's name when complete: an attempt that fails leaves
 * no part, and a repeated attempt (Spark's retry, speculative execution) replaces the part with
 * the identical events (streams from (seed, event)), so the directory never holds a half-written
 * part, a duplicate or a hole.
 */
final class PartTask implements VoidFunction<EventRange> {
    private static final long serialVersionUID = 1L;

    private final SampleRequest request;
    private final ShowerProfile profile;
    /** As a string: the executor resolves it on its own (shared) file system. */
    private final String dir;
    private final FaultInjection fault;

    PartTask(SampleRequest request, ShowerProfile profile, Path dir, FaultInjection fault) {
        this.request = request;
        this.profile = profile;
        this.dir = dir.toAbsolutePath().toString();
        this.fault = fault;
    }

    @Override
    public void call(EventRange range) {
        int attempt = TaskContext.get() == null ? 0 : TaskContext.get().attemptNumber();
        fault.before(range, attempt);
        // one thread: Spark runs as many tasks side by side as the executors have cores
        new ChainProducer().produceRange(request, range.first(), range.last(), Path.of(dir).resolve(range.partName()), profile, 1,
                Progress.silent(range.events()));
        fault.after(range, attempt);
    }
}
