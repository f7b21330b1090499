package na64.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import na64.core.Config;
import na64.monitor.live.RawReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code na64 replay}: a raw file rewritten at data-taking speed, for the online monitor. */
@Command(name = "replay",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Replays a raw-data file at data-taking speed into a new file, as a DAQ writes it: spill after spill,",
            "one spill every 60/PACE s, in blocks of --block bytes (records straddle the blocks, so a reader sees",
            "partial last events). The output has the same bytes as the input once the replay is over. For",
            "demonstrations and tests of `na64 monitor`."},
        footer = {"",
            "Examples:",
            "  na64 digitize ev.parquet --out run.raw --events-per-spill 200",
            "  na64 replay run.raw --out live/run.raw --pace 6 &   na64 monitor live --port 8064",
            "  na64 replay run.raw --out live/run2.raw --pace 6 --dead ECAL:47@5"})
public final class ReplayCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.raw", description = "Raw-data file to replay (na64 digitize).")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "RAW", description = "File to write (must not exist).")
    Path out;

    @Option(names = "--pace", required = true, paramLabel = "SPILLS_PER_MIN",
            description = "Spills per minute, in (0, 60000]; the SPS gives about 4 (one 4.8 s spill every ~15 s).")
    double pace;

    @Option(names = "--block", defaultValue = "65536", paramLabel = "BYTES",
            description = "Bytes per write, 1 .. 67108864. Default: ${DEFAULT-VALUE}.")
    int block;

    @Option(names = "--dead", paramLabel = "NAME:CHANNEL[@SPILL]",
            description = "Make a channel dead from a spill on (default 1), to see the alarms: a waveform channel reads flat,"
                    + " a strip or tube (layer x tubes + tube) gives no hits. Repeatable.")
    java.util.List<String> dead = new java.util.ArrayList<>();

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public void run() {
        RawReplay.Result r = RawReplay.run(in, out, pace, block,
                dead.stream().map(d -> na64.monitor.live.DeadChannel.parse("--dead", d)).toList());
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", out.toString());
            m.put("events", r.events());
            m.put("spills", r.spills());
            m.put("bytes", r.bytes());
            m.put("seconds", r.seconds());
            w.println(Config.toJson(m));
        } else {
            w.printf(Locale.ROOT, "replayed %d events in %d spills (%d bytes) into %s in %.1f s%n", r.events(), r.spills(),
                    r.bytes(), out, r.seconds());
        }
    }
}
