package na64.reco;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import na64.core.Check;
import na64.core.InputException;
import na64.core.Progress;
import na64.event.EventSchema;
import na64.event.SimEvent;
import na64.event.SimEventReader;
import na64.event.raw.RawEvent;
import na64.event.raw.RunHeader;
import na64.reco.conditions.Conditions;
import na64.reco.conditions.ConditionsProvider;
import na64.reco.digitize.Digitizer;
import na64.reco.digitize.DigitizerConfig;
import na64.reco.digitize.PileupSource;
import na64.reco.digitize.SimEventInput;
import na64.reco.digitize.TrueEvent;
import na64.reco.geometry.ReadoutGeometry;
import na64.reco.geometry.SetupReadout;
import na64.reco.raw.RawWriter;

/**
 * {@code na64 digitize}: a simulated-event file to a raw-data file. The geometry is the resolved
 * setup stored in the simulated file; the TRUE conditions of the simulated detector are the
 * given ones or the setup's defaults; the pile-up pool is read from another simulated file or, by
 * default, from the input itself (its first {@code poolSize} events: beam particles of the same
 * beam, overlaid at random times).
 */
public final class DigitizationJob {
    /**
     * @param in             simulated-event file
     * @param out            raw file to write
     * @param seed           seed of the digitisation's random streams
     * @param run            run number written into the headers
     * @param config         digitisation parameters (pile-up on or off, board)
     * @param trueConditions the simulated detector's state (null: the setup's default conditions)
     * @param pileupPool     simulated file of beam events for pile-up (null: the input)
     * @param poolSize       events read into the pile-up pool
     * @param threads        worker threads
     */
    public record Options(Path in, Path out, long seed, int run, DigitizerConfig config, ConditionsProvider trueConditions,
                          Path pileupPool, int poolSize, int threads) {
        public Options {
            Check.nonNegative("--run", run);
            Check.positive("--threads", threads);
            Check.positive("--pool", poolSize);
        }
    }

    /** What the job did. */
    public record Result(long events, long bytes, double meanPileup, String trueConditions, double seconds) {
    }

    private DigitizationJob() {
    }

    public static Result run(Options o, Progress progress) {
        long start = System.nanoTime();
        try (SimEventReader reader = SimEventReader.open(o.in())) {
            String setupYaml = reader.metadata().get(EventSchema.KEY_SETUP);
            if (setupYaml == null) {
                throw new InputException("file", o.in() + ": no resolved setup (" + EventSchema.KEY_SETUP + ") in the metadata");
            }
            ReadoutGeometry geometry = SetupReadout.fromYaml(setupYaml, o.in() + " (" + EventSchema.KEY_SETUP + ")",
                    o.config().pitches());
            SimEventInput input = new SimEventInput(reader.detectors(), reader.trackers(), geometry);
            ConditionsProvider provider = o.trueConditions() != null ? o.trueConditions()
                    : ReadoutFiles.defaultConditions(geometry);
            Conditions truth = provider.forRun(o.run()).checkAgainst(geometry);
            PileupSource pool = o.config().pileup().enabled() ? pool(o, geometry) : null;
            Digitizer digitizer = new Digitizer(geometry, truth, o.config(), pool, o.seed(), o.run());
            Map<String, String> provenance = new LinkedHashMap<>(ReadoutFiles.provenance(geometry));
            provenance.put("input", o.in().toString());
            provenance.put("sim.seed", String.valueOf(reader.metadata().get(EventSchema.KEY_SEED)));
            provenance.put("sim.setup.yaml", setupYaml);
            RunHeader header = digitizer.runHeader(provenance);
            try (RawWriter writer = RawWriter.create(o.out()); Batches batches = new Batches(o.threads())) {
                writer.write(header);
                Iterator<SimEvent> events = reader.events().iterator();
                long n = 0;
                while (events.hasNext()) {
                    List<SimEvent> batch = new ArrayList<>(512);
                    while (events.hasNext() && batch.size() < 512) {
                        batch.add(events.next());
                    }
                    List<RawEvent> raw = batches.map(batch, e -> digitizer.digitize(input.toTrue(e)));
                    raw.forEach(writer::write);
                    n += raw.size();
                    progress.advance(raw.size());
                }
                writer.finish();
                return new Result(n, writer.bytes(), digitizer.meanPileup(), truth.name(), (System.nanoTime() - start) * 1e-9);
            }
        }
    }

    private static PileupSource pool(Options o, ReadoutGeometry geometry) {
        Path file = o.pileupPool() != null ? o.pileupPool() : o.in();
        try (SimEventReader reader = SimEventReader.open(file)) {
            PileupSource pool = PileupSource.fromSimulated(new SimEventInput(reader.detectors(), reader.trackers(), geometry),
                    reader.events(), o.poolSize());
            if (pool == null) {
                throw new InputException("--pileup-pool", file + " has no events for the pile-up pool");
            }
            return pool;
        }
    }
}
