package na64.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import na64.core.Config;
import na64.core.InputException;
import na64.monitor.bench.LoadTest;
import na64.monitor.bench.MemoryReplay;
import na64.monitor.fill.OfflineHistograms;
import na64.monitor.LiveLoop;
import na64.monitor.live.RawFollower;
import na64.monitor.live.RawReplay;
import na64.monitor.state.MonitorSettings;
import na64.monitor.state.MonitorState;
import na64.monitor.web.MonitorServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code na64 bench monitor}: load on the monitor's server and its memory over a long accelerated replay. */
@Command(name = "monitor",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Measures the online monitor (figures reported, nothing asserted; docs/monitor.md):",
            "  load:   a server on loopback follows a replay of --sample at --pace while --clients clients request,",
            "          without pause, what a page asks for on each update (status, the latest spill's histograms,",
            "          alarms) for --seconds: requests, errors, throughput, latency percentiles;",
            "  memory: --spills spills of --events-per-spill events (the sample's events renumbered) written as",
            "          spill files into a directory the monitor follows; heap in use after a full GC every 100 spills."})
public final class BenchMonitorCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--sample", required = true, paramLabel = "RAW", description = "Raw file of the replays (na64 digitize).")
    Path sample;

    @Option(names = "--what", defaultValue = "both", paramLabel = "load|memory|both",
            description = "Which measurement. Default: ${DEFAULT-VALUE}.")
    String what;

    @Option(names = "--clients", defaultValue = "200", paramLabel = "N", description = "Concurrent clients (> 0). Default: ${DEFAULT-VALUE}.")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", paramLabel = "S", description = "Duration of the load (> 0). Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--pace", defaultValue = "20", paramLabel = "SPILLS_PER_MIN",
            description = "Pace of the replay during the load. Default: ${DEFAULT-VALUE}.")
    double pace;

    @Option(names = "--spills", defaultValue = "1000", paramLabel = "N", description = "Spills of the memory replay (> 0). Default: ${DEFAULT-VALUE}.")
    int spills;

    @Option(names = "--events-per-spill", defaultValue = "50", paramLabel = "N",
            description = "Events per spill of the memory replay (> 0). Default: ${DEFAULT-VALUE}.")
    int eventsPerSpill;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
        if (!Files.isRegularFile(sample)) {
            throw new InputException("--sample", "--sample: no such raw file: " + sample);
        }
        boolean load = what.equals("load") || what.equals("both");
        boolean memory = what.equals("memory") || what.equals("both");
        if (!load && !memory) {
            throw InputException.unknown("--what", what, java.util.List.of("load", "memory", "both"));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sample", sample.toString());
        out.put("cores", Runtime.getRuntime().availableProcessors());
        out.put("max_heap_MB", Runtime.getRuntime().maxMemory() / 1e6);
        PrintWriter w = spec.commandLine().getOut();
        if (memory) {
            Path dir = tempDir("na64-monitor-memory");
            try {
                MemoryReplay.Result r = MemoryReplay.run(sample, dir, new MonitorState(MonitorSettings.defaults(), null),
                        spills, eventsPerSpill, 100);
                out.put("memory", r.toJson());
                if (!json) {
                    w.printf(Locale.ROOT, "memory: %d spills x %d events (%d events, %.0f events/s); heap after GC [MB]:%n",
                            r.spills(), r.eventsPerSpill(), r.events(), r.events() / r.seconds());
                    r.heap().forEach(p -> w.printf(Locale.ROOT, "  after spill %5d: %7.1f%n", p.spill(), p.heapMegabytes()));
                }
            } finally {
                deleteTree(dir);
            }
        }
        if (load) {
            Path dir = tempDir("na64-monitor-load");
            MonitorState state = new MonitorState(MonitorSettings.defaults(), null);
            state.reference(OfflineHistograms.sum(OfflineHistograms.read(sample, 15, true, null)), sample.getFileName().toString());
            int run;
            try (var in = na64.reco.raw.RawReader.open(sample)) {
                run = in.runHeader().run();
            }
            try (MonitorServer server = new MonitorServer(state, "127.0.0.1", 0, 500);
                 LiveLoop loop = new LiveLoop(RawFollower.of(dir), state, 200, 5000)) {
                CompletableFuture<RawReplay.Result> replay = CompletableFuture.supplyAsync(
                        () -> RawReplay.run(sample, dir.resolve("live.raw"), pace, 1 << 16));
                // wait for the first events so that every request has data to return
                while (state.events() == 0 && !replay.isDone()) {
                    Thread.sleep(50);
                }
                LoadTest.Result r = LoadTest.run("http://127.0.0.1:" + server.port(), run, clients, seconds);
                out.put("load", r.toJson());
                out.put("events_filled_during_load", state.events());
                if (!json) {
                    w.printf(Locale.ROOT, "load: %d clients for %.0f s: %d requests (%.0f/s, %.1f MB/s), %d errors;"
                                    + " latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%s%n", r.clients(), r.seconds(),
                            r.requests(), r.requests() / r.seconds(), r.bytes() / r.seconds() / 1e6, r.errors(), r.p50() * 1e3,
                            r.p90() * 1e3, r.p99() * 1e3, r.max() * 1e3,
                            r.firstError() == null ? "" : "; first error: " + r.firstError());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                deleteTree(dir);
            }
        }
        if (json) {
            w.println(Config.toJson(out));
        }
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
