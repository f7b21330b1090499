package na64.bench;

import na64.reco.ReadoutFiles;
import na64.reco.Reconstruction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import na64.event.SimEvent;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.reco.conditions.Conditions;
import na64.reco.digitize.Digitizer;
import na64.reco.digitize.DigitizerConfig;
import na64.reco.digitize.PileupSource;
import na64.reco.digitize.SimEventInput;
import na64.reco.digitize.TrueEvent;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.geometry.SetupReadout;
import na64.reco.process.EventStore;
import na64.reco.process.RunContext;
import na64.sim.run.DownstreamSimulator;
import na64.sim.run.EventLoop;
import na64.sim.run.SimulationOptions;
import na64.sim.run.SimulationRun;
import na64.detector.Setup;
import na64.reco.process.EventKeys;

/**
 * The reconstruction benchmark behind {@code na64 bench reco}: a sample of simulated events of a
 * setup is digitised once (in memory), then reconstructed over and over on one thread; the result
 * is reconstructed events per second per core (mean and spread over timed repetitions after a
 * warm-up) and the time spent in each processor.
 */
public final class RecoBench {
    /**
     * @param eventsPerSecond  mean rate on one core
     * @param sd               its standard deviation over the repetitions
     * @param microsPerEvent   1e6 / rate
     * @param perProcessor     mean time per event in each processor [us]
     * @param sample           events in the sample
     */
    public record Result(double eventsPerSecond, double sd, double microsPerEvent, Map<String, Double> perProcessor,
                         int sample) {
    }

    /** The raw sample and what is needed to reconstruct it. */
    public record Sample(ReadoutGeometry geometry, Conditions conditions, RunHeader header, List<RawEvent> events) {
    }

    private RecoBench() {
    }

    /** Simulates {@code n} events of {@code setup} and digitises them (pile-up as configured in {@code config}). */
    public static Sample sample(Setup setup, DownstreamSimulator.Factory downstream, int n, long seed, DigitizerConfig config) {
        ReadoutGeometry geometry = SetupReadout.from(setup, config.pitches());
        EventLoop.Worker worker = new EventLoop(setup, SimulationOptions.standardModel(), downstream).newWorker();
        SimEventInput input = new SimEventInput(SimulationRun.detectors(setup),
                setup.trackers().stream().map(t -> t.name()).toList(), geometry);
        List<TrueEvent> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SimEvent e = worker.simulate(seed, i);
            events.add(input.toTrue(e));
        }
        Conditions conditions = ReadoutFiles.defaultConditions(geometry).forRun(1);
        PileupSource pool = config.pileup().enabled() ? PileupSource.pool(events) : null;
        Digitizer digitizer = new Digitizer(geometry, conditions, config, pool, seed, 1);
        RunHeader header = digitizer.runHeader(ReadoutFiles.provenance(geometry));
        List<RawEvent> raw = new ArrayList<>(n);
        for (TrueEvent e : events) {
            raw.add(digitizer.digitize(e));
        }
        return new Sample(geometry, conditions, header, raw);
    }

    /** Times the reconstruction of the sample on the calling thread. */
    public static Result measure(Sample sample, int repetitions, double seconds, double warmup) {
        Reconstruction reco = Reconstruction.chain(sample.geometry(),
                na64.reco.conditions.ConditionsProvider.fixed(sample.conditions()));
        RunContext run = reco.beginRun(sample.header());
        int processors = reco.processors().processors().size();
        long[] nanos = new long[processors];
        long[] events = {0};
        runFor(reco, run, sample.events(), warmup, new long[processors], events);
        List<Double> rates = new ArrayList<>();
        long timed = 0;
        for (int r = 0; r < repetitions; r++) {
            events[0] = 0;
            long t = System.nanoTime();
            runFor(reco, run, sample.events(), seconds, nanos, events);
            rates.add(events[0] / ((System.nanoTime() - t) * 1e-9));
            timed += events[0];
        }
        double mean = rates.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double var = rates.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / Math.max(1, rates.size() - 1);
        Map<String, Double> per = new LinkedHashMap<>();
        for (int i = 0; i < processors; i++) {
            per.put(reco.processors().processors().get(i).name(), nanos[i] * 1e-3 / timed);
        }
        return new Result(mean, Math.sqrt(var), 1e6 / mean, per, sample.events().size());
    }

    private static void runFor(Reconstruction reco, RunContext run, List<RawEvent> events, double seconds, long[] nanos,
                               long[] count) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int i = 0;
        do {
            EventStore store = EventStore.of(Map.of(EventKeys.RAW, events.get(i)));
            reco.processors().processTimed(store, run, nanos);
            count[0]++;
            i = (i + 1) % events.size();
        } while (System.nanoTime() < end);
    }
}
