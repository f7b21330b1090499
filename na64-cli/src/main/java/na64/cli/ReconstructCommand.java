package na64.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import na64.core.Check;
import na64.core.Config;
import na64.core.Progress;
import na64.reco.process.RecoConfig;
import na64.reco.ReconstructionJob;
import na64.reco.conditions.ConditionsDirectory;
import na64.reco.raw.RawDamage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code na64 reconstruct}: raw data to reconstructed events (Parquet). */
@Command(name = "reconstruct",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reconstructs a raw-data file: template fits of the waveforms (two-pulse fits for pile-up),",
            "calibrated cell energies, ECAL energy, shower centre and shape chi2, HCAL module energies,",
            "VETO and SRD, strip clusters, straw drift circles, track segments and the momentum from the",
            "bending angle. Writes one Parquet file of reconstructed events (docs/reconstruction.md) with the",
            "MC truth links of simulated data.",
            "",
            "Units: GeV, cm, ns. A truncated or corrupted raw file is reported with the byte offsets of the",
            "damage (on standard error); every intact event is reconstructed, unless --strict."},
        footer = {"", "Example: na64 reconstruct run.raw --out reco.parquet --threads 2"})
public final class ReconstructCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RAW", description = "Raw-data file (na64 digitize).")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "RECO.parquet", description = "Output file (written atomically).")
    Path out;

    @Option(names = "--conditions", paramLabel = "DIR",
            description = "Conditions directory (index.yaml with run ranges). Default: the setup's built-in conditions,"
                    + " else the nominal ones.")
    Path conditions;

    @Option(names = "--config", paramLabel = "FILE.yaml",
            description = "Reconstruction settings (waveform fit, shower centre, tracking). Default: built in.")
    Path config;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "T",
            description = "Worker threads (the output does not depend on it). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--strict", description = "Treat damage in the raw file as an error (exit 2, nothing written).")
    boolean strict;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public void run() {
        Check.positive("--threads", threads);
        RecoConfig c = config == null ? RecoConfig.defaults() : RecoConfig.read(config);
        long size;
        try {
            size = java.nio.file.Files.size(in);
        } catch (java.io.IOException e) {
            throw new na64.core.InputException("RAW", "cannot read raw file " + in + ": " + e.getMessage());
        }
        ReconstructionJob.Result result;
        // the number of events is not known before reading: the bar follows the bytes read
        try (Progress progress = Progress.start("reconstruct", Math.max(1, size))) {
            result = ReconstructionJob.run(new ReconstructionJob.Options(in, out,
                    conditions == null ? null : ConditionsDirectory.open(conditions), c, threads, strict), progress);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (RawDamage d : result.damage()) {
            err.println("reconstruct: warning: " + in + ": " + d);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", out.toString());
        summary.put("events", result.events());
        summary.put("conditions", result.conditions());
        List<Map<String, Object>> damage = new ArrayList<>();
        for (RawDamage d : result.damage()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("offset", d.offset());
            m.put("kind", d.kind().name());
            m.put("message", d.message());
            m.put("skipped_bytes", d.skipped());
            damage.add(m);
        }
        summary.put("damage", damage);
        summary.put("seconds", result.seconds());
        summary.put("events_per_second", result.seconds() > 0 ? result.events() / result.seconds() : 0);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(Config.toJson(summary));
        } else {
            w.printf(Locale.ROOT, "reconstructed %d events into %s in %.1f s (%.0f events/s with %d thread%s)%s%n",
                    result.events(), out, result.seconds(), (double) summary.get("events_per_second"), threads,
                    threads == 1 ? "" : "s", damage.isEmpty() ? "" : "; " + damage.size() + " damaged region(s), see warnings");
        }
    }
}
