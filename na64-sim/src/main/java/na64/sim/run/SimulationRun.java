package na64.sim.run;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import na64.core.Config;
import na64.core.Progress;
import na64.event.DetectorInfo;
import na64.event.EventSchema;
import na64.event.SimEventWriter;
import na64.detector.Setup;
import na64.detector.TrackerPlane;

/** A simulation run written to a Parquet event file, with its provenance in the metadata. */
public final class SimulationRun {
    private SimulationRun() {
    }

    /** What a run did. */
    public record Result(Path file, long events, double seconds) {
    }

    /** The detector list of the event files of a setup. */
    public static List<DetectorInfo> detectors(Setup setup) {
        return setup.detectors().stream().map(d -> new DetectorInfo(d.name(), d.group(), d.sections(), d.cells())).toList();
    }

    /**
     * Simulates {@code run.events()} events of {@code setup} (already carrying the run's beam) and
     * writes them to {@code out} (temporary file, renamed when complete).
     */
    public static Result toFile(RunOptions run, Setup setup, DownstreamSimulator.Factory factory, Path out,
                                Progress progress) {
        return toFile(run, setup, factory, out, progress, event -> { });
    }

    /**
     * As {@link #toFile(RunOptions, Setup, DownstreamSimulator.Factory, Path, Progress)}, and every
     * event is also handed, in event-number order, to {@code alsoTo} (e.g. the digitisation and
     * reconstruction chain of {@code simulate --reco}).
     */
    public static Result toFile(RunOptions run, Setup setup, DownstreamSimulator.Factory factory, Path out,
                                Progress progress, java.util.function.Consumer<na64.event.SimEvent> alsoTo) {
        long start = System.nanoTime();
        EventLoop loop = new EventLoop(setup, run.signal(), factory, run.forcedDecay(), run.upstreamNuclear());
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(EventSchema.KEY_SETUP, Config.toYaml(setup));
        meta.put(EventSchema.KEY_RUN, Config.toYaml(run));
        meta.put(EventSchema.KEY_SEED, Long.toString(run.seed()));
        run.signal().metadata().forEach((k, v) -> meta.put("na64.options." + k, v));
        if (run.forcedDecay() != null) {
            run.forcedDecay().metadata().forEach((k, v) -> meta.put("na64.options." + k, v));
        }
        run.upstreamNuclear().metadata().forEach((k, v) -> meta.put("na64.options." + k, v));
        List<String> trackers = setup.trackers().stream().map(TrackerPlane::name).toList();
        try (SimEventWriter writer = SimEventWriter.create(out, detectors(setup), trackers, meta)) {
            Map<String, String> downstream = loop.run(run.events(), run.seed(), run.threads(), progress, event -> {
                writer.write(event);
                alsoTo.accept(event);
            });
            downstream.forEach((k, v) -> writer.putMetadata("na64.downstream." + k, v));
            writer.commit();
        }
        return new Result(out, run.events(), (System.nanoTime() - start) * 1e-9);
    }
}
