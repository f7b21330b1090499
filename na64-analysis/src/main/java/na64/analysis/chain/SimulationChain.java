package na64.analysis.chain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import na64.core.BuildInfo;
import na64.core.Config;
import na64.event.SimEvent;
import na64.reco.Reconstruction;
import na64.reco.process.RecoConfig;
import na64.reco.ReadoutFiles;
import na64.reco.Batches;
import na64.event.reco.RecoEvent;
import na64.event.reco.RecoEventWriter;
import na64.reco.conditions.Conditions;
import na64.reco.conditions.ConditionsProvider;
import na64.reco.digitize.Digitizer;
import na64.reco.digitize.DigitizerConfig;
import na64.reco.digitize.SimEventInput;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.geometry.SetupReadout;
import na64.reco.process.RunContext;
import na64.sim.run.SimulationRun;
import na64.detector.Setup;
import na64.detector.TrackerPlane;

/**
 * The whole chain in one process, for {@code na64 simulate ... --reco FILE}: a sink for the
 * simulation's event loop that digitises and reconstructs every simulated event and writes the
 * reconstructed events (without a raw file in between). Events are collected in blocks and
 * processed on worker threads, written in event order.
 *
 * <pre>{@code
 * try (SimulationChain chain = SimulationChain.open(resolvedSetup, recoPath, seed, run, threads)) {
 *     loop.run(events, seed, threads, progress, event -> { writer.write(event); chain.accept(event); });
 *     chain.commit();
 * }
 * }</pre>
 *
 * Not thread-safe: feed it from one thread, as the event loop does.
 */
public final class SimulationChain implements Consumer<SimEvent>, AutoCloseable {
    private static final int BLOCK = 512;

    private final SimEventInput input;
    private final Digitizer digitizer;
    private final Reconstruction reco;
    private final RunContext run;
    private final RecoEventWriter writer;
    private final Batches batches;
    private final List<SimEvent> block = new ArrayList<>(BLOCK);

    private SimulationChain(SimEventInput input, Digitizer digitizer, Reconstruction reco, RunContext run,
                            RecoEventWriter writer, Batches batches) {
        this.input = input;
        this.digitizer = digitizer;
        this.reco = reco;
        this.run = run;
        this.writer = writer;
        this.batches = batches;
    }

    /** The chain with the default digitisation (no pile-up) and the setup's default conditions. */
    public static SimulationChain open(Setup setup, Path out, long seed, int runNumber, int threads) {
        return open(setup, out, seed, runNumber, threads, DigitizerConfig.defaults(), null, null, RecoConfig.defaults(), Map.of());
    }

    /**
     * @param setup          the resolved setup of the simulation (with the run's beam)
     * @param out            reconstructed-event file to write
     * @param seed           seed of the digitisation
     * @param runNumber      run number (conditions are looked up with it)
     * @param threads        worker threads
     * @param config         digitisation parameters (pile-up needs a pool: not available in-process, must be off)
     * @param trueConditions the simulated detector's state (null: the setup's defaults)
     * @param conditions     the conditions of the reconstruction (null: the setup's defaults)
     * @param recoConfig     reconstruction settings
     * @param provenance     what the caller knows of the sample (seed, model, bias, variation ...), written into the metadata
     */
    public static SimulationChain open(Setup setup, Path out, long seed, int runNumber, int threads, DigitizerConfig config,
                                       ConditionsProvider trueConditions, ConditionsProvider conditions,
                                       RecoConfig recoConfig, Map<String, String> provenance) {
        return open(setup, out, seed, runNumber, threads, config, trueConditions, conditions, recoConfig, provenance, List.of());
    }

    /**
     * As above, with pile-up when the configuration enables it: the overlaid particles are drawn
     * from {@code pileupPool}, simulated beam events of the setup (not the events of the sample).
     */
    public static SimulationChain open(Setup setup, Path out, long seed, int runNumber, int threads, DigitizerConfig config,
                                       ConditionsProvider trueConditions, ConditionsProvider conditions,
                                       RecoConfig recoConfig, Map<String, String> provenance, List<SimEvent> pileupPool) {
        ReadoutGeometry geometry = SetupReadout.from(setup, config.pitches());
        SimEventInput input = new SimEventInput(SimulationRun.detectors(setup),
                setup.trackers().stream().map(TrackerPlane::name).toList(), geometry);
        na64.reco.digitize.PileupSource pileup = null;
        if (config.pileup().enabled()) {
            pileup = na64.reco.digitize.PileupSource.fromSimulated(input, pileupPool, Integer.MAX_VALUE);
            if (pileup == null) {
                throw new na64.core.InputException("--pileup", "pile-up in the one-process chain needs a pool of simulated beam events;"
                        + " none was given (or write the simulated events and use na64 digitize --pileup on)");
            }
        }
        ConditionsProvider defaults = ReadoutFiles.defaultConditions(geometry);
        Conditions truth = (trueConditions != null ? trueConditions : defaults).forRun(runNumber);
        Digitizer digitizer = new Digitizer(geometry, truth, config, pileup, seed, runNumber);
        Reconstruction reco = Reconstruction.chain(geometry, conditions != null ? conditions : defaults, recoConfig);
        RunContext run = reco.beginRun(digitizer.runHeader(ReadoutFiles.provenance(geometry)));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("na64.version", BuildInfo.version());
        meta.put("na64.revision", BuildInfo.revision());
        meta.putAll(provenance);
        meta.put("na64.setup", geometry.setup());
        meta.put("na64.setup.yaml", Config.toYaml(setup));
        meta.put("na64.digitize.seed", Long.toString(seed));
        meta.put("na64.digitize.pileup", config.pileup().enabled() ? String.format(java.util.Locale.ROOT,
                "%.3g particles per spill of %.3g s, pool of %d simulated beam events", config.pileup().intensity(),
                config.pileup().spillSeconds(), pileupPool.size()) : "off");
        meta.put("na64.reco.config", Config.toYaml(recoConfig));
        meta.put("na64.reco.conditions", "run " + runNumber + ": " + run.conditions().name());
        return new SimulationChain(input, digitizer, reco, run, RecoEventWriter.open(out, meta), new Batches(threads));
    }

    /** Takes one simulated event (in event order). */
    @Override
    public void accept(SimEvent event) {
        block.add(event);
        if (block.size() == BLOCK) {
            flush();
        }
    }

    private void flush() {
        List<RecoEvent> done = batches.map(block, e -> reco.reconstruct(digitizer.digitize(input.toTrue(e)), run));
        done.forEach(writer::write);
        block.clear();
    }

    /** Reconstructed events written so far. */
    public long count() {
        return writer.count();
    }

    /** Processes the remaining events and publishes the file. */
    public void commit() {
        flush();
        writer.commit();
    }

    /** Without {@link #commit()} the output is discarded. */
    @Override
    public void close() {
        batches.close();
        writer.close();
    }
}
