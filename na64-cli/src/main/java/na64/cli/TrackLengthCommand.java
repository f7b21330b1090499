package na64.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;
import na64.core.Progress;
import na64.physics.tracklength.TrackLengthTable;
import na64.sim.cascade.Layout;
import na64.sim.downstream.SetupLayout;
import na64.physics.ParticleType;
import na64.detector.Setup;
import na64.sim.tracklength.TrackLengthRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code na64 tracklength}: a track-length table of the active target from the shower simulation. */
@Command(name = "tracklength",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Simulates beam particles into a setup's calorimeters with the explicit cascade down to a low",
            "cut and writes the differential track lengths dT/dE of electrons, positrons and photons in",
            "the active target (the setup's target calorimeter) in the format the reach reads",
            "(docs/formats.md; 'na64 reach --track-lengths FILE'). Valid above the cut.",
            "",
            "Units: GeV, cm. Low cuts are slow: ~6 ms per 100 GeV electron at 10 MeV, ~60 ms at 1 MeV."},
        footer = {"", "Example: na64 tracklength --setup na64e-2022 --beam e- --energy 100 --events 2000 --cut 0.005 --out t.csv"})
public final class TrackLengthCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    BeamOptions.ShowerBeam beamOptions = new BeamOptions.ShowerBeam();

    @Option(names = "--events", defaultValue = "2000", paramLabel = "N", description = "Beam particles. Default: ${DEFAULT-VALUE}.")
    long events;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Run seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--cut", defaultValue = "0.005", paramLabel = "GeV",
            description = "Energy down to which e+- and photons are followed [GeV] (>= 0.001); the table starts there. "
                    + "Default: ${DEFAULT-VALUE}.")
    double cut;

    @Option(names = "--bins-per-decade", defaultValue = "20", paramLabel = "N", description = "Energy bins per decade. Default: ${DEFAULT-VALUE}.")
    int binsPerDecade;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
            description = "Worker threads (the table does not depend on it). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output table (CSV, written atomically).")
    Path out;

    @Option(names = "--json", description = "Print a JSON summary.")
    boolean json;

    @Override
    public void run() {
        Check.positive("--events", events);
        if (cut < 1e-3) {
            throw InputException.outOfRange("--cut", cut, ">= 0.001 GeV");
        }
        BeamOptions.Beam b = beamOptions.resolve();
        Setup s = b.setup();
        ParticleType particle = b.particle();
        double e = b.energy();
        Layout layout = SetupLayout.of(s);
        int target = layout.indexOf(s.target());
        if (target < 0) {
            throw new InputException("--setup", s.name() + ": the target " + s.target() + " is not downstream of the beam line");
        }
        long start = System.nanoTime();
        TrackLengthTable table;
        try (Progress progress = Progress.start("tracklength", events)) {
            table = TrackLengthRun.run(new TrackLengthRun.Request(layout, target, s.name(), particle, e, events, seed, cut,
                    binsPerDecade, threads), progress);
        }
        table.write(out);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", out.toString());
        summary.put("setup", s.name());
        summary.put("beam", particle.cliName());
        summary.put("energy_GeV", e);
        summary.put("target", s.target());
        summary.put("events", events);
        summary.put("cut_GeV", cut);
        summary.put("bins", table.bins());
        summary.put("seconds", (System.nanoTime() - start) * 1e-9);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(Config.toJson(summary));
        } else {
            w.printf("wrote %s: %d bins from %g to %g GeV, %d %s at %g GeV in %s (%.1f s)%n", out, table.bins(),
                    table.minEnergy(), table.maxEnergy(), events, particle, e, s.target(), summary.get("seconds"));
        }
    }
}
