package na64.sim.tracklength;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import na64.core.BuildInfo;
import na64.core.Check;
import na64.core.InputException;
import na64.core.Progress;
import na64.core.RandomStreams;
import na64.physics.tracklength.TrackLengthTable;
import na64.sim.cascade.Cascade;
import na64.sim.cascade.CascadeConfig;
import na64.sim.cascade.CascadeContext;
import na64.sim.cascade.CascadePhysics;
import na64.sim.cascade.Layout;
import na64.physics.ParticleType;

/**
 * Produces a track-length table (docs/formats.md) by simulating beam particles into a layout with
 * the explicit cascade down to a low cut and scoring the e-, e+ and photon track lengths in the
 * target volume ({@link TrackLengthScorer}). Events run in blocks of {@value #BLOCK}, each with its
 * own scorer, merged in block order, so the table does not depend on the number of threads.
 */
public final class TrackLengthRun {
    static final int BLOCK = 50;

    /**
     * @param layout        the setup's downstream layout
     * @param target        index of the scored volume
     * @param setupName     for the table's header
     * @param beam          e-, e+ or gamma
     * @param energy        beam energy [GeV]
     * @param events        number of beam particles
     * @param seed          run seed (event i uses the stream of (seed, i))
     * @param cut           explicit-cascade cut [GeV]: the table starts there
     * @param binsPerDecade bins per decade of energy
     * @param threads       worker threads
     */
    public record Request(Layout layout, int target, String setupName, ParticleType beam, double energy, long events,
                          long seed, double cut, int binsPerDecade, int threads) {
        public Request {
            Check.positive("energy", energy);
            Check.positive("events", events);
            Check.positive("cut", cut);
            if (!(cut < energy)) {
                throw InputException.outOfRange("cut", cut, "< the beam energy " + energy + " GeV");
            }
            if (binsPerDecade < 1 || binsPerDecade > 200) {
                throw InputException.outOfRange("bins-per-decade", binsPerDecade, "1 ... 200");
            }
            na64.core.Check.threads("threads", threads);
            if (!beam.isElectromagnetic()) {
                throw InputException.outOfRange("beam", beam.cliName(), "e-, e+ or gamma");
            }
        }
    }

    private TrackLengthRun() {
    }

    /** Simulates and returns the table (with its header). */
    public static TrackLengthTable run(Request r, Progress progress) {
        // parameterised showers below the cut leave no track length: make them as cheap as possible
        CascadePhysics physics = new CascadePhysics(r.layout(), new CascadeConfig(r.cut(), 1000, 1, 2.0));
        long blocks = (r.events() + BLOCK - 1) / BLOCK;
        ExecutorService pool = Executors.newFixedThreadPool(r.threads(), task -> {
            Thread t = new Thread(task, "tracklength");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(() -> new Worker(physics, r));
        TrackLengthScorer total = new Worker(physics, r).newScorer();
        try {
            List<Future<TrackLengthScorer>> futures = new ArrayList<>();
            for (long b = 0; b < blocks; b++) {
                long first = b * BLOCK;
                long last = Math.min(r.events(), first + BLOCK);
                futures.add(pool.submit(() -> {
                    TrackLengthScorer s = workers.get().block(first, last);
                    if (progress != null) {
                        progress.advance(last - first);
                    }
                    return s;
                }));
            }
            for (Future<TrackLengthScorer> f : futures) {
                total.merge(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("setup", r.setupName());
        meta.put("beam", r.beam().cliName());
        meta.put("beam_energy_GeV", num(r.energy()));
        meta.put("target", r.layout().volume(r.target()).name());
        meta.put("material", r.layout().volume(r.target()).material().name());
        meta.put("events", Long.toString(r.events()));
        meta.put("seed", Long.toString(r.seed()));
        meta.put("cut_GeV", num(r.cut()));
        meta.put("valid_above_GeV", num(r.cut()));
        meta.put("producer", "na64 tracklength (explicit cascade: bremsstrahlung, pair production, Compton, "
                + "annihilation in flight, ionisation; no multiple scattering)");
        meta.put("code_version", BuildInfo.describe());
        return total.table(meta);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** One thread's cascade. */
    private static final class Worker {
        private final Request r;
        private final CascadeContext context;
        private final Cascade cascade;
        private final double z;

        Worker(CascadePhysics physics, Request request) {
            this.r = request;
            this.context = new CascadeContext(physics);
            this.cascade = Cascade.electromagnetic(context);
            this.z = request.layout().volume(0).zFront() - 1e-3;
        }

        TrackLengthScorer newScorer() {
            return new TrackLengthScorer(r.cut(), r.energy(), r.binsPerDecade(), r.layout().size(), r.target());
        }

        TrackLengthScorer block(long first, long last) {
            TrackLengthScorer scorer = newScorer();
            context.setObserver(scorer);
            for (long i = first; i < last; i++) {
                context.startEvent(RandomStreams.forEvent(r.seed(), i), null);
                context.stack().push(r.beam(), r.energy(), 0, 0, z, 0, 0, 1);
                cascade.run();
                scorer.endEvent();
            }
            return scorer;
        }
    }
}
