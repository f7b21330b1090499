package na64.reco;

import na64.reco.process.RecoConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.event.reco.RecoEvent;
import na64.reco.calo.CellEnergyProcessor;
import na64.reco.calo.DetectorSignalProcessor;
import na64.reco.calo.EcalShowerProcessor;
import na64.reco.calo.HcalProcessor;
import na64.reco.calo.WaveformFitProcessor;
import na64.reco.conditions.ConditionsProvider;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.process.EventStore;
import na64.reco.process.ProcessorChain;
import na64.reco.process.RunContext;
import na64.reco.track.MeasurementProcessor;
import na64.reco.track.MomentumProcessor;
import na64.reco.track.TrackSegmentProcessor;
import na64.reco.track.TrackerHitProcessor;
import na64.reco.process.EventKeys;

/**
 * The reconstruction: the standard processor chain from a raw event to a {@link RecoEvent}, with
 * the conditions of each run taken from a {@link ConditionsProvider}. The entry point of
 * {@code na64 reconstruct} and of the one-process chain {@code na64 simulate --reco}.
 *
 * <pre>{@code
 * Reconstruction reco = Reconstruction.chain(geometry, conditionsProvider);
 * RunContext run = reco.beginRun(runHeader);          // conditions of the run, checked against the geometry
 * RecoEvent event = reco.reconstruct(rawEvent, run);  // thread-safe
 * }</pre>
 */
public final class Reconstruction {
    private final ReadoutGeometry geometry;
    private final ConditionsProvider conditions;
    private final RecoConfig config;
    private final ProcessorChain chain;

    private Reconstruction(ReadoutGeometry geometry, ConditionsProvider conditions, RecoConfig config,
                           ProcessorChain chain) {
        this.geometry = geometry;
        this.conditions = conditions;
        this.config = config;
        this.chain = chain;
    }

    /** The standard chain with default settings. */
    public static Reconstruction chain(ReadoutGeometry geometry, ConditionsProvider conditions) {
        return chain(geometry, conditions, RecoConfig.defaults());
    }

    /** The standard chain. */
    public static Reconstruction chain(ReadoutGeometry geometry, ConditionsProvider conditions, RecoConfig config) {
        return new Reconstruction(geometry, conditions, config, standardChain());
    }

    /** The processors of the standard chain, wiring checked. */
    public static ProcessorChain standardChain() {
        return ProcessorChain.of(Set.of(EventKeys.RAW), List.of(
                new WaveformFitProcessor(),
                new CellEnergyProcessor(),
                new EcalShowerProcessor(),
                new HcalProcessor(),
                new DetectorSignalProcessor(),
                new TrackerHitProcessor(),
                new MeasurementProcessor(),
                new TrackSegmentProcessor(),
                new MomentumProcessor(),
                new RecoEventProcessor()));
    }

    public ProcessorChain processors() {
        return chain;
    }

    public ReadoutGeometry geometry() {
        return geometry;
    }

    /** The context of a run: its conditions, checked against the geometry. */
    public RunContext beginRun(RunHeader header) {
        if (!header.setup().equals(geometry.setup())) {
            throw new na64.core.InputException("setup", "the raw data are of setup " + header.setup()
                    + ", the reconstruction was set up for " + geometry.setup());
        }
        return new RunContext(geometry, conditions.forRun(header.run()), header, config);
    }

    /** Runs the chain on one event and returns the store with every product (for studies and calibration). */
    public EventStore process(RawEvent raw, RunContext run) {
        EventStore store = EventStore.of(Map.of(EventKeys.RAW, raw));
        chain.process(store, run);
        return store;
    }

    /** Reconstructs one event. Thread-safe. */
    public RecoEvent reconstruct(RawEvent raw, RunContext run) {
        return process(raw, run).get(EventKeys.RECO);
    }
}
