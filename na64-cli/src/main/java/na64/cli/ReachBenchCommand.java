package na64.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import na64.core.Progress;
import na64.physics.Lepton;
import na64.physics.material.Material;
import na64.physics.material.Materials;
import na64.reach.config.DatasetConfig;
import na64.reach.config.ReachConfig;
import na64.reach.config.ReachSetup;
import na64.reach.report.ReachRun;
import na64.reach.tracklength.ShowerCascade;
import na64.physics.tracklength.TrackLengthTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code na64 bench reach}: whole exclusion contours per second on one core, the coupling-independent
 * tabulation included, the track lengths given as a table (as a simulation writes them).
 */
@Command(name = "reach",
        mixinStandardHelpOptions = true,
        description = {"Exclusion contours per second, one core: dark photon at 100 GeV (e-, ECAL, 1e12 EOT),",
            "bremsstrahlung + resonant annihilation, track lengths from a 200-bin table; an invisible contour of",
            "100 masses (observed only, and with expected bands) and a visible band of 50 masses (WCAL, X17 setup)."})
final class ReachBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BenchCommand.Settings settings = new BenchCommand.Settings();

    @Override
    public Integer call() throws Exception {
        settings.check();
        Path dir = Files.createTempDirectory("na64-bench-reach");
        try {
            Path ecal = table(dir, "ecal-pbsc", 100);
            Path wcal = table(dir, "wcal-wsc", 100);
            BenchCommand.Harness harness = new BenchCommand.Harness();
            List<BenchCommand.Harness.Result> results = new ArrayList<>();
            ReachSetup invisible = ReachSetup.from(config("0.001:1:100", "invisible", false, dataset(ecal, "ecal-pbsc", 40, null)), dir);
            results.add(harness.measure("invisible contour, 100 masses, observed", n -> contours(invisible, n), settings));
            ReachSetup withBands = ReachSetup.from(config("0.001:1:100", "invisible", true, dataset(ecal, "ecal-pbsc", 40, null)), dir);
            results.add(harness.measure("invisible contour, 100 masses, with expected bands (b = 0.5)", n -> contours(withBands, n), settings));
            ReachSetup visible = ReachSetup.from(config("0.001:0.03:50", "visible", false, dataset(wcal, "wcal-wsc", 30, 250.0)), dir);
            results.add(harness.measure("visible band (two edges), 50 masses", n -> contours(visible, n), settings));
            BenchCommand.Harness.print(spec.commandLine().getOut(), results, settings.json);
            if (!settings.json) {
                for (BenchCommand.Harness.Result r : results) {
                    spec.commandLine().getOut().printf(java.util.Locale.ROOT, "  %s: %.0f ms per contour%n", r.name(), 1000 / r.mean());
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
        return 0;
    }

    private static double contours(ReachSetup setup, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += ReachRun.run(setup, Progress.silent(setup.masses().length)).observedLow()[0];
        }
        return sum;
    }

    private static Path table(Path dir, String material, double energy) {
        Material m = Materials.get(material);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("beam", "e-");
        meta.put("beam_energy_GeV", String.valueOf(energy));
        meta.put("material", material);
        ShowerCascade shower = ShowerCascade.approximationB(energy, m.radiationLengthCm(), m.criticalEnergy(), false);
        Path file = dir.resolve(material + ".csv");
        TrackLengthTable.tabulate(shower, 1e-3, energy, 200, meta).write(file);
        return file;
    }

    private static DatasetConfig dataset(Path table, String target, double x0, Double decayTo) {
        boolean visible = decayTo != null;
        return new DatasetConfig("bench", Lepton.ELECTRON.cliName(), 100.0, visible ? 5e10 : 1e12, visible ? 30.0 : 50.0, 0.5,
                null, 0.1, visible ? 0.0 : 0.5, visible ? 0.0 : 0.2, 0, target, x0, null, table.getFileName().toString(), null,
                null, decayTo, null, null);
    }

    private static ReachConfig config(String masses, String decay, boolean expected, DatasetConfig dataset) {
        return new ReachConfig("", null, "dark-photon", decay, masses, null, false, null, expected, null, null, null, null, List.of(dataset));
    }
}
