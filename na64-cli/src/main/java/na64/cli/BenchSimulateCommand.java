package na64.cli;

import na64.sim.event.EnergyDeposits;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;
import na64.core.Progress;
import na64.core.RandomStreams;
import na64.sim.event.EventRecord;
import na64.physics.ParticleType;
import na64.sim.run.DownstreamSimulator;
import na64.sim.run.EventLoop;
import na64.sim.run.RunOptions;
import na64.sim.run.SimulationOptions;
import na64.sim.run.SimulationRun;
import na64.sim.run.UpstreamSimulator;
import na64.detector.Setup;
import na64.sim.spectrometer.TransportState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code na64 bench simulate}: events per second per core of the simulation, split into the beam
 * line alone, the whole event (beam line + downstream) without output, and the whole event written
 * to Parquet; and the peak heap memory.
 */
@Command(name = "simulate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Measures the simulation throughput in events per second per core: (1) the beam line",
            "alone (beam, decays, spectrometer, synchrotron radiation, SRD); (2) the beam line inside",
            "the event loop with Parquet output and no downstream part (the cost of everything but",
            "the cascade); (3) whole events (beam line + downstream cascade) without output; (4) whole",
            "events written to a Parquet file, and the peak heap memory of (4). Each: warm-up, then",
            "timed repetitions. (3) and (4) need the downstream simulation on the class path."})
public final class BenchSimulateCommand implements Runnable {
    @picocli.CommandLine.ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Mixin
    BeamOptions.SetupBeam beamOptions = new BeamOptions.SetupBeam();

    @Option(names = "--threads", defaultValue = "1", paramLabel = "T", description = "Worker threads for (2) and (3). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--repetitions", defaultValue = "3", paramLabel = "N", description = "Timed repetitions. Default: ${DEFAULT-VALUE}.")
    int repetitions;

    @Option(names = "--seconds", defaultValue = "2.0", paramLabel = "S", description = "Approximate duration of one repetition [s]. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--warmup", defaultValue = "2.0", paramLabel = "S", description = "Warm-up [s]. Default: ${DEFAULT-VALUE}.")
    double warmup;

    @Option(names = "--cut-energy", paramLabel = "GeV",
            description = "Energy below which e+- and photons are not followed one by one [GeV], as in simulate. "
                    + "Default: the simulation's.")
    Double cutEnergy;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** Mean and standard deviation of a rate over repetitions. */
    record Rate(double mean, double sd, double cpuMicrosPerEvent) {
        static Rate of(List<Double> r, double cpuMicrosPerEvent) {
            double m = r.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double v = r.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / Math.max(1, r.size() - 1);
            return new Rate(m, Math.sqrt(v), cpuMicrosPerEvent);
        }
    }

    /** CPU time of the whole process [ns] (all threads: workers, writer, GC, JIT); -1 if unavailable. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    @Override
    public void run() {
        Check.positive("--repetitions", (long) repetitions);
        Check.positive("--seconds", seconds);
        Check.nonNegative("--warmup", warmup);
        na64.core.Check.threads("--threads", threads);
        options(); // a bad --cut-energy fails before any timing
        BeamOptions.Beam b = beamOptions.resolve();
        Setup s = b.setup();
        ParticleType particle = b.particle();
        double e = b.energy();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("setup", s.name());
        result.put("beam", particle.cliName());
        result.put("energy_GeV", e);
        result.put("threads", threads);
        result.put("cut_energy_GeV", cutEnergy);
        result.put("cores_available", Runtime.getRuntime().availableProcessors());

        Rate beamline = beamLine(s);
        result.put("beamline_events_per_s_per_core", beamline.mean());
        result.put("beamline_sd", beamline.sd());
        result.put("beamline_us_per_event", 1e6 / beamline.mean());
        result.put("beamline_cpu_us_per_event", beamline.cpuMicrosPerEvent());
        // the event loop, the conversion and the Parquet output around the beam line, with a downstream
        // part that does nothing: what the beam line and the I/O cost per event
        DownstreamSimulator.Factory nothing = new DownstreamSimulator.Factory() {
            @Override
            public DownstreamSimulator create(Setup setup, SimulationOptions options) {
                return (incoming, rng, event) -> { };
            }

            @Override
            public String name() {
                return "none (benchmark of the beam line and output)";
            }
        };
        Path tmp;
        try {
            tmp = Files.createTempDirectory("na64-bench");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Map<String, Object> beamIo = new LinkedHashMap<>();
        Rate beamlineWithOutput = whole(s, nothing, tmp.resolve("beamline.parquet"), beamIo);
        result.put("beamline_with_output_events_per_s_per_core", beamlineWithOutput.mean() / threads);
        result.put("beamline_with_output_us_per_event", 1e6 * threads / beamlineWithOutput.mean());
        result.put("beamline_with_output_cpu_us_per_event", beamlineWithOutput.cpuMicrosPerEvent());

        DownstreamSimulator.Factory factory = bench.root.downstream();
        {
            result.put("downstream", factory.name());
            Rate whole = whole(s, factory, null);
            result.put("events_per_s_per_core", whole.mean() / threads);
            result.put("events_per_s_per_core_sd", whole.sd() / threads);
            result.put("cpu_us_per_event", whole.cpuMicrosPerEvent());
            result.put("beamline_share_of_time", whole.mean() / threads / beamline.mean());
            resetPeaks();
            Map<String, Object> io = new LinkedHashMap<>();
            Rate withOutput = whole(s, factory, tmp.resolve("bench.parquet"), io);
            result.put("events_per_s_per_core_with_output", withOutput.mean() / threads);
            result.put("events_per_s_per_core_with_output_sd", withOutput.sd() / threads);
            result.put("cpu_us_per_event_with_output", withOutput.cpuMicrosPerEvent());
            result.put("file_bytes_per_event", io.get("bytes_per_event"));
            result.put("peak_heap_MB", peakHeapBytes() / 1e6);
            result.put("max_heap_MB", Runtime.getRuntime().maxMemory() / 1e6);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Config.toJson(result));
        } else {
            result.forEach((k, v) -> out.printf("%-40s %s%n", k, v instanceof Double d ? String.format("%.4g", d) : v));
        }
    }

    /** Standard-Model events, with the --cut-energy if given. */
    private SimulationOptions options() {
        return cutEnergy == null ? SimulationOptions.standardModel()
                : new SimulationOptions(null, null, null, null, null, null, null, Check.positive("--cut-energy", cutEnergy));
    }

    private Rate beamLine(Setup s) {
        UpstreamSimulator sim = new UpstreamSimulator(s);
        EventRecord record = new EventRecord(EnergyDeposits.forSetup(s));
        TransportState state = new TransportState();
        long[] counter = {0};
        Runnable batch = () -> {
            for (int k = 0; k < 1000; k++) {
                long i = counter[0]++;
                record.reset(i);
                sim.simulate(RandomStreams.forEvent(1, i), record, state);
            }
        };
        return time(batch, 1000);
    }

    private Rate whole(Setup s, DownstreamSimulator.Factory factory, Path out) {
        return whole(s, factory, out, new LinkedHashMap<>());
    }

    /** Events per second (all threads together) of whole events, to memory or to a file. */
    private Rate whole(Setup s, DownstreamSimulator.Factory factory, Path out, Map<String, Object> io) {
        // size the runs from a short probe so that one repetition lasts about --seconds
        EventLoop loop = new EventLoop(s, options(), factory);
        long probe = 200;
        long t0 = System.nanoTime();
        loop.run(probe, 1, threads, Progress.silent(probe), ev -> { });
        double perEvent = (System.nanoTime() - t0) * 1e-9 / probe;
        long events = Math.max(200, (long) (seconds / perEvent));
        long warm = Math.max(200, (long) (warmup / perEvent));
        loop.run(warm, 2, threads, Progress.silent(warm), ev -> { });
        List<Double> rates = new ArrayList<>();
        long cpu0 = processCpuNanos();
        for (int r = 0; r < repetitions; r++) {
            long start = System.nanoTime();
            if (out == null) {
                loop.run(events, 10 + r, threads, Progress.silent(events), ev -> { });
            } else {
                RunOptions run = new RunOptions(beamOptions.setup, s.beam().particle(), s.beam().energy(), events, 10L + r, threads,
                        cutEnergy == null ? null : options());
                SimulationRun.toFile(run, s, factory, out, Progress.silent(events));
                try {
                    io.put("bytes_per_event", (double) Files.size(out) / events);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
            rates.add(events / ((System.nanoTime() - start) * 1e-9));
        }
        double cpu = cpu0 < 0 ? Double.NaN : (processCpuNanos() - cpu0) * 1e-3 / ((double) events * repetitions);
        return Rate.of(rates, cpu);
    }

    /** Times a batch of {@code perBatch} operations: warm-up, then repetitions of about --seconds. */
    private Rate time(Runnable batch, int perBatch) {
        long end = System.nanoTime() + (long) (warmup * 1e9);
        while (System.nanoTime() < end) {
            batch.run();
        }
        List<Double> rates = new ArrayList<>();
        var threadBean = ManagementFactory.getThreadMXBean();
        long cpu0 = threadBean.getCurrentThreadCpuTime();
        long total = 0;
        for (int r = 0; r < repetitions; r++) {
            long start = System.nanoTime();
            long stop = start + (long) (seconds * 1e9);
            long n = 0;
            while (System.nanoTime() < stop) {
                batch.run();
                n += perBatch;
            }
            total += n;
            rates.add(n / ((System.nanoTime() - start) * 1e-9));
        }
        return Rate.of(rates, (threadBean.getCurrentThreadCpuTime() - cpu0) * 1e-3 / total);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
