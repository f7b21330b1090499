package na64.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** Counts the task attempts that failed while a piece of work ran on the test session. */
final class FailedTasks extends SparkListener {
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger jobsEnded = new AtomicInteger();

    private FailedTasks() {
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskInfo().failed()) {
            failed.incrementAndGet();
        }
    }

    @Override
    public void onJobEnd(SparkListenerJobEnd end) {
        jobsEnded.incrementAndGet();
    }

    /** Runs {@code work} (one Spark job) and returns the failed attempts of its tasks. */
    static int during(Runnable work) throws InterruptedException {
        FailedTasks listener = new FailedTasks();
        var context = TestSpark.session().sparkContext();
        context.addSparkListener(listener);
        try {
            work.run();
            // listener events arrive asynchronously: wait for the job's end to be delivered (it follows its tasks')
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (listener.jobsEnded.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            return listener.failed.get();
        } finally {
            context.removeSparkListener(listener);
        }
    }
}
