package na64.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import na64.bench.SelectionBench;
import na64.analysis.select.SelectionEngine;
import na64.analysis.select.SelectionSpec;
import na64.core.Check;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code na64 bench select}: the selection rate, events per second per core: the whole cut flow of
 * the built-in NA64e selection (every cut, cumulative weighted counts, control regions) as one
 * DuckDB query over a Parquet file of reconstructed-event columns.
 */
@Command(name = "select",
        mixinStandardHelpOptions = true,
        description = {"Selection rate in events per second per core: the cut flow of the built-in NA64e selection",
            "(10 cuts, 3 control regions, weighted counts) as one DuckDB query over a Parquet file of",
            "reconstructed-event columns (synthetic values; the rate of a columnar scan does not depend on them).",
            "Reference: ROOT RDataFrame, ~2.5 M events/s/core for such a selection."})
final class SelectBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BenchCommand.Settings settings = new BenchCommand.Settings();

    @Option(names = "--events", defaultValue = "2000000", paramLabel = "N",
            description = "Events in the benchmark file. Default: ${DEFAULT-VALUE}.")
    long events;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
            description = "Cores DuckDB may use; the rate is divided by them. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Override
    public Integer call() throws Exception {
        settings.check();
        Check.positive("--events", events);
        Check.positive("--threads", (long) threads);
        Path dir = Files.createTempDirectory("na64-bench-select");
        Path file = dir.resolve("reco.parquet");
        try {
            SelectionBench.writeFile(file, events, settings.seed);
            SelectionSpec selection = SelectionSpec.builtin().atBeamEnergy(100, "benchmark beam energy", "built-in");
            BenchCommand.Harness harness = new BenchCommand.Harness();
            BenchCommand.Harness.Result r;
            try (SelectionEngine engine = new SelectionEngine(threads)) {
                r = harness.measure(String.format(Locale.ROOT, "cut flow over %,d events, %d thread(s) [cut flows/s]", events, threads),
                        n -> {
                            double sum = 0;
                            for (int i = 0; i < n; i++) {
                                sum += engine.cutFlow(selection, List.of(file), List.of()).selected().events();
                            }
                            return sum;
                        }, settings);
            }
            double perCore = r.mean() * events / threads;
            double spread = r.std() * events / threads;
            if (settings.json) {
                java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
                json.put("events", events);
                json.put("threads", threads);
                json.put("events_per_second_per_core", perCore);
                json.put("events_per_second_per_core_std", spread);
                json.put("repetitions", r.repetitions());
                spec.commandLine().getOut().println(na64.core.Config.toJson(json));
            } else {
                BenchCommand.Harness.print(spec.commandLine().getOut(), List.of(r), false);
                spec.commandLine().getOut().printf(Locale.ROOT, "selection rate: %.3g +- %.2g events/s/core (ROOT RDataFrame: ~2.5e6)%n",
                        perCore, spread);
            }
            return 0;
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
