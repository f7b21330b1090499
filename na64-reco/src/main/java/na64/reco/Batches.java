package na64.reco;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Maps batches of events on a pool of worker threads, keeping the event order, so that a file is
 * written in event order whatever the number of threads (each event's result depends only on the
 * event: per-event random streams, stateless processors).
 */
public final class Batches implements AutoCloseable {
    private final ForkJoinPool pool;
    private final int threads;

    public Batches(int threads) {
        this.threads = threads;
        this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
    }

    /** f applied to every element, results in input order. */
    public <A, B> List<B> map(List<A> batch, Function<A, B> f) {
        if (pool == null) {
            return batch.stream().map(f).toList();
        }
        try {
            return pool.submit(() -> batch.parallelStream().map(f).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public int threads() {
        return threads;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
