package na64.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import na64.core.Check;
import na64.core.Config;
import na64.core.InputException;
import na64.core.Progress;
import na64.event.SimEventReader;
import na64.reco.DigitizationJob;
import na64.reco.conditions.ConditionsDirectory;
import na64.reco.digitize.DigitizerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code na64 digitize}: simulated events to raw data (waveforms, strips, drift times). */
@Command(name = "digitize",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Digitises simulated events into a raw-data file (docs/rawformat.md): photo-electron statistics,",
            "PMT pulses sampled by the waveform board (12 bit, 12.5 ns x 32 samples by default), pedestals,",
            "noise and saturation; Micromegas/GEM strips with charge sharing; straw drift times through the",
            "r-t relation; noise hits, inefficiency and dead channels; optional pile-up of beam particles",
            "arriving at random during the spill (docs/reconstruction.md).",
            "",
            "Units: GeV, cm, ns. The same seed gives the same raw file for any number of threads."},
        footer = {"",
            "Examples:",
            "  na64 digitize ev.parquet --out run.raw",
            "  na64 digitize ev.parquet --out run.raw --pileup on --intensity 5e6 --seed 2",
            "  na64 digitize ev.parquet --out run.raw --events-per-spill 200   (then: na64 replay run.raw --out live.raw --pace 6)"})
public final class DigitizeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.parquet", description = "Simulated-event file (na64 simulate).")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "RAW", description = "Raw-data file to write (atomically).")
    Path out;

    @Option(names = "--pileup", defaultValue = "off", paramLabel = "on|off",
            description = "Overlay pile-up beam particles. Default: ${DEFAULT-VALUE}.")
    String pileup;

    @Option(names = "--intensity", paramLabel = "N",
            description = "Beam particles per spill of 4.8 s for the pile-up (> 0). Default: 5e6.")
    Double intensity;

    @Option(names = "--pileup-pool", paramLabel = "FILE.parquet",
            description = "Simulated beam events to overlay as pile-up. Default: the input file itself.")
    Path pileupPool;

    @Option(names = "--pool", defaultValue = "2000", paramLabel = "N",
            description = "Events read into the pile-up pool (> 0). Default: ${DEFAULT-VALUE}.")
    int pool;

    @Option(names = "--events-per-spill", paramLabel = "N",
            description = "Triggers per spill: event n is in spill 1 + n / N (> 0). Default: 10000 (digitizer.yaml).")
    Integer eventsPerSpill;

    @Option(names = "--board", paramLabel = "NAME",
            description = "Waveform board: msadc (12.5 ns x 32 samples) or fast2025 (3x faster, 96 samples). Default: msadc.")
    String board;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the digitisation: event i uses the stream (seed, i). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--run", defaultValue = "1", paramLabel = "N",
            description = "Run number written into the raw headers (conditions are looked up with it). Default: ${DEFAULT-VALUE}.")
    int run;

    @Option(names = "--true-conditions", paramLabel = "DIR",
            description = "Conditions directory describing the simulated detector (gains, pedestals, r-t, alignment);"
                    + " e.g. deliberately mis-set constants for calibration studies. Default: the setup's conditions.")
    Path trueConditions;

    @Option(names = "--config", paramLabel = "FILE.yaml",
            description = "Digitisation parameters (complete file; see na64/reco/digitizer.yaml). Default: built in.")
    Path config;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
            description = "Worker threads (the output does not depend on it). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public void run() {
        Check.positive("--threads", threads);
        Check.positive("--pool", pool);
        Check.nonNegative("--run", run);
        DigitizerConfig c = config == null ? DigitizerConfig.defaults() : DigitizerConfig.read(config);
        boolean on = switch (pileup.toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw InputException.unknown("--pileup", pileup, java.util.List.of("on", "off"));
        };
        double rate = intensity == null ? c.pileup().intensity() : Check.positive("--intensity", intensity);
        c = c.withPileup(on, rate);
        if (eventsPerSpill != null) {
            c = c.withEventsPerSpill((int) Check.positive("--events-per-spill", eventsPerSpill));
        }
        if (board != null) {
            if (!c.boards().containsKey(board)) {
                throw InputException.unknown("--board", board, c.boards().keySet());
            }
            c = c.withBoard(board);
        }
        long events;
        try (SimEventReader r = SimEventReader.open(in)) {
            events = r.count();
        }
        DigitizationJob.Result result;
        try (Progress progress = Progress.start("digitize", events)) {
            result = DigitizationJob.run(new DigitizationJob.Options(in, out, seed, run, c,
                    trueConditions == null ? null : ConditionsDirectory.open(trueConditions), pileupPool, pool, threads),
                    progress);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", out.toString());
        summary.put("events", result.events());
        summary.put("bytes", result.bytes());
        summary.put("board", c.board());
        summary.put("pileup", on);
        summary.put("intensity_per_spill", on ? rate : 0);
        summary.put("mean_pileup_particles", result.meanPileup());
        summary.put("true_conditions", result.trueConditions());
        summary.put("seconds", result.seconds());
        summary.put("events_per_second", result.seconds() > 0 ? result.events() / result.seconds() : 0);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(Config.toJson(summary));
        } else {
            w.printf(Locale.ROOT, "wrote %d events (%d bytes) to %s in %.1f s; pile-up %s%n", result.events(), result.bytes(),
                    out, result.seconds(), on ? String.format(Locale.ROOT, "%.2f particles per event", result.meanPileup()) : "off");
        }
    }
}
