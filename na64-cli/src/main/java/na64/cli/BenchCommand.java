package na64.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import na64.core.Check;
import na64.core.RandomStreams;
import na64.physics.Lepton;
import na64.physics.Mediator;
import na64.physics.brem.Approximation;
import na64.physics.brem.CrossSectionTable;
import na64.physics.brem.DarkBrem;
import na64.physics.brem.EmissionSampler;
import na64.physics.brem.FluxModel;
import na64.physics.material.Element;
import na64.physics.material.Elements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code na64 bench}: throughput benchmarks on one core. Each module adds its own subcommand ({@code physics}
 * here; {@code simulate}, {@code reach} later) and measures with {@link Harness}.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Throughput benchmarks on one core: warm-up, then timed repetitions (mean and spread)."},
        subcommands = {BenchCommand.Physics.class, BenchSimulateCommand.class, BenchCascadeCommand.class,
            BenchRecoCommand.class, SelectBenchCommand.class, ReachBenchCommand.class, BenchMonitorCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.ParentCommand
    Na64 root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options shared by every benchmark subcommand. */
    public static final class Settings {
        @Option(names = "--repetitions", defaultValue = "5", paramLabel = "N",
                description = "Timed repetitions per benchmark. Default: ${DEFAULT-VALUE}.")
        int repetitions;

        @Option(names = "--seconds", defaultValue = "1.0", paramLabel = "S",
                description = "Duration of one timed repetition [s]. Default: ${DEFAULT-VALUE}.")
        double seconds;

        @Option(names = "--warmup", defaultValue = "3.0", paramLabel = "S",
                description = "Warm-up before the first repetition [s] (lets the JIT compile). Default: ${DEFAULT-VALUE}.")
        double warmup;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the random streams. Default: ${DEFAULT-VALUE}.")
        long seed;

        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        void check() {
            Check.positive("--repetitions", (long) repetitions);
            Check.positive("--seconds", seconds);
            Check.nonNegative("--warmup", warmup);
        }
    }

    /** Times workloads: operations per second, mean and standard deviation over repetitions. */
    public static final class Harness {
        private long sink;

        /** A workload performs {@code operations} operations and returns anything derived from their results. */
        @FunctionalInterface
        public interface Workload {
            double run(int operations);
        }

        /** One measured rate [operations per second]. */
        public record Result(String name, double mean, double std, int repetitions) {
        }

        public Result measure(String name, Workload workload, Settings settings) {
            runFor(workload, settings.warmup);
            double[] rates = new double[settings.repetitions];
            for (int r = 0; r < rates.length; r++) {
                rates[r] = runFor(workload, settings.seconds);
            }
            double mean = 0;
            for (double v : rates) {
                mean += v / rates.length;
            }
            double var = 0;
            for (double v : rates) {
                var += (v - mean) * (v - mean);
            }
            double std = rates.length > 1 ? Math.sqrt(var / (rates.length - 1)) : 0;
            return new Result(name, mean, std, rates.length);
        }

        private double runFor(Workload workload, double seconds) {
            long budget = (long) (seconds * 1e9);
            int batch = 1;
            long operations = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                double result = workload.run(batch);
                sink += Double.doubleToRawLongBits(result);
                operations += batch;
                elapsed = System.nanoTime() - start;
                if (elapsed < budget / 50 && batch < (1 << 20)) {
                    batch *= 2;
                }
            } while (elapsed < budget);
            return operations / (elapsed * 1e-9);
        }

        /** Prints results as a table or JSON. */
        public static void print(PrintWriter out, List<Result> results, boolean json) throws Exception {
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Result r : results) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("benchmark", r.name());
                    row.put("per_second_mean", r.mean());
                    row.put("per_second_std", r.std());
                    row.put("repetitions", r.repetitions());
                    rows.add(row);
                }
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
                return;
            }
            out.println(String.format(Locale.ROOT, "%-62s %14s %12s", "benchmark (one core)", "per second", "spread"));
            for (Result r : results) {
                out.println(String.format(Locale.ROOT, "%-62s %14.4g %11.1f%%", r.name(), r.mean(), 100 * r.std() / r.mean()));
            }
        }
    }

    /** {@code na64 bench physics}: cross-section evaluations and sampled emissions per second. */
    @Command(name = "physics",
            mixinStandardHelpOptions = true,
            description = {"Dark-bremsstrahlung total cross-section evaluations and sampled emissions per second, one core.",
                "Masses and energies vary from call to call, as inside a shower."})
    static final class Physics implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        Settings settings = new Settings();

        @Override
        public Integer call() throws Exception {
            settings.check();
            Element lead = Elements.get("Pb");
            Harness harness = new Harness();
            List<Harness.Result> results = new ArrayList<>();

            DarkBrem electron = DarkBrem.of(Lepton.ELECTRON, Mediator.VECTOR, Approximation.ETL, FluxModel.ELASTIC);
            double[] masses = logSpaced(1.1e-3, 3.0, 64);
            double[] lowMasses = logSpaced(1e-6, 0.9e-3, 64);
            double[] energies = logSpaced(20, 200, 61);
            results.add(harness.measure("e- ETL total, vector, Pb, m = 1.1 MeV-3 GeV", n -> {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += electron.totalPb(lead, masses[i & 63], energies[i % 61], 1e-4);
                }
                return sum;
            }, settings));
            results.add(harness.measure("e- ETL total, vector, Pb, m = 1 keV-0.9 MeV (table)", n -> {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += electron.totalPb(lead, lowMasses[i & 63], energies[i % 61], 1e-4);
                }
                return sum;
            }, settings));

            RandomGenerator rng = RandomStreams.forEvent(settings.seed, 0);
            EmissionSampler electronSampler = electron.sampler(lead, 0.01);
            results.add(harness.measure("e- emission (x, theta), vector, m = 10 MeV, E0 = 20-200 GeV", n -> {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += electronSampler.sample(energies[i % 61], rng).x();
                }
                return sum;
            }, settings));
            EmissionSampler heavySampler = electron.sampler(lead, 1.0);
            results.add(harness.measure("e- emission (x, theta), vector, m = 1 GeV, E0 = 20-200 GeV", n -> {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += heavySampler.sample(energies[i % 61], rng).x();
                }
                return sum;
            }, settings));

            DarkBrem muon = DarkBrem.of(Lepton.MUON, Mediator.VECTOR, Approximation.WW, FluxModel.ELASTIC);
            double[] muonMasses = logSpaced(0.01, 1.0, 16);
            results.add(harness.measure("mu- WW total (numerical x-theta integral), vector, Pb, 160 GeV", n -> {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += muon.totalPb(lead, muonMasses[i & 15], 160, 1);
                }
                return sum;
            }, settings));
            CrossSectionTable table = muon.tabulate(lead, 0.1, 1, 10, 200, 100);
            double[] muonEnergies = logSpaced(10, 200, 97);
            results.add(harness.measure("mu- WW total from a tabulated sigma(E0), m = 100 MeV", n -> {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += table.at(muonEnergies[i % 97]);
                }
                return sum;
            }, settings));
            EmissionSampler muonSampler = muon.sampler(lead, 0.1);
            double[] beamEnergies = logSpaced(150, 160, 16);
            results.add(harness.measure("mu- emission (x, theta), vector, m = 100 MeV, E0 = 150-160 GeV", n -> {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += muonSampler.sample(beamEnergies[i & 15], rng).x();
                }
                return sum;
            }, settings));

            Harness.print(spec.commandLine().getOut(), results, settings.json);
            return 0;
        }

        private static double[] logSpaced(double from, double to, int n) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = from * Math.pow(to / from, (double) i / (n - 1));
            }
            return v;
        }
    }
}
