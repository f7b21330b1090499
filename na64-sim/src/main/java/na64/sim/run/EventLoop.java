package na64.sim.run;

import na64.sim.event.EnergyDeposits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import na64.core.Progress;
import na64.core.RandomStreams;
import na64.event.SimEvent;
import na64.sim.beam.ForcedDecay;
import na64.sim.event.EventRecord;
import na64.sim.particle.Particle;
import na64.detector.Setup;
import na64.sim.spectrometer.TransportState;
import na64.sim.spectrometer.UpstreamNuclearOptions;

/**
 * The event loop: for event i, the beam line ({@link UpstreamSimulator}) with the random stream
 * (seed, i, "beam") and the downstream simulation with (seed, i, "downstream"), so that every event
 * is a pure function of (seed, i). T worker threads simulate blocks of consecutive events; the
 * calling thread hands the finished events to the sink strictly in event-number order, so the
 * output is identical for any T. At most a few blocks per thread are in flight, so memory stays
 * bounded for any number of events.
 */
public final class EventLoop {
    /** Events per block handed from a worker to the writer. */
    static final int BLOCK = 256;
    /** Blocks in flight per worker thread (simulated but not yet written). */
    static final int BLOCKS_PER_THREAD = 3;

    private static final long BEAM_STREAM = RandomStreams.label("beam");
    private static final long DOWNSTREAM_STREAM = RandomStreams.label("downstream");

    private final Setup setup;
    private final SimulationOptions options;
    private final DownstreamSimulator.Factory factory;
    private final UpstreamSimulator upstream;

    public EventLoop(Setup setup, SimulationOptions options, DownstreamSimulator.Factory factory) {
        this(setup, options, factory, null);
    }

    /** With the decays in flight of the beam particles forced ({@link ForcedDecay}; null: natural). */
    public EventLoop(Setup setup, SimulationOptions options, DownstreamSimulator.Factory factory, ForcedDecay forcedDecay) {
        this(setup, options, factory, forcedDecay, UpstreamNuclearOptions.NATURAL);
    }

    /** The same with the electronuclear interactions in the beam-line material biased as {@code nuclear} says. */
    public EventLoop(Setup setup, SimulationOptions options, DownstreamSimulator.Factory factory, ForcedDecay forcedDecay,
                     UpstreamNuclearOptions nuclear) {
        this.setup = setup;
        this.options = options;
        this.factory = factory;
        this.upstream = new UpstreamSimulator(setup, forcedDecay, nuclear);
    }

    public Setup setup() {
        return setup;
    }

    /** Per-thread state: one downstream simulator, one event record, one transport state. */
    public final class Worker {
        private final DownstreamSimulator downstream = factory.create(setup, options);
        private final EventRecord record = new EventRecord(EnergyDeposits.forSetup(setup));
        private final TransportState state = new TransportState();

        /** Simulates event {@code i} of the run with seed {@code seed}. */
        public SimEvent simulate(long seed, long i) {
            record.reset(i);
            List<Particle> incoming = upstream.simulate(RandomStreams.forEvent(seed, i, BEAM_STREAM), record, state);
            downstream.simulate(incoming, RandomStreams.forEvent(seed, i, DOWNSTREAM_STREAM), record);
            return EventConversion.toSimEvent(record);
        }

        public DownstreamSimulator downstream() {
            return downstream;
        }
    }

    public Worker newWorker() {
        return new Worker();
    }

    /**
     * Simulates events 0 .. events-1 on {@code threads} threads and gives them to {@code sink} in
     * event order, on the calling thread. Returns the metadata reported by the downstream
     * simulator of the first worker.
     */
    public Map<String, String> run(long events, long seed, int threads, Progress progress, Consumer<SimEvent> sink) {
        return run(0, events, seed, threads, progress, sink);
    }

    /**
     * Simulates events {@code first} .. {@code last}-1 of the run, as {@link #run(long, long, int,
     * Progress, Consumer)} does: a run split into ranges (one per task of a cluster job) gives, range
     * after range, the events of the whole run.
     */
    public Map<String, String> run(long first, long last, long seed, int threads, Progress progress, Consumer<SimEvent> sink) {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("event range [" + first + ", " + last + ") is not a range of event numbers");
        }
        long events = last - first;
        long blocks = (events + BLOCK - 1) / BLOCK;
        AtomicLong nextBlock = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Object lock = new Object();
        Map<Long, List<SimEvent>> done = new HashMap<>();
        long[] written = {0}; // blocks handed to the sink (guarded by lock)
        int window = Math.max(1, threads) * BLOCKS_PER_THREAD;
        List<Thread> pool = new ArrayList<>();
        List<Worker> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            workers.add(newWorker());
        }
        for (int w = 0; w < threads; w++) {
            Worker worker = workers.get(w);
            Thread t = new Thread(() -> {
                try {
                    while (failure.get() == null) {
                        long b;
                        synchronized (lock) {
                            // do not run more than `window` blocks ahead of the writer
                            while (failure.get() == null && nextBlock.get() < blocks
                                    && nextBlock.get() - written[0] >= window) {
                                lock.wait();
                            }
                            b = nextBlock.get();
                            if (b >= blocks || failure.get() != null) {
                                return;
                            }
                            nextBlock.incrementAndGet();
                        }
                        long from = first + b * BLOCK;
                        long to = Math.min(last, from + BLOCK);
                        List<SimEvent> list = new ArrayList<>((int) (to - from));
                        for (long i = from; i < to; i++) {
                            list.add(worker.simulate(seed, i));
                        }
                        progress.advance(to - from);
                        synchronized (lock) {
                            done.put(b, list);
                            lock.notifyAll();
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    synchronized (lock) {
                        lock.notifyAll();
                    }
                }
            }, "na64-sim-" + w);
            t.setDaemon(true);
            pool.add(t);
            t.start();
        }
        try {
            for (long b = 0; b < blocks; b++) {
                List<SimEvent> list;
                synchronized (lock) {
                    while (!done.containsKey(b) && failure.get() == null) {
                        lock.wait();
                    }
                    if (failure.get() != null) {
                        break;
                    }
                    list = done.remove(b);
                }
                list.forEach(sink);
                synchronized (lock) {
                    written[0] = b + 1;
                    lock.notifyAll();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        } finally {
            synchronized (lock) {
                lock.notifyAll();
            }
            for (Thread t : pool) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error err) {
            throw err;
        }
        if (f != null) {
            throw new IllegalStateException("simulation interrupted", f);
        }
        return workers.isEmpty() ? Map.of() : workers.get(0).downstream().metadata();
    }
}
