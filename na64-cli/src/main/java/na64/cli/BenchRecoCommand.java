package na64.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;
import na64.bench.RecoBench;
import na64.reco.digitize.DigitizerConfig;
import na64.physics.ParticleType;
import na64.detector.Setup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code na64 bench reco}: reconstructed events per second per core. */
@Command(name = "reco",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Measures the reconstruction throughput in events per second per core: a sample of simulated",
            "events is digitised once in memory, then reconstructed on one thread (warm-up, then timed",
            "repetitions); also the time per event in each processor of the chain."})
public final class BenchRecoCommand implements Runnable {
    @picocli.CommandLine.ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Mixin
    BeamOptions.SetupBeam beamOptions = new BeamOptions.SetupBeam();

    @Option(names = "--sample", defaultValue = "500", paramLabel = "N", description = "Events in the sample. Default: ${DEFAULT-VALUE}.")
    int sample;

    @Option(names = "--pileup", defaultValue = "off", paramLabel = "on|off", description = "Pile-up in the sample. Default: ${DEFAULT-VALUE}.")
    String pileup;

    @Option(names = "--intensity", defaultValue = "5e6", paramLabel = "N",
            description = "Beam particles per spill for the pile-up. Default: ${DEFAULT-VALUE}.")
    double intensity;

    @Option(names = "--repetitions", defaultValue = "3", paramLabel = "N", description = "Timed repetitions. Default: ${DEFAULT-VALUE}.")
    int repetitions;

    @Option(names = "--seconds", defaultValue = "2.0", paramLabel = "S", description = "Duration of one repetition [s]. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--warmup", defaultValue = "2.0", paramLabel = "S", description = "Warm-up [s]. Default: ${DEFAULT-VALUE}.")
    double warmup;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the sample. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
        Check.positive("--sample", (long) sample);
        Check.positive("--repetitions", (long) repetitions);
        Check.positive("--seconds", seconds);
        Check.nonNegative("--warmup", warmup);
        boolean on = switch (pileup.toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw InputException.unknown("--pileup", pileup, java.util.List.of("on", "off"));
        };
        BeamOptions.Beam b = beamOptions.resolve();
        Setup s = b.setup();
        ParticleType particle = b.particle();
        double e = b.energy();
        DigitizerConfig config = DigitizerConfig.defaults().withPileup(on, Check.positive("--intensity", intensity));
        RecoBench.Sample events = RecoBench.sample(s, bench.root.downstream(), sample, seed, config);
        RecoBench.Result r = RecoBench.measure(events, repetitions, seconds, warmup);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("setup", s.name());
        out.put("beam", particle.cliName());
        out.put("energy_GeV", e);
        out.put("pileup", on);
        out.put("sample", r.sample());
        out.put("reco_events_per_s_per_core", r.eventsPerSecond());
        out.put("reco_sd", r.sd());
        out.put("reco_us_per_event", r.microsPerEvent());
        out.put("us_per_event_by_processor", r.perProcessor());
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(Config.toJson(out));
        } else {
            w.printf(Locale.ROOT, "reconstruction, %s, %s %.0f GeV, pile-up %s: %.0f +- %.0f events/s per core (%.1f us/event)%n",
                    s.name(), particle.cliName(), e, on ? "on" : "off", r.eventsPerSecond(), r.sd(), r.microsPerEvent());
            r.perProcessor().forEach((name, us) -> w.printf(Locale.ROOT, "  %-18s %8.1f us/event%n", name, us));
        }
    }
}
