package na64.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import na64.core.InputException;
import na64.monitor.fill.OfflineHistograms;
import na64.monitor.LiveLoop;
import na64.monitor.live.RawFollower;
import na64.monitor.state.MonitorSettings;
import na64.monitor.state.MonitorState;
import na64.monitor.web.MonitorServer;
import na64.reco.conditions.ConditionsDirectory;
import na64.reco.conditions.ConditionsProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code na64 monitor}: the online monitor, a web page following raw data as it is written. */
@Command(name = "monitor",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Follows a raw-data file, or the *.raw files of a directory, as a DAQ writes them (a partial last event is",
            "read when complete) and serves a live web page: per-spill histograms of every detector (pulse amplitude,",
            "time and occupancy; strip and tube hit maps, drift times; E_ECAL, E_HCAL, E_ECAL vs E_HCAL, SRD, VETO,",
            "momentum, beam profile; triggers, events per spill), navigation by run and spill, a reference run",
            "overlaid, alarms (dead, hot or noisy channels, rate drop, timing shift) judged at the end of every spill.",
            "Read-only: it serves its own page and a JSON API (docs/monitor.md), nothing else."},
        footer = {"",
            "Examples:",
            "  na64 monitor live/ --port 8064 --reference good.raw",
            "  na64 replay run.raw --out live/run.raw --pace 6 &   (a simulated run at data-taking speed)"})
public final class MonitorCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RAWDIR", description = "Raw-data file or directory of *.raw files to follow.")
    Path source;

    @Option(names = "--port", defaultValue = "8064", paramLabel = "P",
            description = "HTTP port, 0 .. 65535 (0: any free port, printed). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Interface to listen on (0.0.0.0: every interface). Default: ${DEFAULT-VALUE} (this machine only).")
    String host;

    @Option(names = "--reference", paramLabel = "FILE.raw",
            description = "A good run: overlaid on the plots and the baseline of the channel and timing alarms."
                    + " Default: none (alarms compare with the run's earlier spills).")
    Path reference;

    @Option(names = "--conditions", paramLabel = "DIR",
            description = "Conditions directory for the reconstructed histograms. Default: the setup's built-in conditions.")
    Path conditions;

    @Option(names = "--no-reco", description = "Raw histograms only (no reconstruction: for a slow machine or a high rate).")
    boolean noReco;

    @Option(names = "--keep-runs", defaultValue = "10", paramLabel = "N",
            description = "Runs kept (> 0). Default: ${DEFAULT-VALUE}.")
    int keepRuns;

    @Option(names = "--keep-spills", defaultValue = "50", paramLabel = "N",
            description = "Spills kept per run with their histograms (> 0; ~100 kB each); older ones stay in the run sum."
                    + " Default: ${DEFAULT-VALUE}.")
    int keepSpills;

    @Option(names = "--poll", defaultValue = "500", paramLabel = "MS",
            description = "Milliseconds between reads of the input, 10 .. 60000. Default: ${DEFAULT-VALUE}.")
    long pollMillis;

    @Option(names = "--idle", defaultValue = "30", paramLabel = "S",
            description = "Seconds without new events after which the open spill is finished and judged, 1 .. 86400."
                    + " Default: ${DEFAULT-VALUE}.")
    long idleSeconds;

    @Option(names = "--duration", defaultValue = "0", paramLabel = "S",
            description = "Stop after S seconds (0: run until interrupted). Default: ${DEFAULT-VALUE}.")
    long duration;

    @Override
    public void run() {
        if (port < 0 || port > 65535) {
            throw InputException.outOfRange("--port", port, "0 .. 65535");
        }
        if (pollMillis < 10 || pollMillis > 60_000) {
            throw InputException.outOfRange("--poll", pollMillis, "10 .. 60000 ms");
        }
        if (idleSeconds < 1 || idleSeconds > 86_400) {
            throw InputException.outOfRange("--idle", idleSeconds, "1 .. 86400 s");
        }
        if (duration < 0) {
            throw InputException.outOfRange("--duration", duration, ">= 0 s");
        }
        if (!Files.exists(source)) {
            throw new InputException("RAWDIR", "RAWDIR: no such file or directory: " + source);
        }
        MonitorSettings settings = MonitorSettings.defaults().withKept(keepRuns, keepSpills).withReconstruction(!noReco);
        ConditionsProvider provider = conditions == null ? null : ConditionsDirectory.open(conditions);
        MonitorState state = new MonitorState(settings, provider);
        if (reference != null) {
            if (!Files.isRegularFile(reference)) {
                throw new InputException("--reference", "--reference: no such raw file: " + reference);
            }
            state.reference(OfflineHistograms.sum(OfflineHistograms.read(reference, settings.threshold(), !noReco, provider)),
                    reference.getFileName().toString());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (MonitorServer server = new MonitorServer(state, host, port, 500);
             LiveLoop loop = new LiveLoop(RawFollower.of(source), state, pollMillis, idleSeconds * 1000)) {
            out.printf("monitor: http://%s:%d/ following %s%s%n", host.equals("0.0.0.0") ? "localhost" : host, server.port(),
                    source, reference == null ? "" : ", reference " + reference);
            out.flush();
            waitForEnd();
            out.printf("monitor: stopped after %d events%n", state.events());
        }
    }

    private void waitForEnd() {
        try {
            if (duration > 0) {
                Thread.sleep(duration * 1000);
            } else {
                Thread.currentThread().join();   // until interrupted (Ctrl-C ends the JVM)
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
